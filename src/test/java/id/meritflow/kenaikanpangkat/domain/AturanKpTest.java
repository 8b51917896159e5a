package id.meritflow.kenaikanpangkat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every KP-* rule on hand-built facts: the passing case, each way to fail, and the flags. */
class AturanKpTest {

  private static final LocalDate DIAJUKAN = LocalDate.of(2026, 11, 23);
  private static final PeriodeKp JANUARI = new PeriodeKp(YearMonth.of(2027, 1));
  private static final KalenderPeriodeKp KALENDER = new KalenderPeriodeKp(3, 10);
  private static final SyaratJenisKp REGULER = new SyaratJenisKp(4, 2, PredikatKinerja.BAIK, Optional.empty(), false, true, Optional.empty());
  private static final SyaratJenisKp PILIHAN_STRUKTURAL = new SyaratJenisKp(2, 2, PredikatKinerja.BAIK,
      Optional.of(SyaratJenisKp.STRUKTURAL), true, false, Optional.empty());
  private static final SyaratJenisKp PRESTASI = new SyaratJenisKp(1, 1, PredikatKinerja.SANGAT_BAIK, Optional.empty(), false,
      true, Optional.of(SyaratJenisKp.PRESTASI));
  private static final SyaratJenisKp IJAZAH = new SyaratJenisKp(1, 2, PredikatKinerja.BAIK, Optional.empty(), false,
      true, Optional.of(SyaratJenisKp.IJAZAH));

  /** A III/b S1 holder since 2021, Baik in 2024 and 2025, no cases, pelaksana. */
  private final class Fakta {
    Golongan golongan = Golongan.III_B;
    LocalDate tmtGolongan = LocalDate.of(2021, 4, 1);
    Pendidikan pendidikan = Pendidikan.S1;
    LocalDate ujian1;
    LocalDate ujian2;
    List<Kinerja> kinerja = new ArrayList<>(List.of(new Kinerja(2025, PredikatKinerja.BAIK), new Kinerja(2024, PredikatKinerja.BAIK)));
    List<KasusDisiplin> disiplin = new ArrayList<>();
    Optional<Jabatan> jabatan = Optional.of(jabatan(JenisJabatan.PELAKSANA, null, null, Golongan.III_D));
    JenisKenaikanPangkat jenis = JenisKenaikanPangkat.REGULER;
    SyaratJenisKp syarat = REGULER;
    PeriodeKp periode = JANUARI;
    LocalDate diajukan = DIAJUKAN;
    RuteKp rute = RuteKp.DELEGASI;
    Optional<Golongan> tujuan;

    FaktaKp build() {
      Pegawai p = new Pegawai("198501012010011001", "Uji", JenisKelamin.L, LocalDate.of(1985, 1, 1), LocalDate.of(2010, 1, 1),
          "kota-a", "kota-a-unit", jabatan.map(Jabatan::id).orElse(null), null, golongan, tmtGolongan, pendidikan, null,
          false, null, ujian1, ujian2, 0);
      Golongan batas = switch (pendidikan) {
        case SD -> Golongan.II_A;
        case SLTP -> Golongan.II_C;
        case SLTA, D1, D2 -> Golongan.III_B;
        case D3 -> Golongan.III_C;
        case S1, D4 -> Golongan.III_D;
        case S2 -> Golongan.IV_A;
        case S3 -> Golongan.IV_B;
      };
      return new FaktaKp(new PegawaiProfil(p, kinerja, disiplin, List.of(), List.of()), jabatan, jenis, periode,
          tujuan != null ? tujuan : golongan.next(), diajukan, KALENDER, syarat, batas, rute);
    }
  }

  private static Jabatan jabatan(JenisJabatan jenis, Eselon eselon, String jenjang, Golongan max) {
    return new Jabatan("j1", "kota-a", "kota-a-unit", "Jabatan Uji", jenis, eselon, jenjang, Golongan.II_A, max,
        Pendidikan.SLTA, null, 1, 1, 0);
  }

  private static HasilAturanKp hasil(AturanKp aturan, Fakta f) {
    return aturan.periksa(f.build());
  }

