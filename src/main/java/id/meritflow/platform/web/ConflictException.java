package id.meritflow.platform.web;

/** The request is valid but the resource is not in a state that allows it (answered with 409). */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
