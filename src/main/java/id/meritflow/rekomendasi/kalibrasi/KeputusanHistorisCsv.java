package id.meritflow.rekomendasi.kalibrasi;

import id.meritflow.rekomendasi.domain.Faktor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Historical decisions as CSV, so that an agency can calibrate on its own past decisions: one row
 * per candidate, {@code kelompok} (the vacancy), the seven factor values as they were at the time
 * of the decision (decimal point), and {@code dipilih} (1 chosen, 0 not). The header is required.
 */
public final class KeputusanHistorisCsv {

  static final String HEADER = "kelompok," + Arrays.stream(Faktor.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
      .collect(Collectors.joining(",")) + ",dipilih";

  private KeputusanHistorisCsv() {}

  public static List<KeputusanHistoris> baca(Path berkas) throws IOException {
    List<String> baris = Files.readAllLines(berkas, StandardCharsets.UTF_8);
    if (baris.isEmpty() || !baris.get(0).trim().equalsIgnoreCase(HEADER)) {
      throw new IllegalArgumentException("Baris pertama harus: " + HEADER);
    }
    int n = Faktor.values().length;
    List<KeputusanHistoris> hasil = new ArrayList<>(baris.size());
    for (int i = 1; i < baris.size(); i++) {
      String b = baris.get(i).trim();
      if (b.isEmpty()) {
        continue;
      }
      String[] kolom = b.split(",");
      if (kolom.length != n + 2) {
        throw new IllegalArgumentException("Baris " + (i + 1) + ": harus " + (n + 2) + " kolom");
      }
      double[] fitur = new double[n];
      for (int j = 0; j < n; j++) {
        fitur[j] = Double.parseDouble(kolom[j + 1]);
      }
      hasil.add(new KeputusanHistoris(Integer.parseInt(kolom[0]), fitur, "1".equals(kolom[n + 1].trim())));
    }
    return hasil;
  }

  public static void tulis(List<KeputusanHistoris> data, Path berkas) throws IOException {
    List<String> baris = new ArrayList<>(data.size() + 1);
    baris.add(HEADER);
    for (KeputusanHistoris d : data) {
      baris.add(d.kelompok() + "," + Arrays.stream(d.fitur()).mapToObj(x -> String.format(Locale.ROOT, "%.6f", x))
          .collect(Collectors.joining(",")) + "," + (d.dipilih() ? 1 : 0));
    }
    Files.write(berkas, baris, StandardCharsets.UTF_8);
  }
}
