package id.meritflow.platform.tx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads kept for the rest of the current database transaction: a second read of the same key in
 * the same transaction answers what the first one read, as if that row were read under repeatable
 * read. Outside a transaction every call reads. Meant for master data that one transaction reads
 * several times (an agency's row was read 11 times per straight-through transfer, twice in one job:
 * docs/perf/mutasi.md); nothing outlives the transaction, so no change made by anyone else is ever
 * hidden from the next one. A writer calls {@link #forget} so that its transaction reads its own change.
 */
public final class TransactionMemo<K, V> {

  /** The key this memo's map is bound under in the transaction's resources. */
  private final Object resource = new Object();

  public V get(K key, Function<K, V> read) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return read.apply(key);
    }
    Map<K, V> memo = memo();
    if (memo.containsKey(key)) {
      return memo.get(key);
    }
    V value = read.apply(key);
    memo.put(key, value);
    return value;
  }

  /** Drops what this transaction has read (after a write through the same repository). */
  public void forget() {
    if (TransactionSynchronizationManager.hasResource(resource)) {
      memo().clear();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> memo() {
    Map<K, V> memo = (Map<K, V>) TransactionSynchronizationManager.getResource(resource);
    if (memo == null) {
      memo = new HashMap<>();
      TransactionSynchronizationManager.bindResource(resource, memo);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(resource);
        }
      });
    }
    return memo;
  }
}
