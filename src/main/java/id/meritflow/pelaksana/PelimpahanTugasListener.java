package id.meritflow.pelaksana;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task (first of platform/tugas's listeners, so that later ones see
 * the acting official as candidate): a task that reaches an absent official goes to their acting
 * official at once, or, if reserved, says why it does not.
 */
@Component(PelimpahanTugasListener.NAMA)
class PelimpahanTugasListener implements TaskListener {

  static final String NAMA = "pelimpahanTugasListener";

  private final KetidakhadiranRepository ketidakhadiran;
  private final DirektoriPengguna pengguna;
  private final PenerapanPelimpahan penerapan;
  private final Clock clock;

  PelimpahanTugasListener(KetidakhadiranRepository ketidakhadiran, DirektoriPengguna pengguna,
      PenerapanPelimpahan penerapan, Clock clock, @Value("${meritflow.kalender.zona-waktu:Asia/Jakarta}") ZoneId zona) {
    this.ketidakhadiran = ketidakhadiran;
    this.pengguna = pengguna;
    this.penerapan = penerapan;
    this.clock = clock.withZone(zona);
  }

  @Override
  public void notify(DelegateTask task) {
    Tugas tugas = new TugasBaru(task);
    for (Ketidakhadiran k : ketidakhadiran.berlakuPada(LocalDate.now(clock))) {
      var pejabat = pengguna.cari(k.pejabat());
      var pelaksana = pengguna.cari(k.pelaksana());
      if (pejabat.isEmpty() || pelaksana.isEmpty() || !PenerapanPelimpahan.milikPejabat(tugas, pejabat.get())) {
        continue;
      }
      // whoever's action created the task need not be allowed to write grants
      Context.getCommandContext().runWithoutAuthorization(() -> {
        penerapan.terapkan(k, tugas, pejabat.get(), pelaksana.get(), true);
        return null;
      });
    }
  }
}
