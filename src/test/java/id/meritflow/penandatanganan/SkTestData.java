package id.meritflow.penandatanganan;

import id.meritflow.penandatanganan.domain.DataPegawaiSk;
import id.meritflow.penandatanganan.domain.Keputusan;
import id.meritflow.penandatanganan.domain.ModePenandatanganan;
import id.meritflow.penandatanganan.domain.Penandatangan;
import id.meritflow.penandatanganan.domain.PermintaanSk;
import java.time.LocalDate;
import java.util.Optional;

/** Test data with sensible defaults: a Cimahi employee and a delegated signer. */
public final class SkTestData {

  public static final String NIP = "198503152010011002";
  /** As the signing process writes it: the unit and its agency. */
  public static final String UNIT_KERJA_BARU =
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, Pemerintah Kota Cimahi";

  private SkTestData() {}

  public static PermintaanSk aPermintaan(Keputusan keputusan) {
    return new PermintaanSk("cimahi", "Pemerintah Kota Cimahi",
        new DataPegawaiSk("Budi Santoso, S.Kom.", NIP, "Penata, III/c", "Analis Kepegawaian Ahli Muda"),
        keputusan, LocalDate.of(2025, 7, 1), "Cimahi", LocalDate.of(2025, 6, 20), "operator-cimahi");
  }

  public static PermintaanSk aMutasi() {
    return aPermintaan(new Keputusan.Mutasi("Kepala Subbagian Umum dan Kepegawaian",
        UNIT_KERJA_BARU));
  }

  public static PermintaanSk aKenaikanPangkat() {
    return aPermintaan(new Keputusan.KenaikanPangkat("Penata Tingkat I, III/d", "12 tahun 3 bulan"));
  }

  public static PermintaanSk aDisiplin() {
    return aPermintaan(new Keputusan.Disiplin("Ringan", "teguran tertulis",
        "tidak masuk kerja tanpa alasan yang sah selama 5 (lima) hari kerja"));
  }

  public static Penandatangan aDelegate() {
    return new Penandatangan("kepala-bkpsdm", "Dr. Hj. Siti Nurjanah, M.Si.", "197203041998032005",
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Wali Kota Cimahi",
        ModePenandatanganan.DELEGASI, Optional.of("Sekretaris Daerah"));
  }
}
