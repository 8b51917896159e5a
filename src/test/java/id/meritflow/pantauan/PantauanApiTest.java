package id.meritflow.pantauan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/pantauan/**}: the figures on a data set each test writes (its own step key, period,
 * agency id or year, so that other tests' rows in the shared database do not count), and the scope.
 */
@MeritFlowIntegrationTest
class PantauanApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void countsOpenStepsPastTheirDeadlinePerAgencyAndStep() throws Exception {
    // given a step key of this test: two overdue in cimahi, one in jabar, one not yet due, one finished late
    String langkah = "Uji_" + UUID.randomUUID();
    Instant now = SuiteClock.clock().instant();
    sla(langkah, "cimahi", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)), null, "TERLAMBAT");
    sla(langkah, "cimahi", now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1)), null, "BERJALAN");
    sla(langkah, "jabar", now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(2)), null, "BERJALAN");
    sla(langkah, "cimahi", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)), null, "BERJALAN");
    sla(langkah, "cimahi", now.minus(Duration.ofDays(12)), now.minus(Duration.ofDays(5)), now, "TERLAMBAT");

    // when
    var nasional = rows(get("supervisor", "/api/pantauan/sla/terlambat"), langkah);
    var cimahi = get("supervisor-cimahi", "/api/pantauan/sla/terlambat");
    var daftar = get("supervisor", "/api/pantauan/sla/terlambat/langkah?instansi=cimahi&langkah=" + langkah);

    // then
    assertThat(nasional).extracting(r -> r.get("instansiId").asText() + "=" + r.get("jumlah").asInt())
        .containsExactlyInAnyOrder("cimahi=2", "jabar=1");
    assertThat(rows(cimahi, langkah)).extracting(r -> r.get("instansiId").asText()).containsExactly("cimahi");
    assertThat(body(cimahi)).allSatisfy(r -> assertThat(r.get("instansiId").asText()).isEqualTo("cimahi"));
    assertThat(body(daftar)).hasSize(2);
    assertThat(body(daftar).get(0).get("tenggat").asText()).isEqualTo(now.minus(Duration.ofDays(3)).toString());
    assertThat(body(daftar).get(0).get("kasusId").asText()).startsWith("root-");
  }

  @Test
  void givesTheMedianAndNinetiethPercentileOfEachStepsDuration() throws Exception {
    // given five steps of this test's key finished today, taking 1 to 5 hours
    String langkah = "Uji_" + UUID.randomUUID();
    Instant now = SuiteClock.clock().instant();
    for (int jam = 1; jam <= 5; jam++) {
      String id = sla(langkah, "cimahi", now.minus(Duration.ofHours(jam)), now.plus(Duration.ofDays(5)), now,
          "SELESAI");
      jdbc.update("update sla_langkah set durasi_detik = ? where task_id = ?", jam * 3600L, id);
    }

    // when
    var durasi = rows(get("supervisor-cimahi", "/api/pantauan/sla/durasi?hari=7"), langkah);

    // then
    assertThat(durasi).hasSize(1);
    assertThat(durasi.get(0).get("jumlah").asInt()).isEqualTo(5);
    assertThat(durasi.get(0).get("p50Jam").asDouble()).isEqualTo(3.0);
    assertThat(durasi.get(0).get("p90Jam").asDouble()).isEqualTo(4.6);
  }

  @Test
  void countsAutomaticApprovalsPerWeekOfAnAgency() throws Exception {
    // given an agency of this test with two automatic approvals this week and one two weeks ago
    String instansi = "uji-" + UUID.randomUUID().toString().substring(0, 8);
    Instant now = SuiteClock.clock().instant();
    sla("Task_Tinjau", instansi, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(1)), now,
        "DISETUJUI_OTOMATIS");
    sla("Task_Tinjau", instansi, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(1)), now,
        "DISETUJUI_OTOMATIS");
    sla("Task_Tinjau", instansi, now.minus(Duration.ofDays(23)), now.minus(Duration.ofDays(15)),
        now.minus(Duration.ofDays(14)), "DISETUJUI_OTOMATIS");

    // when
    var minggu = body(get("supervisor", "/api/pantauan/sla/persetujuan-otomatis?minggu=4&instansi=" + instansi));

    // then
    assertThat(minggu).extracting(r -> r.get("jumlah").asInt()).containsExactly(1, 2);
    assertThat(minggu.get(1).get("minggu").asText())
        .isEqualTo(SuiteClock.hariIni().with(java.time.DayOfWeek.MONDAY).toString());
  }

  @Test
  void summarisesAKpPeriodPerAgencyAndTheRulesThatFailedIt() throws Exception {
    // given a period of this test: cimahi 2 eligible (one SK signed), 1 not eligible (KP-KINERJA), 1 postponed
    String periode = "2049-07";
    jdbc.update("delete from usulan_kp where periode = ?", periode);
    kp(periode, "cimahi", "LULUS", "SK_TERBIT", "[]");
    kp(periode, "cimahi", "LULUS", "DIPROSES", "[]");
    kp(periode, "cimahi", "GAGAL", "TIDAK_MEMENUHI_SYARAT",
        "[{\"kode\":\"KP-MASA-KERJA\",\"status\":\"LULUS\"},{\"kode\":\"KP-KINERJA\",\"status\":\"GAGAL\"}]");
    kp(periode, "cimahi", "DITUNDA", "DITUNDA", "[{\"kode\":\"KP-DISIPLIN\",\"status\":\"DITUNDA\"}]");
    kp(periode, "jabar", "GAGAL", "TIDAK_MEMENUHI_SYARAT", "[{\"kode\":\"KP-KINERJA\",\"status\":\"GAGAL\"}]");

    // when
    var nasional = body(get("supervisor", "/api/pantauan/kp?periode=" + periode));
    var cimahi = body(get("supervisor-cimahi", "/api/pantauan/kp?periode=" + periode));
    var aturan = body(get("supervisor-cimahi", "/api/pantauan/kp/aturan?periode=" + periode));

    // then
    assertThat(nasional).extracting(r -> r.get("instansiId").asText()).containsExactly("cimahi", "jabar");
    JsonNode c = cimahi.get(0);
    assertThat(cimahi).hasSize(1);
    assertThat(List.of(c.get("diperiksa").asInt(), c.get("memenuhiSyarat").asInt(),
        c.get("tidakMemenuhiSyarat").asInt(), c.get("ditunda").asInt(), c.get("skTerbit").asInt()))
        .containsExactly(4, 2, 1, 1, 1);
    assertThat(aturan).extracting(r -> r.get("kode").asText() + ":" + r.get("hasil").asText() + "="
        + r.get("jumlah").asInt()).containsExactlyInAnyOrder("KP-KINERJA:GAGAL=1", "KP-DISIPLIN:DITUNDA=1");
  }

  @Test
  void showsABatchsRowsOfItsOwnerOnly() throws Exception {
    // given a batch of an agency of this test: 5 rows, 1 refused, 3 started
    String instansi = "uji-" + UUID.randomUUID().toString().substring(0, 8);
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into batch (id, jenis, pemilik, kunci_idempotensi, sidik_isi, pengaju, jumlah_baris, jumlah_valid,
                           jumlah_invalid, process_instance_id, dibuat) values (?, 'MUTASI', ?, ?, 'x', 'uji', 5, 4, 1,
                           'proses-batch-uji', ?)""", id, instansi, id, Timestamp.from(SuiteClock.clock().instant()));
    String[] status = {"STARTED", "STARTED", "STARTED", "VALID", "INVALID"};
    for (int i = 0; i < status.length; i++) {
      jdbc.update("insert into batch_baris (batch_id, nomor, status, instansi_id, data) values (?, ?, ?, ?, '{}')",
          id, i + 1, status[i], instansi);
    }

    // when
    var batch = body(get("supervisor", "/api/pantauan/batch?instansi=" + instansi));
    var cimahi = body(get("supervisor-cimahi", "/api/pantauan/batch"));

    // then
    assertThat(batch).hasSize(1);
    assertThat(List.of(batch.get(0).get("baris").asInt(), batch.get(0).get("ditolak").asInt(),
        batch.get(0).get("dimulai").asInt())).containsExactly(5, 1, 3);
    assertThat(batch.get(0).get("processInstanceId").asText()).isEqualTo("proses-batch-uji");
    assertThat(batch.get(0).get("prosesBerjalan").asBoolean()).isFalse();
    assertThat(cimahi).noneMatch(b -> b.get("id").asText().equals(id));
  }

  @Test
  void countsEmployeesFlaggedByTheEarlyWarningPerAgency() throws Exception {
    // given two cimahi employees with 8 consecutive absence days in a year of this test
    int tahun = 2049;
    List<String> nip = jdbc.queryForList(
        "select nip from pegawai where instansi_id = 'cimahi' order by nip desc fetch first 2 rows only", String.class);
    for (String n : nip) {
      jdbc.update("delete from disiplin_kehadiran where nip = ? and tahun = ?", n, tahun);
      jdbc.update("""
          insert into disiplin_kehadiran (nip, tahun, hari_tidak_masuk, tidak_masuk_beruntun, diperbarui)
          values (?, ?, 8, 8, ?)""", n, tahun, Timestamp.from(SuiteClock.clock().instant()));
    }

    // when
    var cimahi = body(get("supervisor-cimahi", "/api/pantauan/disiplin?tahun=" + tahun));

    // then
    assertThat(cimahi).allSatisfy(r -> assertThat(r.get("instansiId").asText()).isEqualTo("cimahi"));
    assertThat(cimahi).filteredOn(r -> r.get("kode").asText().equals("DIS-ABSEN"))
        .extracting(r -> r.get("jumlahPegawai").asInt()).containsExactly(2);
  }

  @Test
  void countsTheBackDatedDemoCaseAmongOpenCasesOlderThanFiveDays() throws Exception {
    // given the demo's back-dated case (jabar, 21 days old)

    // when
    var nasional = body(get("supervisor", "/api/pantauan/kasus-terbuka?instansi=jabar"));
    var cimahi = body(get("supervisor-cimahi", "/api/pantauan/kasus-terbuka"));

    // then
    assertThat(nasional).filteredOn(r -> r.get("prosesKey").asText().equals("pemutakhiran-pendidikan"))
        .isNotEmpty().allSatisfy(r -> assertThat(r.get("umur5Sampai30Hari").asInt()).isPositive());
    assertThat(cimahi).isNotEmpty().allSatisfy(r -> assertThat(r.get("instansiId").asText()).isEqualTo("cimahi"));
  }

  @Test
  void countsAnAgencysEmployeesPerTalentBoxAsEachOnesOwnProfileJudgesThem() throws Exception {
    // given Cimahi's employees with a recorded position, and one of them
    long dinilai = jdbc.queryForObject("""
        select count(*) from pegawai p join jabatan j on j.id = p.jabatan_id where p.instansi_id = 'cimahi'""",
        Long.class);
    String nip = jdbc.queryForObject("""
        select min(p.nip) from pegawai p join jabatan j on j.id = p.jabatan_id where p.instansi_id = 'cimahi'""",
        String.class);
    int kotakNya = body(get("supervisor-cimahi", "/api/rekomendasi/pegawai/" + nip + "/talenta")).at("/kotak/nomor")
        .asInt();

    // when
    var kotak = body(get("supervisor-cimahi", "/api/pantauan/talenta"));

    // then
    assertThat(kotak).allSatisfy(k -> assertThat(k.get("instansiId").asText()).isEqualTo("cimahi"));
    assertThat(StreamSupport.stream(kotak.spliterator(), false).mapToLong(k -> k.get("jumlah").asLong()).sum())
        .isEqualTo(dinilai);
    assertThat(kotak).anySatisfy(k -> {
      assertThat(k.get("nomor").asInt()).isEqualTo(kotakNya);
      assertThat(k.get("jumlah").asLong()).isPositive();
    });
  }

  @Test
  void refusesAnotherAgencyToAnAgencySupervisorAndEverythingToOtherRoles() throws Exception {
    // when
    var lain = get("supervisor-cimahi", "/api/pantauan/sla/terlambat?instansi=jabar");
    var operator = get("operator-cimahi", "/api/pantauan/sla/terlambat");
    var cakupan = body(get("supervisor-cimahi", "/api/pantauan/cakupan"));
    var nasional = body(get("supervisor", "/api/pantauan/cakupan"));

    // then
    assertThat(lain.getStatusCode().value()).isEqualTo(403);
    assertThat(body(lain).get("code").asText()).isEqualTo("DI_LUAR_CAKUPAN");
    assertThat(operator.getStatusCode().value()).isEqualTo(403);
    assertThat(body(operator).get("code").asText()).isEqualTo("BUKAN_SUPERVISOR");
    assertThat(cakupan.get("nasional").asBoolean()).isFalse();
    assertThat(cakupan.get("instansi")).extracting(JsonNode::asText).containsExactly("cimahi");
    assertThat(nasional.get("nasional").asBoolean()).isTrue();
  }

  @Test
  void exportsEachTableAsCsvWithAHeaderRow() throws Exception {
    // given
    String langkah = "Uji_" + UUID.randomUUID();
    Instant now = SuiteClock.clock().instant();
    sla(langkah, "cimahi", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)), null, "TERLAMBAT");
    HttpHeaders accept = new HttpHeaders();
    accept.set(HttpHeaders.ACCEPT, "text/csv");

    // when
    var byParam = get("supervisor-cimahi", "/api/pantauan/sla/terlambat?format=csv");
    var byHeader = rest.withBasicAuth("supervisor-cimahi", "demo").exchange("/api/pantauan/sla/terlambat/langkah",
        HttpMethod.GET, new HttpEntity<>(accept), String.class);

    // then
    assertThat(byParam.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(byParam.getBody().lines().findFirst()).hasValue("instansiId,langkah,nama,jumlah,tenggatTertua");
    assertThat(byParam.getBody()).contains("cimahi," + langkah + ",Langkah uji,1,");
    assertThat(byHeader.getBody().lines().findFirst())
        .hasValue("instansiId,langkah,nama,taskId,processInstanceId,kasusId,dibuat,tenggat");
    assertThat(byHeader.getBody()).contains(langkah);
  }

  private String sla(String langkah, String instansi, Instant dibuat, Instant tenggat, Instant selesai, String status) {
    String id = "uji-" + UUID.randomUUID();
    jdbc.update("""
        insert into sla_langkah (task_id, process_instance_id, root_instance_id, instansi_id, langkah, nama, dibuat,
                                 tenggat, selesai_pada, status) values (?, ?, ?, ?, ?, 'Langkah uji', ?, ?, ?, ?)""",
        id, "pi-" + id, "root-" + id, instansi, langkah, Timestamp.from(dibuat), Timestamp.from(tenggat),
        selesai == null ? null : Timestamp.from(selesai), status);
    return id;
  }

  private void kp(String periode, String instansi, String kesimpulan, String status, String hasil) {
    String nip = UUID.randomUUID().toString().replace("-", "").substring(0, 18);
    Timestamp now = Timestamp.from(SuiteClock.clock().instant());
    jdbc.update("""
        insert into usulan_kp (business_key, process_instance_id, nip, instansi_id, periode, jenis, golongan_asal,
          tmt, rute, kesimpulan, status, hasil, diperiksa, diperbarui)
        values (?, ?, ?, ?, ?, 'REGULER', 'III/a', ?, 'DELEGASI', ?, ?, ?, ?, ?)""",
        "KP-" + periode + "-" + nip, "pi-" + nip, nip, instansi, periode,
        java.sql.Date.valueOf(periode + "-01"), kesimpulan, status, hasil, now, now);
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private static JsonNode body(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }

  private static List<JsonNode> rows(ResponseEntity<String> response, String langkah) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    List<JsonNode> hasil = new ArrayList<>();
    StreamSupport.stream(body(response).spliterator(), false)
        .filter(r -> r.get("langkah").asText().equals(langkah)).forEach(hasil::add);
    return hasil;
  }
}
