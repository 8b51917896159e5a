package id.meritflow.platform.web;

import java.util.List;

/** A request that fails validation; answered with 400 and every violation, nothing written. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidRequestException(List<FieldViolation> violations) {
    super("permintaan tidak valid: " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
