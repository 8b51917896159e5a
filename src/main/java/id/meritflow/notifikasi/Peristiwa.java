package id.meritflow.notifikasi;

import java.util.Map;
import java.util.Optional;

/**
 * Something that happened on a case that people must learn of: its kind, the case's agency (no
 * notification crosses it), the case and task, the deep link and the template's values.
 */
public record Peristiwa(JenisNotifikasi jenis, Optional<String> instansiId, Optional<String> kasusId,
    Optional<String> taskId, Optional<String> tautan, Map<String, String> nilai) {

  public Peristiwa {
    nilai = Map.copyOf(nilai);
  }
}
