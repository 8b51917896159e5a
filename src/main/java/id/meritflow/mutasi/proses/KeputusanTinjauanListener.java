package id.meritflow.mutasi.proses;

import id.meritflow.platform.enginerest.VariabelTidakSahException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (event {@code complete}, first) of "Tinjau usulan mutasi": the decision must be
 * SETUJU or TOLAK and the note text. Anything else is refused before the gateway reads it, so a
 * completion through the engine REST API with other variables is answered 400 naming the variable
 * and the task stays open.
 */
@Component("keputusanTinjauanListener")
class KeputusanTinjauanListener implements TaskListener {

  static final String KEPUTUSAN = "keputusanTinjauan";
  static final String CATATAN = "catatanTinjauan";
  static final int CATATAN_MAKS = 4000;
  private static final Set<String> NILAI = Set.of("SETUJU", "TOLAK");

  @Override
  public void notify(DelegateTask task) {
    Object keputusan = task.getVariable(KEPUTUSAN);
    if (keputusan == null) {
      throw new VariabelTidakSahException(KEPUTUSAN, "WAJIB_DIISI", "Keputusan tinjauan wajib diisi (SETUJU atau TOLAK).");
    }
    if (!(keputusan instanceof String s) || !NILAI.contains(s)) {
      throw new VariabelTidakSahException(KEPUTUSAN, "NILAI_TIDAK_DIKENAL",
          "Keputusan tinjauan harus SETUJU atau TOLAK (teks), bukan " + ringkas(keputusan) + ".");
    }
    Object catatan = task.getVariable(CATATAN);
    if (catatan != null && !(catatan instanceof String)) {
      throw new VariabelTidakSahException(CATATAN, "TIPE_TIDAK_VALID", "Catatan tinjauan harus berupa teks.");
    }
    if (catatan instanceof String c && c.length() > CATATAN_MAKS) {
      throw new VariabelTidakSahException(CATATAN, "TERLALU_PANJANG",
          "Catatan tinjauan paling banyak " + CATATAN_MAKS + " karakter.");
    }
  }

  private static String ringkas(Object value) {
    String s = String.valueOf(value);
    return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
  }
}
