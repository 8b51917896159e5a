package id.meritflow.penandatanganan.proses;

import id.meritflow.penandatanganan.domain.JenisSk;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the signing sub-process hands to the use case.
 *
 * @param rincian the decision's details by type: MUTASI {@code jabatanSasaranId}; KENAIKAN_PANGKAT
 *     {@code golonganBaru}, optional {@code masaKerja}; DISIPLIN {@code tingkatHukuman},
 *     {@code hukuman}, {@code pelanggaran}
 * @param penandatangan the single result of delegasi-tanda-tangan.dmn
 * @param penggunaPenandatangan the account that signed in Tasklist (LANGSUNG only)
 */
record PermintaanPenandatanganan(String nip, JenisSk jenis, LocalDate tmt, Map<String, Object> rincian,
    Map<String, Object> penandatangan, Optional<String> penggunaPenandatangan, String dibuatOleh) {

  String rincian(String key) {
    Object value = rincian.get(key);
    return value == null ? null : value.toString();
  }

  String keputusan(String key) {
    Object value = penandatangan.get(key);
    return value == null ? "" : value.toString();
  }
}
