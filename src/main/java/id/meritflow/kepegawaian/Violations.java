package id.meritflow.kepegawaian;

import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every violation of a request, so that the caller learns all of them at once. */
final class Violations {

  private final List<FieldViolation> list = new ArrayList<>();

  Violations add(String field, String code, String message) {
    list.add(new FieldViolation(field, code, message));
    return this;
  }

  Violations addAll(Collection<FieldViolation> violations) {
    list.addAll(violations);
    return this;
  }

  /** Adds a REQUIRED violation when the value is null or blank; answers whether it was present. */
  boolean required(String field, Object value, String label) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "WAJIB_DIISI", label + " wajib diisi.");
      return false;
    }
    return true;
  }

  void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "TERLALU_PANJANG", "Panjang isian paling banyak " + max + " karakter.");
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<FieldViolation> list() {
    return List.copyOf(list);
  }

  /** Refuses the request with every violation in the list, if there is any. */
  static void reject(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
  }

  /** A refusal of one field, for a request that has nothing else to check. */
  static InvalidRequestException invalid(String field, String code, String message) {
    return new InvalidRequestException(List.of(new FieldViolation(field, code, message)));
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidRequestException(list);
    }
  }
}
