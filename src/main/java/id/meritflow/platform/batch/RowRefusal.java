package id.meritflow.platform.batch;

import id.meritflow.platform.web.FieldViolation;
import java.util.List;

/** A refused row: its 1-based number as submitted and why (fields relative to the row). */
public record RowRefusal(int baris, List<FieldViolation> errors) {

  public RowRefusal {
    errors = List.copyOf(errors);
  }
}
