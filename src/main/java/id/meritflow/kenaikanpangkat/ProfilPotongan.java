package id.meritflow.kenaikanpangkat;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry data of the batch chunk whose cases this thread is starting, read once for the
 * whole chunk (one statement per table) in the chunk's transaction, so each case's screening in
 * that transaction reads none of its own. Bound to the thread only while the chunk's cases start
 * ({@link KenaikanPangkatBatch#siapkanPotongan}); any other screening (a case started by hand, a
 * retried screening job) finds nothing here and reads the registry itself.
 */
final class ProfilPotongan implements AutoCloseable {

  private static final ThreadLocal<ProfilPotongan> AKTIF = new ThreadLocal<>();

  private final Map<String, PegawaiProfil> profil;
  private final Map<String, Jabatan> jabatan;
  private final Map<String, Optional<LocalDateTime>> diajukan = new HashMap<>();

  private ProfilPotongan(Map<String, PegawaiProfil> profil, Map<String, Jabatan> jabatan) {
    this.profil = Map.copyOf(profil);
    this.jabatan = Map.copyOf(jabatan);
  }

  /** Binds the chunk's data to this thread until {@link #close()}. */
  static ProfilPotongan buka(Map<String, PegawaiProfil> profil, Map<String, Jabatan> jabatan) {
    ProfilPotongan p = new ProfilPotongan(profil, jabatan);
    AKTIF.set(p);
    return p;
  }

  static Optional<ProfilPotongan> aktif() {
    return Optional.ofNullable(AKTIF.get());
  }

  Optional<PegawaiProfil> profil(String nip) {
    return Optional.ofNullable(profil.get(nip));
  }

  Optional<Jabatan> jabatan(String id) {
    return Optional.ofNullable(jabatan.get(id));
  }

  /** The batch's submission time, read once per chunk. */
  Optional<LocalDateTime> diajukan(String batchId, Function<String, Optional<LocalDateTime>> baca) {
    return diajukan.computeIfAbsent(batchId, baca);
  }

  @Override
  public void close() {
    if (AKTIF.get() == this) {
      AKTIF.remove();
    }
  }
}
