package id.meritflow.mutasi;

import java.time.LocalDate;
import java.util.List;

/**
 * A transfer proposal as entered (or as the process holds it). Fields may be missing here: the
 * use case validates them and answers every missing one at once.
 *
 * @param atasPermintaanSendiri the employee asked for the move (APS)
 * @param tanggalUsulan the date the proposal was made
 * @param tmt the date the transfer is to take effect; the rules judge the situation on this date
 * @param dokumenPersetujuan approvals recorded so far (never null)
 */
public record UsulanMutasi(
    String nip,
    String instansiTujuanId,
    String unitKerjaTujuanId,
    String jabatanTujuanId,
    RuteMutasi rute,
    AlasanMutasi alasan,
    boolean atasPermintaanSendiri,
    LocalDate tanggalUsulan,
    LocalDate tmt,
    List<DokumenPersetujuan> dokumenPersetujuan) {

  public UsulanMutasi {
    dokumenPersetujuan = dokumenPersetujuan == null ? List.of() : List.copyOf(dokumenPersetujuan);
  }

  /** The documents recorded for one rule, in entry order. */
  public List<DokumenPersetujuan> dokumenUntuk(String kodeAturan) {
    return dokumenPersetujuan.stream().filter(d -> kodeAturan.equals(d.kodeAturan())).toList();
  }

  public KategoriAlasan kategoriAlasan() {
    return alasan == null || alasan.kategori() == null ? KategoriAlasan.LAINNYA : alasan.kategori();
  }

  /** The same proposal made on this date (today, when the caller left it out). */
  public UsulanMutasi denganTanggalUsulan(LocalDate tanggal) {
    return new UsulanMutasi(nip, instansiTujuanId, unitKerjaTujuanId, jabatanTujuanId, rute, alasan,
        atasPermintaanSendiri, tanggal, tmt, dokumenPersetujuan);
  }

  /** The same proposal on a route (derived from the agencies when the caller left it out). */
  public UsulanMutasi denganRute(RuteMutasi r) {
    return new UsulanMutasi(nip, instansiTujuanId, unitKerjaTujuanId, jabatanTujuanId, r, alasan,
        atasPermintaanSendiri, tanggalUsulan, tmt, dokumenPersetujuan);
  }

  /** The same proposal with one more approval document, for re-running the checks. */
  public UsulanMutasi denganDokumen(DokumenPersetujuan dokumen) {
    List<DokumenPersetujuan> semua = new java.util.ArrayList<>(dokumenPersetujuan);
    semua.add(dokumen);
    return new UsulanMutasi(nip, instansiTujuanId, unitKerjaTujuanId, jabatanTujuanId, rute, alasan,
        atasPermintaanSendiri, tanggalUsulan, tmt, semua);
  }
}
