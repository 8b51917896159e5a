package id.meritflow.kenaikanpangkat;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #6, "done means": a 1,000-proposal period on the demo registry is screened to the right
 * outcome for every row, the expected outcome computed by {@link HarapanKp} from the registry
 * tables, apart from the implementation; clean proposals end with a signed SK and the new rank in
 * the history, with no human task.
 */
@MeritFlowIntegrationTest
class PeriodeSeribuUsulanTest {

  private static final YearMonth PERIODE = KpTestSupport.periodeTerbuka(0);
  private static final Map<String, String> OPERATOR = Map.of("cimahi", "operator-cimahi", "jabar", "operator-jabar",
      "kemenpanrb", "operator-kemenpanrb");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  @Test
  void aThousandProposalPeriodIsScreenedRightRowByRowAndCleanOnesEndSignedWithTheNewRank() throws Exception {
    KpTestSupport kp = new KpTestSupport(rest, jdbc, management);
    // given 1,000 employees of the demo registry, each agency submitting its own list (BKN's by an administrator)
    List<Map<String, Object>> pegawai = jdbc.queryForList("""
        select p.nip, p.instansi_id, j.jenis from pegawai p left join jabatan j on j.id = p.jabatan_id
        where p.nip not in (select nip from usulan_kp where periode = ?) order by p.nip fetch first 1000 rows only""",
        PERIODE.toString());
    assertThat(pegawai).hasSize(1000);
    Map<String, List<String>> daftar = new LinkedHashMap<>();
    Map<String, String> jenisPer = new HashMap<>();
    for (int i = 0; i < pegawai.size(); i++) {
      String nip = (String) pegawai.get(i).get("nip");
      String jenis = jenis(i, (String) pegawai.get(i).get("jenis"));
      jenisPer.put(nip, jenis);
      daftar.computeIfAbsent((String) pegawai.get(i).get("instansi_id"), k -> new ArrayList<>()).add(nip);
    }

    // employees whose promotion of another period is still under way (other tests' cases) must be refused
    Set<String> berjalan = new java.util.HashSet<>(jdbc.queryForList("""
        select nip from usulan_kp where periode <> ? and status in
          ('DIPROSES', 'MENUNGGU_VERIFIKASI', 'MENUNGGU_TANDA_TANGAN', 'SK_TERBIT')""", String.class, PERIODE.toString()));
    Set<String> ditolak = new java.util.HashSet<>();

    // when each agency submits its list
    List<String> batches = new ArrayList<>();
    for (var e : daftar.entrySet()) {
      String user = OPERATOR.getOrDefault(e.getKey(), "admin");
      String body = e.getValue().stream().map(n -> KpTestSupport.row(n, jenisPer.get(n), PERIODE))
          .collect(Collectors.joining(",", "[", "]"));
      var r = kp.submit(user, "kp-1000-" + e.getKey() + "-" + UUID.randomUUID(), body, MediaType.APPLICATION_JSON);
      assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
      var receipt = KpTestSupport.JSON.readTree(r.getBody());
      receipt.get("penolakan").forEach(p -> {
        assertThat(p.get("errors").findValuesAsText("code")).as(p.toString()).containsExactly("USULAN_KP_MASIH_BERJALAN");
        ditolak.add(e.getValue().get(p.get("baris").asInt() - 1));
      });
      batches.add(KpTestSupport.JSON.readTree(r.getBody()).get("id").asText());
      kp.awaitBatchSettled(user, batches.get(batches.size() - 1), 900);
    }

    // then every row is screened to the outcome the registry data implies
    HarapanKp harapan = kp.harapan();
    Map<String, Integer> hitung = new HashMap<>();
    List<String> salah = new ArrayList<>();
    List<String> bersih = new ArrayList<>();
    assertThat(ditolak).as("rows refused at intake").isEqualTo(berjalan.stream()
        .filter(n -> jenisPer.containsKey(n)).collect(Collectors.toSet()));
    for (Map<String, Object> p : pegawai) {
      String nip = (String) p.get("nip");
      if (ditolak.contains(nip)) {
        continue;
      }
      var h = harapan.untuk(nip, jenisPer.get(nip), PERIODE.atDay(1));
      Map<String, Object> u = jdbc.queryForMap("select * from usulan_kp where business_key = ?", "KP-" + PERIODE + "-" + nip);
      Set<String> tidakLulus = tidakLulus((String) u.get("hasil"));
      String status = (String) u.get("status");
      String bk = (String) u.get("business_key");
      String diharapkan = switch (h.kesimpulan()) {
        case "GAGAL" -> "TIDAK_MEMENUHI_SYARAT";
        case "DITUNDA" -> "DITUNDA";
        case "PERLU_VERIFIKASI" -> "MENUNGGU_VERIFIKASI";
        default -> h.keppres() ? "MENUNGGU_TANDA_TANGAN" : "SK_TERBIT";
      };
      if (!h.kesimpulan().equals(u.get("kesimpulan")) || !h.kodeTidakLulus().equals(tidakLulus) || !diharapkan.equals(status)) {
        salah.add(nip + " " + h.jenis() + ": expected " + h.kesimpulan() + h.kodeTidakLulus() + " " + diharapkan + ", got "
            + u.get("kesimpulan") + tidakLulus + " " + status);
      }
      hitung.merge(h.kesimpulan() + (h.keppres() ? "/KEPPRES" : ""), 1, Integer::sum);
      if (diharapkan.equals("SK_TERBIT")) {
        bersih.add(bk);
        assertThat(u.get("nomor_sk")).as(bk).isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(bk).count()).as(bk).isZero();
      }
    }
    assertThat(salah).as("rows screened differently from the registry data").isEmpty();
    // and the period is a real mix, so that the comparison means something
    assertThat(hitung.getOrDefault("LULUS", 0)).as(ringkas(hitung)).isGreaterThan(150);
    assertThat(hitung.getOrDefault("GAGAL", 0)).as(ringkas(hitung)).isGreaterThan(100);
    assertThat(hitung.getOrDefault("PERLU_VERIFIKASI", 0)).as(ringkas(hitung)).isGreaterThan(10);

