package id.meritflow.pelaksana;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code pelimpahan_tugas} table (V73): one row per absence and task it changed. */
@Repository
class PelimpahanRepository {

  static final String DILIMPAHKAN = "DILIMPAHKAN";
  static final String DICADANGKAN = "DICADANGKAN";

  private final JdbcTemplate jdbc;

  PelimpahanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the task for this absence; a second claim (another node, another pass) fails on the
   * primary key, which rolls back that caller's changes with it.
   */
  void simpan(Pelimpahan p, Instant pada) {
    jdbc.update("""
        insert into pelimpahan_tugas (ketidakhadiran_id, task_id, jenis, calon_ditambah, assignee_semula, izin_semula,
          kelompok_ditambah, dibuat_pada) values (?, ?, ?, ?, ?, ?, ?, ?)""",
        p.ketidakhadiranId(), p.taskId(), p.dilimpahkan() ? DILIMPAHKAN : DICADANGKAN, p.calonDitambah(),
        p.assigneeSemula().orElse(null), p.izinSemula().orElse(null), p.kelompokDitambah().orElse(null),
        Timestamp.from(pada));
  }

  boolean ada(String ketidakhadiranId, String taskId) {
    return jdbc.queryForObject("select count(*) from pelimpahan_tugas where ketidakhadiran_id = ? and task_id = ?",
        Integer.class, ketidakhadiranId, taskId) > 0;
  }

  /** The rows of absences not in force on this day (ended early, not begun, or past): to be taken back. */
  List<Pelimpahan> tidakBerlakuPada(LocalDate hari) {
    return jdbc.query("""
        select p.* from pelimpahan_tugas p join ketidakhadiran k on k.id = p.ketidakhadiran_id
        where k.diakhiri_pada is not null or k.mulai > ? or k.selesai < ?""", PelimpahanRepository::baris, hari, hari);
  }

  /** The tasks this absence has a row for (applied, or gone since). */
  Set<String> taskIds(String ketidakhadiranId) {
    return new HashSet<>(jdbc.queryForList("select task_id from pelimpahan_tugas where ketidakhadiran_id = ?",
        String.class, ketidakhadiranId));
  }

  List<Pelimpahan> untukTugas(String taskId) {
    return jdbc.query("select * from pelimpahan_tugas where task_id = ?", PelimpahanRepository::baris, taskId);
  }

  /** False when another pass removed it first. */
  boolean hapus(Pelimpahan p) {
    return jdbc.update("delete from pelimpahan_tugas where ketidakhadiran_id = ? and task_id = ?",
        p.ketidakhadiranId(), p.taskId()) == 1;
  }

  /**
   * Hands what {@code dari} added over to another absence's row on the same task (the same acting
   * official for two officials), so that ending the first leaves the second's delegation whole.
   */
  void alihkan(Pelimpahan dari, Pelimpahan ke) {
    jdbc.update("""
        update pelimpahan_tugas set calon_ditambah = ?, izin_semula = ?,
          assignee_semula = coalesce(assignee_semula, ?) where ketidakhadiran_id = ? and task_id = ?""",
        dari.calonDitambah() || ke.calonDitambah(),
        dari.calonDitambah() ? dari.izinSemula().orElse(null) : ke.izinSemula().orElse(null),
        dari.assigneeSemula().orElse(null), ke.ketidakhadiranId(), ke.taskId());
  }

  /** The absence under which this user works on this task as acting official, if any. */
  Optional<String> ketidakhadiranPelaksana(String taskId, String userId) {
    return jdbc.queryForList("""
        select p.ketidakhadiran_id from pelimpahan_tugas p join ketidakhadiran k on k.id = p.ketidakhadiran_id
        where p.task_id = ? and p.jenis = 'DILIMPAHKAN' and k.pelaksana = ? order by p.dibuat_pada""",
        String.class, taskId, userId).stream().findFirst();
  }

  private static Pelimpahan baris(ResultSet rs, int i) throws SQLException {
    return new Pelimpahan(rs.getString("ketidakhadiran_id"), rs.getString("task_id"),
        DILIMPAHKAN.equals(rs.getString("jenis")), rs.getBoolean("calon_ditambah"),
        Optional.ofNullable(rs.getString("assignee_semula")),
        Optional.ofNullable((Integer) rs.getObject("izin_semula", Integer.class)),
        Optional.ofNullable(rs.getString("kelompok_ditambah")));
  }
}
