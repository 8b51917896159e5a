package id.meritflow.rekomendasi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed ranking (a bounded heap of the best {@code limit}) gives exactly what ranking the
 * whole list did before it: every eligible candidate judged, sorted stably by score then the NIP's
 * hash, the first {@code limit} kept, and every ineligible one listed in arrival order.
 */
class PeringkatBerjalanTest {

  private static final int N = 2_000;
  private final Kelayakan kelayakan = new Kelayakan(
      id.meritflow.mutasi.DaftarAturanMutasi.standar(id.meritflow.mutasi.KebijakanMutasi.DEFAULT), Kelayakan.KODE_STANDAR);
  private final Penilai penilai = new Penilai(BobotRekomendasi.DEFAULT);
  private final Pemeringkat pemeringkat = new Pemeringkat(kelayakan, penilai);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 50, 333, N})
  void keepsTheBestLimitInTheOrderOfAFullStableSort(int limit) {
    for (long seed : new long[] {1, 42, 20260701}) {
      KonteksJabatan k = CalonAcak.konteks();
      List<PegawaiProfil> calon = new CalonAcak(seed).banyak(N);

      HasilPeringkat hasil = pemeringkat.peringkat(k, calon, limit);

      assertThat(hasil).isEqualTo(seluruhnyaDiurutkan(k, calon, limit));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 99})
  void sharesRanksOnTiesAcrossTheCut(long seed) {
    KonteksJabatan k = CalonAcak.konteks();
    // Every candidate twice: each score is tied at least once, so ties straddle any cut.
    List<PegawaiProfil> calon = new ArrayList<>(new CalonAcak(seed).banyak(300));
    calon.addAll(new CalonAcak(seed).banyak(300));

    for (int limit : new int[] {1, 2, 3, 10, 101, 600}) {
      assertThat(pemeringkat.peringkat(k, calon, limit)).isEqualTo(seluruhnyaDiurutkan(k, calon, limit));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 8})
  void fedOneAtATimeEqualsTheList(long seed) {
    KonteksJabatan k = CalonAcak.konteks();
    List<PegawaiProfil> calon = new CalonAcak(seed).banyak(N);
    PeringkatBerjalan berjalan = pemeringkat.mulai(k, 50);

    calon.forEach(berjalan::accept);

    assertThat(berjalan.hasil()).isEqualTo(pemeringkat.peringkat(k, calon, 50));
  }

  /** The ranking as it was before streaming: judge all, sort all (stable), take the first {@code limit}. */
  private HasilPeringkat seluruhnyaDiurutkan(KonteksJabatan k, List<PegawaiProfil> calon, int limit) {
    Set<String> pemegang = k.pemegang().stream().map(Pegawai::nip).collect(Collectors.toSet());
    List<Penilaian> layak = new ArrayList<>();
    List<HasilPeringkat.TidakMemenuhi> tidak = new ArrayList<>();
    int dinilai = 0;
    for (PegawaiProfil p : calon) {
      if (pemegang.contains(p.pegawai().nip())) {
        continue;
      }
      dinilai++;
      ProfilKandidat profil = PemetaanProfil.dari(p, k.tujuan(), Kelayakan.jabatanRiwayat(p, k.jabatan()), k.pada());
      List<Alasan> alasan = kelayakan.alasanTidakMemenuhi(p, k, profil.memenuhiBatasUsia());
      if (alasan.isEmpty()) {
        layak.add(penilai.nilai(profil, k.tujuan()));
      } else {
        tidak.add(new HasilPeringkat.TidakMemenuhi(p.pegawai().nip(), alasan));
      }
    }
    layak.sort(Comparator.comparing(Penilaian::skor).reversed().thenComparingInt(x -> Pemeringkat.acak(x.nip())));
    List<HasilPeringkat.Kandidat> kandidat = new ArrayList<>();
    int peringkat = 0;
    for (int i = 0; i < layak.size() && i < limit; i++) {
      if (i == 0 || layak.get(i).skor().compareTo(layak.get(i - 1).skor()) != 0) {
        peringkat = i + 1;
      }
      kandidat.add(new HasilPeringkat.Kandidat(peringkat, layak.get(i)));
    }
    return new HasilPeringkat(k.tujuan().id(), dinilai, kandidat, tidak);
  }
}
