package id.meritflow.kepegawaian;

/**
 * Port for processes that place an employee by a signed SK (mutasi): appends the position SK to
 * the history exactly like {@code POST /api/pegawai/{nip}/riwayat-jabatan}, and makes it the
 * current position when its TMT is not after today. The process has checked authority already,
 * so no caller is asked for.
 */
public interface PencatatanJabatan {

  /** @return the id of the new history entry */
  String catatJabatan(String nip, RiwayatJabatanRequest request);
}