    // when the TMT comes (the timers fired by hand), the clean proposals' ranks change
    List<Job> timers = management.createJobQuery().timers().activityId("Timer_MenungguTmt").list().stream()
        .filter(j -> bersih.contains(runtime.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
            .singleResult().getBusinessKey())).toList();
    assertThat(timers).hasSize(bersih.size());
    timers.forEach(t -> management.executeJob(t.getId()));
    kp.awaitIdle(600);
    for (String bk : bersih) {
      Map<String, Object> u = jdbc.queryForMap("select * from usulan_kp where business_key = ?", bk);
      assertThat(u.get("status")).as(bk).isEqualTo("SELESAI");
      assertThat(jdbc.queryForObject("""
          select count(*) from riwayat_pangkat where nip = ? and golongan = ? and tmt = ? and nomor_sk = ?""", Integer.class,
          u.get("nip"), u.get("golongan_tujuan"), Date.valueOf(PERIODE.atDay(1)), u.get("nomor_sk"))).as(bk).isEqualTo(1);
    }
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("kenaikan-pangkat")
        .processInstanceBusinessKeyLike("KP-" + PERIODE + "-%").unfinished().count())
        .isEqualTo(hitung.getOrDefault("PERLU_VERIFIKASI", 0) + hitung.getOrDefault("LULUS/KEPPRES", 0));

    // the cases left waiting for a person are not this test's to finish: leave the shared engine clean
    List<String> menunggu = runtime.createProcessInstanceQuery().processDefinitionKey("kenaikan-pangkat")
        .processInstanceBusinessKeyLike("KP-" + PERIODE + "-%").list().stream().map(p -> p.getId()).toList();
    if (!menunggu.isEmpty()) {
      runtime.deleteProcessInstances(menunggu, "uji periode selesai", true, true);
    }
  }

  /** A deterministic mix of types; pilihan only where the position family fits most of the time. */
  private static String jenis(int i, String jenisJabatan) {
    if (i % 10 == 0 && jenisJabatan != null) {
      return "FUNGSIONAL".equals(jenisJabatan) ? "PILIHAN_FUNGSIONAL" : "PILIHAN_STRUKTURAL";
    }
    if (i % 10 == 1) {
      return "PRESTASI_LUAR_BIASA";
    }
    return i % 25 == 2 ? "PENYESUAIAN_IJAZAH" : "REGULER";
  }

  private static Set<String> tidakLulus(String hasil) throws Exception {
    Set<String> codes = new TreeSet<>();
    KpTestSupport.JSON.readTree(hasil).forEach(r -> {
      if (!"LULUS".equals(r.get("status").asText())) {
        codes.add(r.get("kode").asText());
      }
    });
    return codes;
  }

  private static String ringkas(Map<String, Integer> m) {
    return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
