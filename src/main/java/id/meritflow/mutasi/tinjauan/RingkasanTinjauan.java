package id.meritflow.mutasi.tinjauan;

import id.meritflow.dokumen.InfoDokumen;
import java.util.List;

/**
 * A transfer case as its reviewer reads it: names instead of ids, sentences instead of codes and
 * JSON, the rules that did not pass first, and the documents kept with the case. Answered by
 * {@code GET /api/mutasi/tugas/{taskId}/ringkasan} for every task of a transfer case: the verifier's
 * review and the operator's correction.
 *
 * @param kasusId the case's process instance id, for {@code /api/kasus/{kasusId}/dokumen}
 * @param dokumen the case's documents (no content; each with its download URL)
 */
record RingkasanTinjauan(
    String kasusId,
    String nomorUsulan,
    Orang pegawai,
    Posisi asal,
    Posisi tujuan,
    String tmt,
    String rute,
    String alasan,
    String uraianAlasan,
    boolean atasPermintaanSendiri,
    String kesimpulan,
    List<Aturan> aturan,
    List<String> risiko,
    String penjelasanRekomendasi,
    String skorKecocokan,
    List<InfoDokumen> dokumen) {

  record Orang(String nama, String nip, String pangkatGolongan) {}

  /** A position with its unit and agency; {@code lowong} only for the target. */
  record Posisi(String jabatan, String unitKerja, String instansi, String syarat, Integer lowong) {}

  /**
   * One rule's result: {@code status} in words (Tidak memenuhi, Perlu persetujuan, Memenuhi). A field
   * the check could not read (an unknown position after a correction, a missing TMT) is a result
   * too, with {@code kode} null and the field named in {@code judul}.
   */
  record Aturan(String kode, String judul, String status, String pesan, boolean perhatian) {}
}
