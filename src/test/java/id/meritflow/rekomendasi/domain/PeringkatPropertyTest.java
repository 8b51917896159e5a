package id.meritflow.rekomendasi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.PredikatKinerja;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style tests (jqwik is not available offline): each runs over 500 seeded random
 * employees, for several seeds.
 */
class PeringkatPropertyTest {

  private static final int N = 500;
  private final Pemeringkat pemeringkat = CalonAcak.pemeringkat();
  private final Kelayakan kelayakan = new Kelayakan(
      id.meritflow.mutasi.DaftarAturanMutasi.standar(id.meritflow.mutasi.KebijakanMutasi.DEFAULT), Kelayakan.KODE_STANDAR);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20260701})
  void neverRanksAnEmployeeWhoFailsAMeritRule(long seed) {
    KonteksJabatan k = CalonAcak.konteks();
    List<PegawaiProfil> calon = new CalonAcak(seed).banyak(N);

    HasilPeringkat hasil = pemeringkat.peringkat(k, calon, Integer.MAX_VALUE);

    Set<String> terperingkat = hasil.kandidat().stream().map(c -> c.penilaian().nip()).collect(Collectors.toSet());
    assertThat(hasil.tidakMemenuhi()).isNotEmpty();
    assertThat(terperingkat).isNotEmpty().hasSize(N - hasil.tidakMemenuhi().size());
    for (PegawaiProfil p : calon) {
      ProfilKandidat profil = PemetaanProfil.dari(p, k.tujuan(), Kelayakan.jabatanRiwayat(p, k.jabatan()), k.pada());
      boolean gagal = !kelayakan.alasanTidakMemenuhi(p, k, profil.memenuhiBatasUsia()).isEmpty();
      boolean kasusTerbuka = p.disiplin().stream().anyMatch(d -> d.menghambatPada(k.pada()));
      if (gagal || kasusTerbuka || p.pegawai().tugasBelajar()) {
        assertThat(terperingkat).doesNotContain(p.pegawai().nip());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 99})
  void aBetterPerformanceHistoryNeverLowersTheScore(long seed) {
    Penilai penilai = new Penilai(BobotRekomendasi.DEFAULT);
    KonteksJabatan k = CalonAcak.konteks();
    SplittableRandom random = new SplittableRandom(seed);
    for (PegawaiProfil p : new CalonAcak(seed).banyak(N)) {
      ProfilKandidat profil = PemetaanProfil.dari(p, k.tujuan(), Kelayakan.jabatanRiwayat(p, k.jabatan()), k.pada());
      BigDecimal sebelum = penilai.nilai(profil, k.tujuan()).skor();
      RiwayatKinerja r = profil.kinerja();
      int tahun = random.nextInt(3);
      RiwayatKinerja lebihBaik = switch (tahun) {
        case 0 -> new RiwayatKinerja(lebihBaik(r.tahunLalu()), r.duaTahunLalu(), r.tigaTahunLalu());
        case 1 -> new RiwayatKinerja(r.tahunLalu(), lebihBaik(r.duaTahunLalu()), r.tigaTahunLalu());
        default -> new RiwayatKinerja(r.tahunLalu(), r.duaTahunLalu(), lebihBaik(r.tigaTahunLalu()));
      };

      BigDecimal sesudah = penilai.nilai(profil.denganKinerja(lebihBaik), k.tujuan()).skor();

      assertThat(sesudah).isGreaterThanOrEqualTo(sebelum);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 11, 2024})
  void changingProtectedAttributesLeavesEveryScoreAndRankUnchanged(long seed) {
    KonteksJabatan k = CalonAcak.konteks();
    List<PegawaiProfil> calon = new CalonAcak(seed).banyak(N);
    List<PegawaiProfil> diubah = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed * 31);
    for (PegawaiProfil p : calon) {
      diubah.add(ubahAtributDilindungi(p, k, random));
    }

    HasilPeringkat asli = pemeringkat.peringkat(k, calon, Integer.MAX_VALUE);
    HasilPeringkat lain = pemeringkat.peringkat(k, diubah, Integer.MAX_VALUE);

    assertThat(lain).isEqualTo(asli);
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6})
  void contributionsAddUpToTheScore(long seed) {
    for (HasilPeringkat.Kandidat c : pemeringkat.peringkat(CalonAcak.konteks(), new CalonAcak(seed).banyak(N), N).kandidat()) {
      BigDecimal jumlah = c.penilaian().kontribusi().stream().map(Kontribusi::poin).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(jumlah).isEqualByComparingTo(c.penilaian().skor());
      assertThat(c.penilaian().kontribusi()).hasSize(Faktor.values().length)
          .allSatisfy(x -> assertThat(x.penjelasan()).contains("poin"));
    }
  }

  /**
   * Another name, the other sex, another birth date (and religion, ethnicity, marital status would
   * go here too, but the registry does not record them). The birth date stays on the same side of
   * the position's legal age limit, the one use of age the law allows.
   */
  private static PegawaiProfil ubahAtributDilindungi(PegawaiProfil profil, KonteksJabatan k, SplittableRandom random) {
    Pegawai p = profil.pegawai();
    LocalDate lahir = p.tanggalLahir();
    boolean dalamBatas = PemetaanProfil.memenuhiBatasUsia(lahir, k.tujuan(), k.pada());
    LocalDate lain;
    do {
      lain = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
    } while (PemetaanProfil.memenuhiBatasUsia(lain, k.tujuan(), k.pada()) != dalamBatas
        || Period.between(lain, k.pada()).getYears() < 18);
    Pegawai q = new Pegawai(p.nip(), "Nama Lain " + random.nextInt(), p.jenisKelamin() == JenisKelamin.L ? JenisKelamin.P : JenisKelamin.L,
        lain, p.tmtCpns(), p.instansiId(), p.unitKerjaId(), p.jabatanId(), p.tmtJabatan(), p.golongan(), p.tmtGolongan(),
        p.pendidikan(), p.bidangPendidikan(), p.tugasBelajar(), p.ikatanDinasSampai(), p.lulusUjianDinas1(),
        p.lulusUjianDinas2(), p.versi());
    return new PegawaiProfil(q, profil.kinerja(), profil.disiplin(), profil.riwayatPangkat(), profil.riwayatJabatan());
  }

  private static Optional<PredikatKinerja> lebihBaik(Optional<PredikatKinerja> p) {
    // Worse-to-better one step; a missing year becomes Baik (better than the "no evidence" value).
    return Optional.of(p.map(x -> x.ordinal() == 0 ? x : PredikatKinerja.values()[x.ordinal() - 1]).orElse(PredikatKinerja.BAIK));
  }
}
