package id.meritflow.pelaksana;

import id.meritflow.platform.audit.PeranPelaku;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the audit trail that a task was completed by an acting official, and for whom. */
@Component
class SebagaiPelaksana implements PeranPelaku {

  private final PelimpahanRepository pelimpahan;
  private final KetidakhadiranRepository ketidakhadiran;
  private final DirektoriPengguna pengguna;

  SebagaiPelaksana(PelimpahanRepository pelimpahan, KetidakhadiranRepository ketidakhadiran, DirektoriPengguna pengguna) {
    this.pelimpahan = pelimpahan;
    this.ketidakhadiran = ketidakhadiran;
    this.pengguna = pengguna;
  }

  @Override
  public Optional<String> sebagai(String taskId, String userId) {
    return pelimpahan.ketidakhadiranPelaksana(taskId, userId).flatMap(ketidakhadiran::cari)
        .map(k -> TeksPelimpahan.sebagai(k.jenis(), pengguna.cari(k.pejabat())
            .orElse(new Pengguna(k.pejabat(), k.pejabat(), java.util.List.of(), java.util.List.of()))));
  }
}
