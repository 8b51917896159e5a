package id.meritflow.rekomendasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.CallerArgumentResolver;
import id.meritflow.platform.waktu.EngineClock;
import id.meritflow.support.SuiteClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/** The API and the delegate, in the registry tests' one Spring context (same properties as RegistryApiTest). */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!",
    // Not "default": that name belongs to the demo application context (MeritFlowIntegrationTest)
    "camunda.bpm.process-engine-name=registryit"})
@AutoConfigureMockMvc(addFilters = false)
@Transactional
class RekomendasiApiTest {

  private static final String BAIK = "19850101200801" + "1001";
  private static final String DISIPLIN = "19860202200801" + "2002";
  private static final String GOLONGAN_RENDAH = "19900303201501" + "1003";
  private static final Caller OPERATOR = new Caller("operator-r", List.of(Caller.GROUP_OPERATOR), List.of("kota-r"), Optional.empty());
  private static final Caller OPERATOR_LAIN = new Caller("operator-s", List.of(Caller.GROUP_OPERATOR), List.of("kota-s"), Optional.empty());
  private static final Caller VERIFIKATOR = new Caller("bkn", List.of(Caller.GROUP_VERIFIKATOR), List.of(), Optional.empty());

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired NilaiUsulanMutasiDelegate delegate;

  private LocalDate hariIni;

  @BeforeEach
  void givenAnAgencyWithAVacantPengawasPost() {
    fixture(SuiteClock.hariIni());
  }

  /** The agency, its posts and three employees, dated relative to {@code pada} (the clock's today). */
  private void fixture(LocalDate pada) {
    hariIni = pada;
    jdbc.update("insert into instansi (id, nama, tingkat, wilayah, provinsi) values ('kota-r', 'Pemerintah Kota R', 'KABUPATEN_KOTA', 'Kota R', 'Jawa Barat')");
    jdbc.update("insert into unit_kerja (id, instansi_id, nama) values ('kota-r-bkpsdm', 'kota-r', 'BKPSDM')");
    jdbc.update("""
        insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis, eselon, golongan_min, golongan_max, pendidikan_min, kebutuhan)
        values ('kota-r-kasubbid', 'kota-r', 'kota-r-bkpsdm', 'Kepala Subbidang Mutasi Pegawai', 'PENGAWAS', 'IV.a', 'III/c', 'III/d', 'D3', 1)""");
    jdbc.update("""
        insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis, golongan_min, golongan_max, pendidikan_min, kebutuhan)
        values ('kota-r-analis', 'kota-r', 'kota-r-bkpsdm', 'Analis Kepegawaian', 'PELAKSANA', 'II/a', 'III/d', 'SLTA', 10)""");
    pegawai(BAIK, "III/c", "S1");
    pegawai(DISIPLIN, "III/d", "S1");
    pegawai(GOLONGAN_RENDAH, "III/a", "S1");
    jdbc.update("insert into kasus_disiplin (id, nip, pelanggaran, tanggal_kasus, status) values ('k1', ?, 'Tidak masuk kerja', ?, 'TERBUKA')",
        DISIPLIN, hariIni.minusMonths(1));
  }

  private void pegawai(String nip, String golongan, String pendidikan) {
    LocalDate tmt = hariIni.minusYears(6);
    jdbc.update("""
        insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir, instansi_id, unit_kerja_id, jabatan_id, tmt_jabatan,
          golongan, tmt_golongan, pendidikan, bidang_pendidikan, tmt_cpns)
        values (?, 'Pegawai Uji', 'L', ?, 'kota-r', 'kota-r-bkpsdm', 'kota-r-analis', ?, ?, ?, ?, 'Ilmu Administrasi Negara', ?)""",
        nip, LocalDate.of(1985, 1, 1), tmt, golongan, tmt, pendidikan, tmt.minusYears(2));
    jdbc.update("insert into riwayat_jabatan (id, nip, instansi_id, unit_kerja_id, jabatan_id, tmt) values (?, ?, 'kota-r', 'kota-r-bkpsdm', 'kota-r-analis', ?)",
        "rj-" + nip, nip, tmt);
    // The three full years before the proposal's TMT (a month ahead), which the rules judge.
    for (int tahun = tmt().getYear() - 3; tahun < tmt().getYear(); tahun++) {
      jdbc.update("insert into kinerja (nip, tahun, predikat) values (?, ?, 'SANGAT_BAIK')", nip, tahun);
    }
  }

