package id.meritflow.kepegawaian;

import java.util.List;

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
}
