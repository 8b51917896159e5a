package id.meritflow.kalender;

import java.util.List;

/**
 * The hari libur of one year, as read from one data file.
 *
 * @param dasar the decrees the dates come from
 * @param sumber where the list was read (a file or classpath location), for logs and messages
 */
public record DaftarHariLibur(int tahun, List<String> dasar, List<HariLibur> hariLibur, String sumber) {

  public DaftarHariLibur {
    dasar = List.copyOf(dasar);
    hariLibur = List.copyOf(hariLibur);
  }
}
