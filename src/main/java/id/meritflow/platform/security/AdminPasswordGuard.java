package id.meritflow.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the demo profile when the admin password is empty or a well-known
 * default. Runs before any bean, so no admin account is ever created with a weak password.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String PROPERTY = "camunda.bpm.admin-user.password";
  static final int MIN_LENGTH = 12;
  private static final Set<String> DEFAULTS = Set.of("demo", "admin", "password", "camunda", "changeit",
      "changeme", "secret", "meritflow", "123456", "12345678");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      return;
    }
    String password = environment.getProperty(PROPERTY, "");
    problem(password).ifPresent(reason -> {
      throw new IllegalStateException("MeritFlow refuses to start: " + reason
          + " Set MERITFLOW_ADMIN_PASSWORD (at least " + MIN_LENGTH + " characters, not a default),"
          + " or run the demo profile.");
    });
  }

  static java.util.Optional<String> problem(String password) {
    if (password == null || password.isBlank()) {
      return java.util.Optional.of("the admin password is empty.");
    }
    if (DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
      return java.util.Optional.of("the admin password is a well-known default.");
    }
    if (password.length() < MIN_LENGTH) {
      return java.util.Optional.of("the admin password is shorter than " + MIN_LENGTH + " characters.");
    }
    return java.util.Optional.empty();
  }
}
