package id.meritflow.platform.audit;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (event {@code complete}) for every human decision: records who decided, on which
 * step, and the decision variables the form set (names starting with {@code keputusan},
 * {@code catatan} or {@code alasan}).
 */
@Component("jejakKeputusanListener")
class JejakKeputusanListener implements TaskListener {

  private final JejakAudit jejak;

  JejakKeputusanListener(JejakAudit jejak) {
    this.jejak = jejak;
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
        "Langkah \"" + task.getName() + "\" diselesaikan: " + keputusan);
  }
}
