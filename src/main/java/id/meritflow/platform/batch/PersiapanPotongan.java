package id.meritflow.platform.batch;

import java.util.Optional;

/**
 * What a batch kind prepared for one chunk of rows ({@link JenisBatch#siapkanPotongan}), in the
 * chunk's transaction, before any of the chunk's cases starts; closed when the chunk's starts are
 * done.
 *
 * @param <R> the row type
 */
public interface PersiapanPotongan<R> extends AutoCloseable {

  /**
   * The activity the row's case starts before, skipping what the model puts ahead of it (e.g. an
   * asynchronous continuation the chunk has made unnecessary). Empty: the case starts at the
   * model's start event, as a case started by hand.
   */
  default Optional<String> mulaiSebelum(R row) {
    return Optional.empty();
  }

  @Override
  default void close() {}

  /** Nothing prepared: every case starts at its start event. */
  static <R> PersiapanPotongan<R> tidakAda() {
    return new PersiapanPotongan<>() {};
  }
}