  @Test
  void ranksEligibleEmployeesAndListsTheIneligibleApartWithReasons() throws Exception {
    getAs(OPERATOR, "/api/rekomendasi/jabatan/kota-r-kasubbid/kandidat")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kandidat.length()").value(1))
        .andExpect(jsonPath("$.kandidat[0].penilaian.nip").value(BAIK))
        .andExpect(jsonPath("$.kandidat[0].peringkat").value(1))
        .andExpect(jsonPath("$.kandidat[0].penilaian.kotak.nomor").isNumber())
        .andExpect(jsonPath("$.kandidat[0].penilaian.kontribusi.length()").value(7))
        .andExpect(jsonPath("$.tidakMemenuhi[?(@.nip == '" + DISIPLIN + "')].alasan[0].kode").value("MUT-DISIPLIN"))
        .andExpect(jsonPath("$.tidakMemenuhi[?(@.nip == '" + GOLONGAN_RENDAH + "')].alasan[0].kode").value("MUT-SYARAT-JABATAN"));
  }

  @Test
  void anotherAgencyDoesNotSeeThePosition() throws Exception {
    getAs(OPERATOR_LAIN, "/api/rekomendasi/jabatan/kota-r-kasubbid/kandidat").andExpect(status().isNotFound());
  }

  @Test
  void nationalPoolsAreForBknOnly() throws Exception {
    getAs(OPERATOR, "/api/rekomendasi/jabatan/kota-r-kasubbid/kandidat?lingkup=NASIONAL").andExpect(status().isForbidden());
    getAs(VERIFIKATOR, "/api/rekomendasi/jabatan/kota-r-kasubbid/kandidat?lingkup=NASIONAL&limit=5")
        .andExpect(status().isOk()).andExpect(jsonPath("$.kandidat[0].penilaian.nip").value(BAIK));
  }

  private LocalDate tmt() {
    return hariIni.plusMonths(1);
  }

  @Test
  void assessesAProposalWithFitAndRiskFlags() throws Exception {
    assessesTheDisciplinaryCaseFirst();
  }

