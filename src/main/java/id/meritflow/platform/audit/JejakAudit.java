package id.meritflow.platform.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the append-only audit trail. Entries are written in the engine's transaction
 * (same DataSource), so an entry exists exactly when the step it describes committed. There is no
 * update or delete here by design.
 */
@Component
public class JejakAudit {

  public static final String SISTEM = "sistem";
  private static final int MAX_URAIAN = 4000;

  private final JdbcTemplate jdbc;

  JejakAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a step of the case this execution belongs to; the actor is the logged-in user, else "sistem". */
  public void catat(DelegateExecution execution, String jenis, String kode, String uraian) {
    var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    catat(execution, auth == null ? SISTEM : auth.getUserId(), jenis, kode, uraian);
  }

  public void catat(DelegateExecution execution, String pelaku, String jenis, String kode, String uraian) {
    Object nip = execution.getVariable("nip");
    catat(((ExecutionEntity) execution).getRootProcessInstanceId(), execution.getTenantId(),
        nip == null ? null : nip.toString(), pelaku, jenis, kode, uraian);
  }

  /**
   * Records a step of a case taken outside the engine (an upload through {@code /api}), in the
   * caller's transaction, so the entry exists exactly when the step committed.
   */
  public void catat(String kasusId, String instansiId, String nip, String pelaku, String jenis, String kode,
      String uraian) {
    jdbc.update("""
        insert into jejak_audit (id, kasus_id, instansi_id, nip, waktu, pelaku, jenis, kode, uraian)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), kasusId, instansiId, nip, Timestamp.from(ClockUtil.getCurrentTime().toInstant()),
        pelaku == null ? SISTEM : pelaku, jenis, kode, trim(uraian));
  }

  List<Jejak> kasus(String kasusId) {
    return jdbc.query("select * from jejak_audit where kasus_id = ? order by waktu, id", (rs, i) -> new Jejak(
        rs.getString("id"), rs.getString("kasus_id"), rs.getString("instansi_id"), rs.getString("nip"),
        rs.getTimestamp("waktu").toInstant(), rs.getString("pelaku"), rs.getString("jenis"), rs.getString("kode"),
        rs.getString("uraian")), kasusId);
  }

  private static String trim(String text) {
    String value = text == null ? "" : text;
    return value.length() <= MAX_URAIAN ? value : value.substring(0, MAX_URAIAN - 1) + "…";
  }
}
