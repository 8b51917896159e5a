package id.meritflow.kepegawaian;

/**
 * Port for processes that promote by a signed SK (kenaikan pangkat): appends the rank SK to the
 * history exactly like {@code POST /api/pegawai/{nip}/riwayat-pangkat}, and makes it the current
 * rank when its TMT is not after today. The process has checked authority already.
 */
public interface PencatatanPangkat {

  /** @return the id of the new history entry */
  String catatPangkat(String nip, RiwayatPangkatRequest request);
}