  /** Year ends, new years and a leap day: the rules judge "the last two years" from the clock, not the wall. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-12-31", "2027-01-01", "2028-02-29", "2028-03-01"})
  void assessesTheSameOnDatesAroundYearEndsAndLeapDays(String tanggal) throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(tanggal).atTime(10, 0).atZone(EngineClock.WIB).toInstant()));
    try {
      jdbc.update("delete from kasus_disiplin where nip = ?", DISIPLIN);
      jdbc.update("delete from kinerja where nip in (?, ?, ?)", BAIK, DISIPLIN, GOLONGAN_RENDAH);
      jdbc.update("delete from riwayat_jabatan where nip in (?, ?, ?)", BAIK, DISIPLIN, GOLONGAN_RENDAH);
      jdbc.update("delete from pegawai where instansi_id = 'kota-r'");
      jdbc.update("delete from jabatan where instansi_id = 'kota-r'");
      jdbc.update("delete from unit_kerja where instansi_id = 'kota-r'");
      jdbc.update("delete from instansi where id = 'kota-r'");
      fixture(LocalDate.parse(tanggal));
      assessesTheDisciplinaryCaseFirst();
      getAs(OPERATOR, "/api/rekomendasi/jabatan/kota-r-kasubbid/kandidat")
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.kandidat[0].penilaian.nip").value(BAIK));
    } finally {
      SuiteClock.reset();
    }
  }

  private void assessesTheDisciplinaryCaseFirst() throws Exception {
    Map<String, Object> usulan = Map.of("nip", DISIPLIN, "instansiTujuanId", "kota-r", "unitKerjaTujuanId", "kota-r-bkpsdm",
        "jabatanTujuanId", "kota-r-kasubbid", "tmt", tmt().toString());
    mvc.perform(post("/api/rekomendasi/penilaian-mutasi").requestAttr(CallerArgumentResolver.ATTRIBUTE, OPERATOR)
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(usulan)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.penilaian.kecocokan.skor").isNumber())
        .andExpect(jsonPath("$.penilaian.perluTinjauan").value(true))
        .andExpect(jsonPath("$.penilaian.tidakMemenuhi[0].kode").value("MUT-DISIPLIN"))
        .andExpect(jsonPath("$.penjelasan").isString());
  }

  @Test
  void talentProfileHasANineBoxCellAndTraining() throws Exception {
    getAs(OPERATOR, "/api/rekomendasi/pegawai/" + GOLONGAN_RENDAH + "/talenta")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kotak.nomor").isNumber())
        .andExpect(jsonPath("$.kelompokTalenta").isString())
        .andExpect(jsonPath("$.rekomendasiPelatihan").isArray())
        .andExpect(jsonPath("$.dasarHukum").value(org.hamcrest.Matchers.containsString(
            "PermenPANRB 3/2020 sebagaimana diubah dengan PermenPANRB 20/2025")));
    getAs(OPERATOR_LAIN, "/api/rekomendasi/pegawai/" + GOLONGAN_RENDAH + "/talenta").andExpect(status().isNotFound());
  }

  @Test
  void talentPoolPerPositionFamilyIsScopedByAgency() throws Exception {
    getAs(OPERATOR, "/api/rekomendasi/talenta/kelompok?rumpun=SDM&instansiId=kota-r")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rumpun").value("SDM"))
        .andExpect(jsonPath("$.jumlahDinilai").value(3))
        .andExpect(jsonPath("$.anggota").isArray())
        .andExpect(jsonPath("$.dasarHukum").value(org.hamcrest.Matchers.containsString("PermenPANRB 20/2025")));
    getAs(OPERATOR_LAIN, "/api/rekomendasi/talenta/kelompok?rumpun=SDM&instansiId=kota-r").andExpect(status().isNotFound());
    getAs(OPERATOR, "/api/rekomendasi/talenta/kelompok?rumpun=SDM").andExpect(status().isForbidden());
  }

  @Test
  void delegateWritesAdviceAndNeverRejects() throws Exception {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("nip")).thenReturn(BAIK);
    when(execution.getVariable("instansiTujuanId")).thenReturn("kota-r");
    when(execution.getVariable("unitKerjaTujuanId")).thenReturn("kota-r-bkpsdm");
    when(execution.getVariable("jabatanTujuanId")).thenReturn("kota-r-kasubbid");
    when(execution.getVariable("tmt")).thenReturn(hariIni.plusMonths(1).toString());

    delegate.execute(execution);

    verify(execution).setVariable(eq("skorKecocokan"), org.mockito.ArgumentMatchers.any(Double.class));
    verify(execution).setVariable(eq("risikoMutasi"), org.mockito.ArgumentMatchers.startsWith("["));
    verify(execution).setVariable(eq("perluTinjauan"), org.mockito.ArgumentMatchers.any(Boolean.class));
    verify(execution).setVariable(eq("penjelasanRekomendasi"), org.mockito.ArgumentMatchers.contains("Skor kecocokan"));
    assertThat(NilaiUsulanMutasiDelegate.json(List.of("POLITIK", "EKSODUS_UNIT"))).isEqualTo("[\"POLITIK\",\"EKSODUS_UNIT\"]");
  }

  @Test
  void delegateSendsIncompleteDataToReviewInsteadOfFailing() throws Exception {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("nip")).thenReturn("199901012020011999");
    when(execution.getVariable("tmt")).thenReturn(hariIni.toString());

    delegate.execute(execution);

    verify(execution).setVariable("perluTinjauan", true);
    verify(execution).setVariable(eq("penjelasanRekomendasi"), org.mockito.ArgumentMatchers.contains("peninjauan"));
  }

  private ResultActions getAs(Caller caller, String url) throws Exception {
    return mvc.perform(get(url).requestAttr(CallerArgumentResolver.ATTRIBUTE, caller));
  }
}
