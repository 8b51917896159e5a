package id.meritflow.kalender;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off from the decree.
 *
 * @param terkonfirmasi false while a lunar-calendar date still waits for the sidang isbat; the day
 *     counts as a holiday either way, the flag only tells an admin what to re-check
 */
public record HariLibur(LocalDate tanggal, String nama, JenisLibur jenis, boolean terkonfirmasi) {

  public HariLibur {
    Objects.requireNonNull(tanggal, "tanggal");
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(jenis, "jenis");
  }
}
