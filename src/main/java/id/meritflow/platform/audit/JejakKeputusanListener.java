package id.meritflow.platform.audit;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Task listener (event {@code complete}) for every human decision: records who decided, on which
 * step, and the decision variables the form set (names starting with {@code keputusan},
 * {@code catatan} or {@code alasan}). Someone acting for another official is named with that
 * capacity ({@link PeranPelaku}): "… diselesaikan oleh analis-bkn sebagai Plh Verifikator BKN (verifikator-bkn)".
 */
@Component("jejakKeputusanListener")
class JejakKeputusanListener implements TaskListener {

  private final JejakAudit jejak;
  private final ObjectProvider<PeranPelaku> peran;

  JejakKeputusanListener(JejakAudit jejak, ObjectProvider<PeranPelaku> peran) {
    this.jejak = jejak;
    this.peran = peran;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> keputusan = new TreeMap<>();
    task.getVariables().forEach((name, value) -> {
      if (value != null && (name.startsWith("keputusan") || name.startsWith("catatan") || name.startsWith("alasan"))) {
        keputusan.put(name, value);
      }
    });
    String kode = keputusan.entrySet().stream().filter(e -> e.getKey().startsWith("keputusan"))
        .map(e -> String.valueOf(e.getValue())).findFirst().orElse(null);
    jejak.catat(task.getExecution(), task.getAssignee(), "KEPUTUSAN", kode,
        "Langkah \"" + task.getName() + "\" diselesaikan" + sebagai(task) + ": " + keputusan);
  }

  /** " oleh analis-bkn sebagai Plh …" when the one who completes acts for another official; else "". */
  private String sebagai(DelegateTask task) {
    var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String pelaku = task.getAssignee() != null ? task.getAssignee() : auth == null ? null : auth.getUserId();
    if (pelaku == null) {
      return "";
    }
    return peran.orderedStream().map(p -> p.sebagai(task.getId(), pelaku)).flatMap(Optional::stream).findFirst()
        .map(s -> " oleh " + pelaku + " " + s).orElse("");
  }
}
