package id.meritflow.platform.batch;

import id.meritflow.platform.web.FieldViolation;
import java.util.List;

/** A row as checked at intake: valid rows wait for their case, invalid rows keep their reasons. */
record StoredRow(int nomor, RowStatus status, String instansiId, String data, List<FieldViolation> violations,
    String kunciUnik) {

  StoredRow {
    violations = List.copyOf(violations);
  }

  StoredRow(int nomor, RowStatus status, String instansiId, String data, List<FieldViolation> violations) {
    this(nomor, status, instansiId, data, violations, null);
  }

  /** The same row refused for a reason found by comparing it with other rows. */
  StoredRow refused(FieldViolation violation) {
    return new StoredRow(nomor, RowStatus.INVALID, instansiId, data, List.of(violation), null);
  }
}
