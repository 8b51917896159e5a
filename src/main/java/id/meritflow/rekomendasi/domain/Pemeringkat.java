package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks employees for a position: eligibility by the merit rules first, then the score. Ties share
 * a rank and are listed in an order drawn from a hash of the NIP, not the NIP itself, because the
 * NIP begins with the birth date: sorting by it would rank by age.
 */
public final class Pemeringkat {

  private final Kelayakan kelayakan;
  private final Penilai penilai;

  public Pemeringkat(Kelayakan kelayakan, Penilai penilai) {
    this.kelayakan = kelayakan;
    this.penilai = penilai;
  }

  public HasilPeringkat peringkat(KonteksJabatan k, List<PegawaiProfil> calon, int limit) {
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
    layak.sort(Comparator.comparing(Penilaian::skor).reversed().thenComparingInt(x -> acak(x.nip())));
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

  /** A stable order for ties that does not follow birth date (murmur3 finaliser of the NIP's hash). */
  static int acak(String nip) {
    int h = nip.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
