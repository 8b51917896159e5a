package id.meritflow.rekomendasi.domain;

import java.util.List;

/**
 * Candidates for a position, best first (ties share a rank), and apart from them the employees
 * found ineligible with their reasons. Ineligible employees are never in {@code kandidat}.
 *
 * @param jumlahDinilai employees considered (current holders of the position excluded)
 */
public record HasilPeringkat(String jabatanId, int jumlahDinilai, List<Kandidat> kandidat, List<TidakMemenuhi> tidakMemenuhi) {

  /** A ranked candidate. */
  public record Kandidat(int peringkat, Penilaian penilaian) {}

  /** An employee who fails a merit rule, with the reasons. */
  public record TidakMemenuhi(String nip, List<Alasan> alasan) {

    public TidakMemenuhi {
      alasan = List.copyOf(alasan);
    }
  }

  public HasilPeringkat {
    kandidat = List.copyOf(kandidat);
    tidakMemenuhi = List.copyOf(tidakMemenuhi);
  }
}
