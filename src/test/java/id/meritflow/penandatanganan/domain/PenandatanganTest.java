package id.meritflow.penandatanganan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PenandatanganTest {

  @Test
  void directSignerWritesOnlyHisOwnOffice() {
    var signer = Penandatangan.langsung("ppk", "Ngatiyana", null, "Wali Kota Cimahi");

    assertThat(signer.barisKewenangan()).containsExactly("WALI KOTA CIMAHI,");
  }

  @Test
  void delegateSignsOnBehalfThroughTheIntermediateOffice() {
    var signer = new Penandatangan("kepala-bkpsdm", "Siti", "197203041998032005", "Kepala BKPSDM",
        "Wali Kota Cimahi", ModePenandatanganan.DELEGASI, java.util.Optional.of("Sekretaris Daerah"));

    assertThat(signer.barisKewenangan())
        .containsExactly("a.n. WALI KOTA CIMAHI", "SEKRETARIS DAERAH,", "u.b.", "KEPALA BKPSDM,");
  }

  @Test
  void datesAndNumbersUseTheIndonesianForms() {
    assertThat(TanggalIndonesia.format(LocalDate.of(2025, 7, 1))).isEqualTo("1 Juli 2025");
    assertThat(new FormatNomor("800.1.6.2").format(17, "CIMAHI", 2025)).isEqualTo("800.1.6.2/17/CIMAHI/2025");
    assertThat(KodeVerifikasi.valid(KodeVerifikasi.baru())).isTrue();
  }
}
