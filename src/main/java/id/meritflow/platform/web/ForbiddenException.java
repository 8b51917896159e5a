package id.meritflow.platform.web;

/** The caller is authenticated but may not perform this action. */
public class ForbiddenException extends RuntimeException {

  private final String code;

  public ForbiddenException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
