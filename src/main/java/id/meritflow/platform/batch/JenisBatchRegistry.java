package id.meritflow.platform.batch;

import id.meritflow.platform.web.NotFoundException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link JenisBatch} bean, by code. Two beans with one code fail the application's start. */
@Component
class JenisBatchRegistry {

  private final Map<String, JenisBatch<?>> byKode;

  JenisBatchRegistry(ObjectProvider<JenisBatch<?>> kinds) {
    // An application without any batch feature yet simply has no kinds.
    this.byKode = kinds.orderedStream().collect(Collectors.toUnmodifiableMap(JenisBatch::kode, Function.identity()));
  }

  JenisBatch<?> get(String kode) {
    JenisBatch<?> kind = byKode.get(kode);
    if (kind == null) {
      throw new NotFoundException("JENIS_BATCH_TIDAK_DIKENAL", "Jenis batch '" + kode + "' tidak dikenal.");
    }
    return kind;
  }
}