  @Test
  void aCleanRegulerProposalPassesEveryRule() {
    List<HasilAturanKp> all = DaftarAturanKp.periksa(new Fakta().build());
    assertThat(all).extracting(HasilAturanKp::kode).containsExactly("KP-PERIODE", "KP-MASA-PANGKAT", "KP-KINERJA",
        "KP-BATAS-PENDIDIKAN", "KP-UJIAN-DINAS", "KP-PUNCAK", "KP-DISIPLIN", "KP-KEPPRES");
    assertThat(all).allSatisfy(h -> assertThat(h.status()).as(h.pesan()).isEqualTo(StatusAturanKp.LULUS));
    assertThat(DaftarAturanKp.kesimpulan(all)).isEqualTo(StatusAturanKp.LULUS);
  }

  @Test
  void everyRuleIsListedInDocsAturanWithTheRegulationInForce() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/aturan.md"));

    assertThat(DaftarAturanKp.SEMUA).allSatisfy(a -> assertThat(docs).contains("| " + a.kode() + " |"));
    assertThat(new PeriodeRule().dasarHukum()).contains("Peraturan BKN 4/2025").contains("tanggal 1 setiap bulan");
    assertThat(new BatasPendidikanRule().dasarHukum()).contains("Peraturan BKN 2/2025").contains("pangkat atasan langsung");
    assertThat(new DisiplinRule().dasarHukum()).startsWith("PP 94/2021").contains("dicabut");
  }

  @Test
  void masaPangkatCountsWholeYearsToTheTmtByType() {
    Fakta f = new Fakta();
    f.tmtGolongan = LocalDate.of(2023, 1, 2); // 3 years 11 months on 1 January 2027
    HasilAturanKp h = hasil(new MasaPangkatRule(), f);
    assertThat(h.status()).isEqualTo(StatusAturanKp.GAGAL);
    assertThat(h.fakta()).containsEntry("masaDalamPangkat", "3 tahun 11 bulan").containsEntry("minimalTahun", "4");
    assertThat(h.pesan()).contains("sekurang-kurangnya 4 tahun");
    f.tmtGolongan = LocalDate.of(2023, 1, 1);
    assertThat(hasil(new MasaPangkatRule(), f).status()).isEqualTo(StatusAturanKp.LULUS);
    f.tmtGolongan = LocalDate.of(2025, 1, 1);
    f.syarat = PILIHAN_STRUKTURAL;
    assertThat(hasil(new MasaPangkatRule(), f).status()).isEqualTo(StatusAturanKp.LULUS);
  }

  @Test
  void kinerjaNeedsEachOfTheLastFullYearsAndPrestasiIsVerifiedByHand() {
    Fakta f = new Fakta();
    f.kinerja.set(1, new Kinerja(2024, PredikatKinerja.BUTUH_PERBAIKAN));
    HasilAturanKp h = hasil(new KinerjaRule(), f);
    assertThat(h.status()).isEqualTo(StatusAturanKp.GAGAL);
    assertThat(h.pesan()).contains("2024 Butuh Perbaikan");
    f.kinerja.remove(0);
    assertThat(hasil(new KinerjaRule(), f).pesan()).contains("2025 belum tercatat");

    Fakta prestasi = new Fakta();
    prestasi.syarat = PRESTASI;
    assertThat(hasil(new KinerjaRule(), prestasi).status()).isEqualTo(StatusAturanKp.GAGAL); // Baik is not Sangat Baik
    prestasi.kinerja.set(0, new Kinerja(2025, PredikatKinerja.SANGAT_BAIK));
    assertThat(hasil(new KinerjaRule(), prestasi).status()).isEqualTo(StatusAturanKp.PERLU_VERIFIKASI);
  }

  @Test
  void batasPendidikanCapsTheTargetAndADiplomaAdjustmentIsVerified() {
    Fakta f = new Fakta();
    f.pendidikan = Pendidikan.SLTA; // ceiling III/b, target III/c
    HasilAturanKp h = hasil(new BatasPendidikanRule(), f);
    assertThat(h.status()).isEqualTo(StatusAturanKp.GAGAL);
    assertThat(h.fakta()).containsEntry("batasGolongan", "III/b").containsEntry("golonganTujuan", "III/c");
    Fakta ijazah = new Fakta();
    ijazah.syarat = IJAZAH;
    assertThat(hasil(new BatasPendidikanRule(), ijazah).status()).isEqualTo(StatusAturanKp.PERLU_VERIFIKASI);
    f.syarat = PILIHAN_STRUKTURAL; // bounded by the position's range instead
    assertThat(hasil(new BatasPendidikanRule(), f).status()).isEqualTo(StatusAturanKp.LULUS);
  }

  @Test
  void ujianDinasAtTheTwoThresholds() {
    Fakta f = new Fakta();
    f.golongan = Golongan.II_D;
    f.pendidikan = Pendidikan.SLTA;
    assertThat(hasil(new UjianDinasRule(), f).status()).isEqualTo(StatusAturanKp.GAGAL);
    f.ujian1 = LocalDate.of(2020, 5, 1);
    assertThat(hasil(new UjianDinasRule(), f).status()).isEqualTo(StatusAturanKp.LULUS);
    f.ujian1 = null;
    f.pendidikan = Pendidikan.S1;
    assertThat(hasil(new UjianDinasRule(), f).status()).isEqualTo(StatusAturanKp.PERLU_VERIFIKASI);

    Fakta g = new Fakta();
    g.golongan = Golongan.III_D;
    assertThat(hasil(new UjianDinasRule(), g).status()).isEqualTo(StatusAturanKp.GAGAL); // S1 is not S2
    g.pendidikan = Pendidikan.S2;
    assertThat(hasil(new UjianDinasRule(), g).status()).isEqualTo(StatusAturanKp.PERLU_VERIFIKASI);
    g.ujian2 = LocalDate.of(2022, 1, 1);
    assertThat(hasil(new UjianDinasRule(), g).status()).isEqualTo(StatusAturanKp.LULUS);
    g.ujian2 = LocalDate.of(2027, 1, 1); // passed only after the submission
    assertThat(hasil(new UjianDinasRule(), g).status()).isEqualTo(StatusAturanKp.PERLU_VERIFIKASI);
  }

  @Test
  void puncakRefusesIvEAndPilihanOutsideItsPositionOrRange() {
    Fakta top = new Fakta();
    top.golongan = Golongan.IV_E;
    assertThat(hasil(new PuncakRule(), top).pesan()).contains("pangkat tertinggi");
    assertThat(hasil(new PuncakRule(), top).status()).isEqualTo(StatusAturanKp.GAGAL);

    Fakta pilihan = new Fakta();
    pilihan.syarat = PILIHAN_STRUKTURAL;
    assertThat(hasil(new PuncakRule(), pilihan).status()).isEqualTo(StatusAturanKp.GAGAL); // a pelaksana
    pilihan.jabatan = Optional.of(jabatan(JenisJabatan.PENGAWAS, Eselon.IV_B, null, Golongan.III_C));
    assertThat(hasil(new PuncakRule(), pilihan).status()).isEqualTo(StatusAturanKp.LULUS); // III/b → III/c, top III/c
    pilihan.golongan = Golongan.III_C;
    assertThat(hasil(new PuncakRule(), pilihan).pesan()).contains("melampaui pangkat tertinggi III/c");
  }

  @Test
  void pelaksanaAboveThePostsTopRankIsBoundedByEducationNotByThePost() {
    // given (issue #19) a pelaksana at III/d in a post whose top rank is III/c, proposed for reguler KP to IV/a
    Fakta f = new Fakta();
    f.golongan = Golongan.III_D;
    f.jabatan = Optional.of(jabatan(JenisJabatan.PELAKSANA, null, null, Golongan.III_C));
    f.ujian2 = LocalDate.of(2020, 5, 1);

    // then KP-PUNCAK passes, saying why (reguler: up to the education ceiling, Peraturan BKN 2/2025) ...
    HasilAturanKp puncak = hasil(new PuncakRule(), f);
    assertThat(puncak.status()).isEqualTo(StatusAturanKp.LULUS);
    assertThat(puncak.fakta()).containsEntry("melampauiPangkatTertinggiJabatan", "true")
        .containsEntry("dibatasiRentangJabatan", "false");
    assertThat(puncak.pesan()).contains("melampaui pangkat tertinggi III/c").contains("tidak dibatasi pangkat tertinggi jabatan")
        .contains("Peraturan BKN 2/2025");

    // ... and the education ceiling decides: S1 stops at III/d, S2 reaches IV/a
    HasilAturanKp s1 = hasil(new BatasPendidikanRule(), f);
    assertThat(s1.status()).isEqualTo(StatusAturanKp.GAGAL);
    assertThat(s1.pesan()).contains("melampaui batas III/d");
    assertThat(DaftarAturanKp.kesimpulan(DaftarAturanKp.periksa(f.build()))).isEqualTo(StatusAturanKp.GAGAL);
    f.pendidikan = Pendidikan.S2;
    assertThat(DaftarAturanKp.periksa(f.build())).allSatisfy(h -> assertThat(h.status()).as(h.kode() + ": " + h.pesan())
        .isEqualTo(StatusAturanKp.LULUS));

    // and a pilihan struktural for the same pelaksana is refused by KP-PUNCAK (no structural post)
    f.syarat = PILIHAN_STRUKTURAL;
    assertThat(hasil(new PuncakRule(), f).status()).isEqualTo(StatusAturanKp.GAGAL);
  }

  @Test
  void disiplinPostponesWhileACaseIsOpenOrAPenaltyRunsOnTheTmt() {
    Fakta f = new Fakta();
    f.disiplin.add(new KasusDisiplin("K-1", "Tidak masuk kerja", LocalDate.of(2026, 10, 1), StatusKasus.TERBUKA, null, null,
        null, null));
    HasilAturanKp h = hasil(new DisiplinRule(), f);
    assertThat(h.status()).isEqualTo(StatusAturanKp.DITUNDA);
    assertThat(h.pesan()).contains("K-1");

    Fakta g = new Fakta();
    g.disiplin.add(new KasusDisiplin("K-2", "Tidak masuk kerja", LocalDate.of(2026, 1, 5), StatusKasus.DIPUTUS,
        TingkatHukuman.SEDANG, "POTONGAN_TUKIN_25_12", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1)));
    assertThat(hasil(new DisiplinRule(), g).pesan()).contains("sampai 2027-02-01").contains("periode setelah hukuman berakhir");
    g.periode = new PeriodeKp(YearMonth.of(2027, 2)); // the penalty has ended on that TMT
    assertThat(hasil(new DisiplinRule(), g).status()).isEqualTo(StatusAturanKp.LULUS);
  }

  @Test
  void periodeMustBeOpenOnTheSubmissionDay() {
    Fakta f = new Fakta();
    f.periode = new PeriodeKp(YearMonth.of(2026, 12)); // closed on 21 November
    assertThat(hasil(new PeriodeRule(), f).pesan()).contains("sudah ditutup pada 21 November 2026");
    f.periode = new PeriodeKp(YearMonth.of(2027, 3)); // opens 1 December
    assertThat(hasil(new PeriodeRule(), f).pesan()).contains("belum dibuka");
    assertThat(hasil(new PeriodeRule(), f).status()).isEqualTo(StatusAturanKp.GAGAL);
  }

  @Test
  void keppresSetsTheRouteWithoutRefusing() {
    Fakta f = new Fakta();
    f.rute = RuteKp.KEPPRES;
    HasilAturanKp h = hasil(new KeppresRule(), f);
    assertThat(h.status()).isEqualTo(StatusAturanKp.LULUS);
    assertThat(h.fakta()).containsEntry("rute", "KEPPRES");
    assertThat(h.pesan()).contains("Keputusan Presiden");
  }

  @Test
  void theConclusionIsTheMostSevereResult() {
    var lulus = new HasilAturanKp("A", StatusAturanKp.LULUS, java.util.Map.of(), "");
    var verif = new HasilAturanKp("B", StatusAturanKp.PERLU_VERIFIKASI, java.util.Map.of(), "");
    var tunda = new HasilAturanKp("C", StatusAturanKp.DITUNDA, java.util.Map.of(), "");
    var gagal = new HasilAturanKp("D", StatusAturanKp.GAGAL, java.util.Map.of(), "");
    assertThat(DaftarAturanKp.kesimpulan(List.of(lulus, verif))).isEqualTo(StatusAturanKp.PERLU_VERIFIKASI);
    assertThat(DaftarAturanKp.kesimpulan(List.of(verif, tunda))).isEqualTo(StatusAturanKp.DITUNDA);
    assertThat(DaftarAturanKp.kesimpulan(List.of(tunda, gagal, lulus))).isEqualTo(StatusAturanKp.GAGAL);
  }

  @Test
  void calendarHasTwelvePeriodsAndSeveralOpenAtOnce() {
    assertThat(KALENDER.tahun(2027)).hasSize(12).allSatisfy(p -> assertThat(p.tmt().getDayOfMonth()).isEqualTo(1));
    assertThat(KALENDER.terbuka(DIAJUKAN)).extracting(PeriodeKp::kode).containsExactly("2027-01", "2027-02");
    assertThat(KALENDER.batasPengajuan(JANUARI)).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(PeriodeKp.parse("2027-13")).isEmpty();
    assertThat(JANUARI.nama()).isEqualTo("Januari 2027");
  }
}
