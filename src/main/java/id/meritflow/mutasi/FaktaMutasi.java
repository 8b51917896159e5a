package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the merit rules read, assembled once from the registry so that the rules are pure
 * functions of it.
 *
 * @param jabatanAsal the employee's current position, if any
 * @param pemegangTujuan current holders of the target position (may include the employee)
 * @param jabatanRiwayat the positions named in the employee's position history, by id (for the
 *     years-as-pelaksana/pengawas/administrator requirements)
 * @param tanggalEvaluasi the date the rules judge on: the proposal's TMT
 */
public record FaktaMutasi(
    UsulanMutasi usulan,
    PegawaiProfil profil,
    Optional<Jabatan> jabatanAsal,
    Instansi instansiAsal,
    Instansi instansiTujuan,
    Jabatan jabatanTujuan,
    List<Pegawai> pemegangTujuan,
    Map<String, Jabatan> jabatanRiwayat,
    LocalDate tanggalEvaluasi) {

  public FaktaMutasi {
    pemegangTujuan = List.copyOf(pemegangTujuan);
    jabatanRiwayat = Map.copyOf(jabatanRiwayat);
  }

  public Pegawai pegawai() {
    return profil.pegawai();
  }

  /** Holders of the target position other than the employee: the people a move would affect. */
  public List<Pegawai> pemegangLain() {
    return pemegangTujuan.stream().filter(p -> !p.nip().equals(pegawai().nip())).toList();
  }
}
