package id.meritflow.platform.web;

/**
 * One reason a request was refused: the field (JSON path), a stable code and a message in
 * Bahasa Indonesia.
 */
public record FieldViolation(String field, String code, String message) {}
