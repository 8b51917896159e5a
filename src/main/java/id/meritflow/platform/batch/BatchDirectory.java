package id.meritflow.platform.batch;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Read port for a batch's cases: when was the batch submitted. A case started from a batch is
 * judged as of its submission (e.g. whether a period was open), not as of the moment the job got
 * to its row.
 */
@Component
public class BatchDirectory {

  private final BatchRepository repository;

  BatchDirectory(BatchRepository repository) {
    this.repository = repository;
  }

  public Optional<LocalDateTime> diajukanPada(String batchId) {
    return batchId == null ? Optional.empty() : repository.find(batchId).map(BatchRecord::dibuat);
  }
}
