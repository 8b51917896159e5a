package id.meritflow.rekomendasi.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fit of one candidate for one position: the score (exactly the sum of the factors' points),
 * the 9-box cell and each factor's contribution with its explanation.
 */
public record Penilaian(String nip, BigDecimal skor, KotakTalenta kotak, List<Kontribusi> kontribusi) {

  public Penilaian {
    kontribusi = List.copyOf(kontribusi);
  }

  /** A short explanation in Bahasa Indonesia, the template used when no narrative is configured. */
  public String ringkasan() {
    StringBuilder s = new StringBuilder("Skor kecocokan ").append(Angka.tampil(skor)).append(". ")
        .append(kotak.keterangan()).append(".");
    for (Kontribusi k : kontribusi) {
      s.append(' ').append(k.penjelasan());
    }
    return s.toString();
  }
}
