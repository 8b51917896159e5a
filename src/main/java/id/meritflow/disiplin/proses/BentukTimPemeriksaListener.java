package id.meritflow.disiplin.proses;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * DIS-PEMERIKSA: the PPK's team has at least three known members (superior, supervision,
 * personnel). Refuses the task's completion otherwise; writes the cleaned member list and its
 * size, which the multi-instance BAP step reads.
 */
@Component("bentukTimPemeriksaListener")
class BentukTimPemeriksaListener implements TaskListener {

  static final int ANGGOTA_MINIMUM = 3;

  @Override
  public void notify(DelegateTask task) {
    Object teks = task.getVariable("anggotaTim");
    List<String> anggota = teks == null ? List.of() : Arrays.stream(teks.toString().split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    if (anggota.size() < ANGGOTA_MINIMUM) {
      throw new ProcessEngineException("Tim pemeriksa harus beranggotakan paling sedikit " + ANGGOTA_MINIMUM
          + " orang (atasan langsung, unsur pengawasan, unsur kepegawaian).");
    }
    var identity = task.getProcessEngineServices().getIdentityService();
    List<String> tidakDikenal = anggota.stream()
        .filter(id -> identity.createUserQuery().userId(id).count() == 0).toList();
    if (!tidakDikenal.isEmpty()) {
      throw new ProcessEngineException("Anggota tim tidak dikenal: " + String.join(", ", tidakDikenal) + ".");
    }
    task.getExecution().setVariable("anggotaTim", String.join(",", anggota));
    task.getExecution().setVariable("jumlahAnggotaTim", anggota.size());
  }
}
