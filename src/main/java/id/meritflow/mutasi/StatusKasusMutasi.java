package id.meritflow.mutasi;

import java.util.Arrays;
import java.util.Optional;

/** Where a mutasi case stands in the engine, as lists show and filter it. */
enum StatusKasusMutasi {
  /** Still running (possibly waiting for a person, a job or the TMT). */
  BERJALAN,
  /** Reached one of its end events; which one is the row's {@code langkah}. */
  SELESAI,
  /** Stopped from outside the process (deleted in Cockpit or through the engine API). */
  DIBATALKAN;

  static Optional<StatusKasusMutasi> parse(String s) {
    return Arrays.stream(values()).filter(v -> v.name().equals(s)).findFirst();
  }
}
