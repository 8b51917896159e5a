package id.meritflow.platform.web;

/**
 * A resource that does not exist, or that the caller may not see (the same answer for both, so
 * that another agency's data cannot be probed).
 */
public class NotFoundException extends RuntimeException {

  private final String code;

  public NotFoundException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
