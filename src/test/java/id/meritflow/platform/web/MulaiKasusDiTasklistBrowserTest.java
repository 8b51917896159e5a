package id.meritflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.BrowserSession;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import id.meritflow.kenaikanpangkat.KpTestSupport;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import java.time.Duration;
import java.time.YearMonth;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agency operator opens a promotion proposal and a disciplinary case in Tasklist with only a
 * browser: the employee is found by name, the period and the kind are chosen from lists, errors
 * show on the form before anything starts, and the new case's number shows at once.
 */
@MeritFlowIntegrationTest
class MulaiKasusDiTasklistBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void operatorProposesAPromotionForAnEmployeeFoundByName() {
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p where p.instansi_id = 'cimahi'
          and not exists (select 1 from usulan_kp k where k.nip = p.nip)
          and not exists (select 1 from kasus_disiplin d where d.nip = p.nip)
        order by p.nip desc fetch first 1 rows only""", String.class);
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, nip);
    Tasklist tasklist = new Tasklist(browser.driver(), port, "MulaiKpDiTasklist");

    tasklist.loginAs("operator-cimahi", "demo");
    tasklist.startProcess("Kenaikan Pangkat");
    tasklist.pickEmployee(nama.contains(" ") ? nama : nip.substring(0, 14), nip);
    tasklist.selectByText("jenis-kp", "Reguler");
    // the last open period, which in November lies in the next year (the 1,000-row period test uses the first)
    YearMonth periode = KpTestSupport.periodeTerbuka(2);
    tasklist.selectByText("periode-kp", new PeriodeKp(periode).nama());
    tasklist.clickStartButton();

    tasklist.awaitText(By.id("nomor-kasus"), t -> t.equals("KP-" + periode + "-" + nip));
    String nomor = tasklist.text(By.id("nomor-kasus"));
    await("the proposal screened under the number the form showed", () ->
        jdbc.queryForObject("select count(*) from usulan_kp where business_key = ?", Integer.class, nomor) == 1);
  }

  @Test
  void operatorOpensADisciplinaryCaseAfterTheFormShowedWhatWasMissing() {
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p where p.instansi_id = 'cimahi'
          and not exists (select 1 from kasus_disiplin d where d.nip = p.nip)
        order by p.nip fetch first 1 rows only""", String.class);
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, nip);
    int sebelum = jdbc.queryForObject("select count(*) from kasus_disiplin", Integer.class);
    Tasklist tasklist = new Tasklist(browser.driver(), port, "MulaiDisiplinDiTasklist");

    tasklist.loginAs("operator-cimahi", "demo");
    tasklist.startProcess("Disiplin Pegawai");
    tasklist.clickStartButton();

    // nothing chosen yet: the API's field errors show on the form, and no case exists
    tasklist.awaitText(By.id("pesan-galat"), t -> !t.isBlank());
    assertThat(tasklist.text(By.cssSelector("form.meritflow-formulir"))).doesNotContain("Exception", "null");
    assertThat(jdbc.queryForObject("select count(*) from kasus_disiplin", Integer.class)).isEqualTo(sebelum);

    tasklist.pickEmployee(nama.contains(" ") ? nama : nip.substring(0, 14), nip);
    tasklist.selectByText("jenis-pelanggaran", "Tidak menaati ketentuan jam kerja");
    tasklist.typeInto(By.id("uraian-pelanggaran"), "Terlambat masuk kerja berulang kali tanpa alasan");
    tasklist.setDate("tanggal-kasus", SuiteClock.hariIni().minusDays(3));
    tasklist.clickStartButton();

    tasklist.awaitText(By.id("nomor-kasus"), t -> !t.isBlank());
    String nomor = tasklist.text(By.id("nomor-kasus"));
    assertThat(jdbc.queryForObject("select nip from kasus_disiplin where id = ?", String.class, nomor)).isEqualTo(nip);
    await("the case " + nomor, () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nomor).count() > 0);
  }

  private static void await(String what, java.util.function.BooleanSupplier done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
