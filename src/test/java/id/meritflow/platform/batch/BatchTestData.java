package id.meritflow.platform.batch;

import id.meritflow.platform.security.Caller;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agencies, employees and callers for batch tests. Batches commit (their jobs run in other
 * transactions), so unlike the registry tests nothing is rolled back: {@link #removeAll()} cleans
 * up what the tests made, so the shared in-memory database is as other test classes expect it.
 */
final class BatchTestData {

  static final String AGENCY_A = "batch-a";
  static final String AGENCY_B = "batch-b";

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final HistoryService history;

  BatchTestData(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.history = history;
  }

  /** Two agencies with {@code perAgency} employees each (NIPs from {@link #nip}). */
  void givenAgencies(int perAgency) {
    for (String id : List.of(AGENCY_A, AGENCY_B)) {
      jdbc.update("insert into instansi (id, nama, tingkat, wilayah, provinsi) values (?, ?, 'KABUPATEN_KOTA', ?, 'Jawa Barat')",
          id, "Pemerintah " + id, id);
      jdbc.update("insert into unit_kerja (id, instansi_id, nama) values (?, ?, 'Sekretariat Daerah')", id + "-setda", id);
      List<Object[]> employees = new ArrayList<>();
      for (int i = 1; i <= perAgency; i++) {
        String nip = nip(id, i);
        employees.add(new Object[] {nip, "Pegawai " + id + " " + i, id, id + "-setda",
            Date.valueOf(LocalDate.parse(nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8)))});
      }
      jdbc.batchUpdate("""
          insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir, instansi_id, unit_kerja_id, golongan,
            tmt_golongan, pendidikan, tmt_cpns) values (?, ?, 'L', ?, ?, ?, 'III/a', date '2015-01-01', 'S1', date '2010-01-01')""",
          employees.stream().map(e -> new Object[] {e[0], e[1], e[4], e[2], e[3]}).toList());
    }
  }

  /**
   * A valid NIP: born 1985-01-01 (agency A) or 1986-02-02 (agency B), CPNS January 2010, male,
   * sequence {@code i} (1 to 999; beyond that the birth day moves on).
   */
  static String nip(String agency, int i) {
    String birth = AGENCY_A.equals(agency) ? "198501" : "198602";
    int day = 1 + (i - 1) / 999;
    int seq = 1 + (i - 1) % 999;
    return birth + String.format("%02d", day) + "201001" + "1" + String.format("%03d", seq);
  }

  static Caller operatorOf(String agency) {
    return new Caller("operator-" + agency, List.of(Caller.GROUP_OPERATOR), List.of(agency), Optional.empty());
  }

  static Caller ppkOf(String agency) {
    return new Caller("ppk-" + agency, List.of(Caller.GROUP_PPK), List.of(agency), Optional.empty());
  }

  void removeAll() {
    List<String> batchIds = jdbc.queryForList("select id from batch", String.class);
    for (String batchId : batchIds) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .variableValueEquals(BatchCaseStarter.VAR_BATCH_ID, batchId).list()) {
        if (instance.getEndTime() == null) {
          runtime.deleteProcessInstance(instance.getId(), "test selesai", true, true);
        }
        history.deleteHistoricProcessInstance(instance.getId());
      }
    }
    jdbc.update("delete from batch_baris");
    jdbc.update("delete from batch");
    for (String id : List.of(AGENCY_A, AGENCY_B)) {
      jdbc.update("delete from pegawai where instansi_id = ?", id);
      jdbc.update("delete from unit_kerja where instansi_id = ?", id);
      jdbc.update("delete from instansi where id = ?", id);
    }
  }
}
