package id.meritflow.penandatanganan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to issue one SK, as a process hands it over.
 *
 * @param namaInstansi printed in the letterhead (KOP), e.g. "PEMERINTAH KOTA CIMAHI"
 * @param tempatPenetapan the place in "Ditetapkan di …", e.g. "Cimahi"
 * @param dibuatOleh user or process that asked for the SK (audit)
 */
public record PermintaanSk(String instansiId, String namaInstansi, DataPegawaiSk pegawai, Keputusan keputusan,
    LocalDate tmt, String tempatPenetapan, LocalDate tanggalPenetapan, String dibuatOleh) {

  public PermintaanSk {
    Objects.requireNonNull(instansiId, "instansiId");
    Objects.requireNonNull(namaInstansi, "namaInstansi");
    Objects.requireNonNull(pegawai, "pegawai");
    Objects.requireNonNull(keputusan, "keputusan");
    Objects.requireNonNull(tmt, "tmt");
    Objects.requireNonNull(tempatPenetapan, "tempatPenetapan");
    Objects.requireNonNull(tanggalPenetapan, "tanggalPenetapan");
    Objects.requireNonNull(dibuatOleh, "dibuatOleh");
  }

  public JenisSk jenis() {
    return keputusan.jenis();
  }
}
