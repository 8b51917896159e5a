package id.meritflow.platform.security;

import java.util.Optional;

/** Holds the caller of the current {@code /api} request; set and cleared by {@link ApiAuthenticationFilter}. */
public final class CallerHolder {

  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

  private CallerHolder() {}

  static void set(Caller caller) {
    CURRENT.set(caller);
  }

  static void clear() {
    CURRENT.remove();
  }

  public static Optional<Caller> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The caller, for code that only runs behind the authentication filter. */
  public static Caller require() {
    return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
  }
}
