package id.meritflow.penandatanganan.proses;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.TingkatInstansi;
import id.meritflow.kepegawaian.UnitKerja;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitKerjaSkTest {

  static final Instansi CIMAHI = new Instansi("cimahi", "Pemerintah Kota Cimahi", TingkatInstansi.KABUPATEN_KOTA,
      "Kota Cimahi", "Jawa Barat", null, null, null);

  /** Cimahi's BKPSDM with one field below it. */
  static OrganisasiDirectory organisasi(UnitKerja... units) {
    Map<String, UnitKerja> byId = new java.util.HashMap<>();
    for (UnitKerja unit : units) {
      byId.put(unit.id(), unit);
    }
    return new OrganisasiDirectory() {
      public Optional<Instansi> instansi(String id) {
        return Optional.of(CIMAHI).filter(i -> i.id().equals(id));
      }

      public Optional<UnitKerja> unitKerja(String id) {
        return Optional.ofNullable(byId.get(id));
      }

      public Optional<Jabatan> jabatan(String id) {
        return Optional.empty();
      }

      public List<Pegawai> pemegang(String jabatanId) {
        return List.of();
      }
    };
  }

  static Jabatan aPositionIn(String unitKerjaId) {
    return new Jabatan("cimahi-analis", "cimahi", unitKerjaId, "Analis Sumber Daya Manusia Aparatur",
        JenisJabatan.FUNGSIONAL, null, "Ahli Muda", null, null, null, null, 1, 0, 1);
  }

  static final UnitKerja BKPSDM = new UnitKerja("cimahi-bkpsdm", "cimahi",
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", null);

  @Test
  void aTopUnitIsNamedWithItsAgency() {
    // when the unit line of a position in Cimahi's BKPSDM is written
    String line = UnitKerjaSk.of(aPositionIn("cimahi-bkpsdm"), organisasi(BKPSDM));

    // then it names the agency after the unit
    assertThat(line).isEqualTo("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, Pemerintah Kota Cimahi");
  }

  @Test
  void aFieldIsNamedWithTheUnitsAboveItAndTheAgency() {
    // given a field (bidang) inside the BKPSDM
    UnitKerja bidang = new UnitKerja("cimahi-bkpsdm-mutasi", "cimahi", "Bidang Mutasi dan Promosi", "cimahi-bkpsdm");

    // when its unit line is written
    String line = UnitKerjaSk.of(aPositionIn("cimahi-bkpsdm-mutasi"), organisasi(BKPSDM, bidang));

    // then it reads from the field up to the agency
    assertThat(line).isEqualTo(
        "Bidang Mutasi dan Promosi, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, Pemerintah Kota Cimahi");
  }

  @Test
  void anUnknownUnitStillNamesTheAgencyOfThePosition() {
    assertThat(UnitKerjaSk.of(aPositionIn("cimahi-hilang"), organisasi()))
        .isEqualTo("cimahi-hilang, Pemerintah Kota Cimahi");
  }
}
