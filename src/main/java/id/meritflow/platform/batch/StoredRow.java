package id.meritflow.platform.batch;

import id.meritflow.platform.web.FieldViolation;
import java.util.List;

/** A row as checked at intake: valid rows wait for their case, invalid rows keep their reasons. */
record StoredRow(int nomor, RowStatus status, String instansiId, String data, List<FieldViolation> violations) {

  StoredRow {
    violations = List.copyOf(violations);
  }
}
