package id.meritflow.platform.batch;

import java.util.List;

/** Answer to a submission: the batch, its counts and every refused row. */
public record BatchReceipt(String id, String jenis, BatchStatus status, BatchCounts jumlah, List<RowRefusal> penolakan) {

  public BatchReceipt {
    penolakan = List.copyOf(penolakan);
  }
}
