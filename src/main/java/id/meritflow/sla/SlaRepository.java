package id.meritflow.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SLA rows, written inside the engine's transaction (same DataSource), so they commit with it. */
@Repository
class SlaRepository {

  private final JdbcTemplate jdbc;

  SlaRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void opened(String taskId, String processInstanceId, String rootInstanceId, String instansiId, String langkah,
      String nama, Instant dibuat, Instant tenggat) {
    jdbc.update("""
        insert into sla_langkah (task_id, process_instance_id, root_instance_id, instansi_id, langkah, nama, dibuat,
                                 tenggat, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'BERJALAN')""",
        taskId, processInstanceId, rootInstanceId, instansiId, langkah, nama, ts(dibuat), ts(tenggat));
  }

  /** A person finished the step; it stays TERLAMBAT if it had been escalated. */
  void completed(String taskId, Instant at, String userId) {
    jdbc.update("""
        update sla_langkah set selesai_pada = ?, diselesaikan_oleh = ?, durasi_detik = ?,
               status = case when status = 'BERJALAN' and (tenggat is null or tenggat >= ?) then 'SELESAI'
                             when status = 'BERJALAN' then 'TERLAMBAT' else status end
        where task_id = ?""", ts(at), userId, durationOf(taskId, at), ts(at), taskId);
  }

  int reminded(String processInstanceId, Instant at) {
    return jdbc.update("update sla_langkah set pengingat_pada = ? where process_instance_id = ? and selesai_pada is null",
        ts(at), processInstanceId);
  }

  int escalated(String processInstanceId, Instant at, String peran) {
    return jdbc.update("""
        update sla_langkah set eskalasi_pada = ?, peran_eskalasi = ?, status = 'TERLAMBAT'
        where process_instance_id = ? and selesai_pada is null""", ts(at), peran, processInstanceId);
  }

  int autoApproved(String processInstanceId, Instant at) {
    int n = 0;
    for (String taskId : openTaskIds(processInstanceId)) {
      n += jdbc.update("""
          update sla_langkah set selesai_pada = ?, diselesaikan_oleh = 'sistem', status = 'DISETUJUI_OTOMATIS',
                 durasi_detik = ?
          where task_id = ? and selesai_pada is null""", ts(at), durationOf(taskId, at), taskId);
    }
    return n;
  }

  /** Seconds from the step's creation to {@code at} (kept for the durations of docs/pantauan.md). */
  private Long durationOf(String taskId, Instant at) {
    return jdbc.queryForList("select dibuat from sla_langkah where task_id = ?", Timestamp.class, taskId).stream()
        .findFirst().map(d -> Math.max(0, at.getEpochSecond() - d.toInstant().getEpochSecond())).orElse(null);
  }

  List<String> openTaskIds(String processInstanceId) {
    return jdbc.queryForList("select task_id from sla_langkah where process_instance_id = ? and selesai_pada is null",
        String.class, processInstanceId);
  }

  List<LangkahSla> openSteps(String processInstanceId) {
    return jdbc.query("select * from sla_langkah where process_instance_id = ? and selesai_pada is null order by dibuat",
        SlaRepository::row, processInstanceId);
  }

  List<LangkahSla> ofCase(String rootInstanceId) {
    return jdbc.query("select * from sla_langkah where root_instance_id = ? order by dibuat, task_id",
        SlaRepository::row, rootInstanceId);
  }

  Optional<String> tenantOfCase(String rootInstanceId) {
    return jdbc.queryForList("select instansi_id from sla_langkah where root_instance_id = ?", String.class,
        rootInstanceId).stream().findFirst();
  }

  private static LangkahSla row(ResultSet rs, int i) throws SQLException {
    return new LangkahSla(rs.getString("task_id"), rs.getString("process_instance_id"),
        rs.getString("root_instance_id"), rs.getString("instansi_id"), rs.getString("langkah"), rs.getString("nama"),
        rs.getTimestamp("dibuat").toInstant(), instant(rs, "tenggat"), instant(rs, "pengingat_pada"),
        instant(rs, "eskalasi_pada"), Optional.ofNullable(rs.getString("peran_eskalasi")),
        instant(rs, "selesai_pada"), Optional.ofNullable(rs.getString("diselesaikan_oleh")),
        StatusSla.valueOf(rs.getString("status")));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
