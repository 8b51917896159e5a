package id.meritflow.rekomendasi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same properties on the demo registry generator's realistic data (2,000 employees, four agencies). */
class RegistriDemoPeringkatTest {

  private static final RegistriDemo DEMO = RegistriDemo.hasilkan(20250701L, 2_000, LocalDate.of(2026, 7, 1));
  private final Pemeringkat pemeringkat = CalonAcak.pemeringkat();

  @Test
  void ranksSomeAndExcludesSomeOnARealisticRegistry() {
    HasilPeringkat hasil = pemeringkat.peringkat(DEMO.konteksPengawas(), DEMO.pegawai(), Integer.MAX_VALUE);

    assertThat(hasil.kandidat()).isNotEmpty();
    assertThat(hasil.tidakMemenuhi()).isNotEmpty();
    for (HasilPeringkat.Kandidat k : hasil.kandidat()) {
      assertThat(k.penilaian().kontribusi().stream().map(Kontribusi::poin).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(k.penilaian().skor());
    }
  }

  @Test
  void nameSexAndBirthDateWithinTheAgeLimitChangeNothing() {
    KonteksJabatan k = DEMO.konteksPengawas();
    List<PegawaiProfil> diubah = DEMO.pegawai().stream().map(p -> ubah(p, k)).toList();

    assertThat(pemeringkat.peringkat(k, diubah, Integer.MAX_VALUE)).isEqualTo(pemeringkat.peringkat(k, DEMO.pegawai(), Integer.MAX_VALUE));
  }

  /** Other sex and name; birth date moved by a year while on the same side of the position's legal limit. */
  private static PegawaiProfil ubah(PegawaiProfil profil, KonteksJabatan k) {
    Pegawai p = profil.pegawai();
    boolean dalam = PemetaanProfil.memenuhiBatasUsia(p.tanggalLahir(), k.tujuan(), k.pada());
    LocalDate lahir = p.tanggalLahir().minusYears(1);
    if (PemetaanProfil.memenuhiBatasUsia(lahir, k.tujuan(), k.pada()) != dalam) {
      lahir = p.tanggalLahir().plusYears(1);
    }
    Pegawai q = new Pegawai(p.nip(), "Nama Samaran", p.jenisKelamin() == JenisKelamin.L ? JenisKelamin.P : JenisKelamin.L, lahir,
        p.tmtCpns(), p.instansiId(), p.unitKerjaId(), p.jabatanId(), p.tmtJabatan(), p.golongan(), p.tmtGolongan(), p.pendidikan(),
        p.bidangPendidikan(), p.tugasBelajar(), p.ikatanDinasSampai(), p.lulusUjianDinas1(), p.lulusUjianDinas2(), p.versi());
    return new PegawaiProfil(q, profil.kinerja(), profil.disiplin(), profil.riwayatPangkat(), profil.riwayatJabatan());
  }
}
