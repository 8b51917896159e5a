package id.meritflow.kepegawaian;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An employee's full profile: current data, kinerja per year (newest first), disciplinary cases
 * and rank and position history (oldest first). Lists are never null.
 */
public record PegawaiProfil(
    Pegawai pegawai,
    List<Kinerja> kinerja,
    List<KasusDisiplin> disiplin,
    List<RiwayatPangkat> riwayatPangkat,
    List<RiwayatJabatan> riwayatJabatan) {

  public PegawaiProfil {
    kinerja = List.copyOf(kinerja);
    disiplin = List.copyOf(disiplin);
    riwayatPangkat = List.copyOf(riwayatPangkat);
    riwayatJabatan = List.copyOf(riwayatJabatan);
  }

  /** The ids of the current position and of every position in the history, for one set-based read. */
  public Set<String> idJabatan() {
    Set<String> ids = new LinkedHashSet<>();
    Optional.ofNullable(pegawai.jabatanId()).ifPresent(ids::add);
    riwayatJabatan.stream().map(RiwayatJabatan::jabatanId).filter(Objects::nonNull).forEach(ids::add);
    return ids;
  }
}
