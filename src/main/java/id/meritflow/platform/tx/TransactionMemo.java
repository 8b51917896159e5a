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
 * hidden from the next one. The reads are held by a synchronization of the transaction itself, so a
 * transaction started inside another (REQUIRES_NEW) reads for itself and the outer one's are kept
 * for it. A writer calls {@link #forget} so that its transaction reads its own change.
 */
public final class TransactionMemo<K, V> {

  public V get(K key, Function<K, V> read) {
    if (!inTransaction()) {
      return read.apply(key);
    }
    Map<K, V> memo = reads(true).values;
    if (memo.containsKey(key)) {
      return memo.get(key);
    }
    V value = read.apply(key);
    memo.put(key, value);
    return value;
  }

  /** Drops what the current transaction has read through this memo (after a write through the same repository). */
  public void forget() {
    if (inTransaction()) {
      Reads<K, V> reads = reads(false);
      if (reads != null) {
        reads.values.clear();
      }
    }
  }

  private static boolean inTransaction() {
    return TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive();
  }

  @SuppressWarnings("unchecked")
  private Reads<K, V> reads(boolean create) {
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof Reads<?, ?> r && r.memo == this) {
        return (Reads<K, V>) r;
      }
    }
    if (!create) {
      return null;
    }
    Reads<K, V> reads = new Reads<>(this);
    TransactionSynchronizationManager.registerSynchronization(reads);
    return reads;
  }

  /** This memo's reads in one transaction; dropped with the transaction's synchronizations. */
  private static final class Reads<K, V> implements TransactionSynchronization {
    private final TransactionMemo<K, V> memo;
    private final Map<K, V> values = new HashMap<>();

    Reads(TransactionMemo<K, V> memo) {
      this.memo = memo;
    }
  }
}
