package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A ranking fed one candidate at a time (a national registry is streamed, never held in memory):
 * each candidate is judged when it arrives, and only the best {@code limit} eligible ones are kept
 * in a bounded heap. The order is the one a stable sort of every eligible candidate by score
 * (descending), then the NIP's hash, would give: the arrival number breaks the remaining ties.
 */
public final class PeringkatBerjalan implements Consumer<PegawaiProfil> {

  private record Calon(Penilaian penilaian, int acak, long urutan) {}

  private static final Comparator<Calon> URUTAN = Comparator.comparing((Calon c) -> c.penilaian().skor()).reversed()
      .thenComparingInt(Calon::acak).thenComparingLong(Calon::urutan);

  private final KonteksJabatan k;
  private final Kelayakan kelayakan;
  private final Penilai penilai;
  private final int limit;
  private final Set<String> pemegang;
  /** The worst kept candidate on top, so that a better newcomer replaces it. */
  private final PriorityQueue<Calon> terbaik = new PriorityQueue<>(URUTAN.reversed());
  private final List<HasilPeringkat.TidakMemenuhi> tidak = new ArrayList<>();
  private int dinilai;
  private long urutan;

  PeringkatBerjalan(KonteksJabatan k, Kelayakan kelayakan, Penilai penilai, int limit) {
    this.k = k;
    this.kelayakan = kelayakan;
    this.penilai = penilai;
    this.limit = limit;
    this.pemegang = k.pemegang().stream().map(Pegawai::nip).collect(Collectors.toSet());
  }

  @Override
  public void accept(PegawaiProfil p) {
    if (pemegang.contains(p.pegawai().nip())) {
      return;
    }
    dinilai++;
    ProfilKandidat profil = PemetaanProfil.dari(p, k.tujuan(), Kelayakan.jabatanRiwayat(p, k.jabatan()), k.pada());
    List<Alasan> alasan = kelayakan.alasanTidakMemenuhi(p, k, profil.memenuhiBatasUsia());
    if (!alasan.isEmpty()) {
      tidak.add(new HasilPeringkat.TidakMemenuhi(p.pegawai().nip(), alasan));
      return;
    }
    Penilaian n = penilai.nilai(profil, k.tujuan());
    Calon c = new Calon(n, Pemeringkat.acak(n.nip()), urutan++);
    if (terbaik.size() < limit) {
      terbaik.add(c);
    } else if (limit > 0 && URUTAN.compare(c, terbaik.peek()) < 0) {
      terbaik.poll();
      terbaik.add(c);
    }
  }

  /** The result: the kept candidates best first (ties share a rank) and every ineligible one in arrival order. */
  public HasilPeringkat hasil() {
    List<Calon> urut = new ArrayList<>(terbaik);
    urut.sort(URUTAN);
    List<HasilPeringkat.Kandidat> kandidat = new ArrayList<>(urut.size());
    int peringkat = 0;
    for (int i = 0; i < urut.size(); i++) {
      if (i == 0 || urut.get(i).penilaian().skor().compareTo(urut.get(i - 1).penilaian().skor()) != 0) {
        peringkat = i + 1;
      }
      kandidat.add(new HasilPeringkat.Kandidat(peringkat, urut.get(i).penilaian()));
    }
    return new HasilPeringkat(k.tujuan().id(), dinilai, kandidat, tidak);
  }
}
