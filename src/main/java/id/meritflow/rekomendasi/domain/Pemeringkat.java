package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.PegawaiProfil;
import java.util.List;

/**
 * Ranks employees for a position: eligibility by the merit rules first, then the score (see
 * {@link PeringkatBerjalan} for the streamed form the registry read uses). Ties share
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
    PeringkatBerjalan peringkat = mulai(k, limit);
    calon.forEach(peringkat);
    return peringkat.hasil();
  }

  /** A ranking to feed one candidate at a time (a streamed registry); {@link PeringkatBerjalan#hasil} ends it. */
  public PeringkatBerjalan mulai(KonteksJabatan k, int limit) {
    return new PeringkatBerjalan(k, kelayakan, penilai, limit);
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
