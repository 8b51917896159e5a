package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/**
 * State of a disciplinary case: open, decided (with a penalty), suspended by an administrative
 * objection (keberatan or banding, the decision waits for its outcome) or stopped.
 */
public enum StatusKasus {
  TERBUKA, DIPUTUS, DITANGGUHKAN, DIHENTIKAN;

  /** Open or suspended: the case is not settled yet, so it blocks career moves (MUT-/KP-DISIPLIN). */
  public boolean belumSelesai() {
    return this == TERBUKA || this == DITANGGUHKAN;
  }

  public static Optional<StatusKasus> parse(String kode) {
    return Arrays.stream(values()).filter(s -> s.name().equals(kode)).findFirst();
  }
}
