package id.meritflow.mutasi;

import java.time.LocalDate;

/**
 * One row of a program mutasi batch (JSON element or CSV line; a CSV header names these
 * properties). Flat, unlike {@link UsulanMutasi}, so that a spreadsheet can hold it.
 */
public record BarisMutasi(String nip, String instansiTujuanId, String unitKerjaTujuanId, String jabatanTujuanId,
    RuteMutasi rute, KategoriAlasan alasanKategori, String alasanUraian, Boolean atasPermintaanSendiri,
    LocalDate tanggalUsulan, LocalDate tmt) {

  UsulanMutasi usulan() {
    return new UsulanMutasi(nip, instansiTujuanId, unitKerjaTujuanId, jabatanTujuanId, rute,
        new AlasanMutasi(alasanKategori, alasanUraian), Boolean.TRUE.equals(atasPermintaanSendiri), tanggalUsulan,
        tmt, java.util.List.of());
  }
}
