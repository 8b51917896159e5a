package id.meritflow.kenaikanpangkat.verifikasi;

import java.util.List;

/**
 * A promotion case as BKN's verifier reads it: the employee by name with position, unit and
 * agency, the proposal in words, and every rule's result as a sentence, those needing verification
 * or failing first. No ids, enum names or JSON. Answered by
 * {@code GET /api/kenaikan-pangkat/tugas/{taskId}/ringkasan}.
 */
record RingkasanVerifikasiKp(
    String nomorUsulan,
    Pegawai pegawai,
    Usulan usulan,
    String kesimpulan,
    List<Aturan> aturan) {

  /** The employee today: {@code pangkatGolongan} e.g. "Penata (III/c)". */
  record Pegawai(String nama, String nip, String pangkatGolongan, String jabatan, String unitKerja, String instansi) {}

  /**
   * The proposal: {@code jenis} e.g. "Prestasi luar biasa", {@code periode} "Januari 2027",
   * {@code golonganTujuan} "Penata Tingkat I (III/d)", {@code tmt} "1 Januari 2027",
   * {@code masaDalamPangkat} "4 tahun 0 bulan" (in the current rank on the TMT), {@code masaKerja}
   * the masa kerja golongan on the TMT, {@code penetapan} who signs the SK.
   */
  record Usulan(String jenis, String periode, String golonganTujuan, String tmt, String masaDalamPangkat,
      String masaKerja, String penetapan) {}

  /** One rule's result: {@code status} in words (Tidak memenuhi, Ditunda, Perlu verifikasi, Memenuhi). */
  record Aturan(String kode, String judul, String status, String pesan, boolean perhatian) {}
}
