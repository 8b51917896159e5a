package id.meritflow.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

  private final AdminPasswordGuard guard = new AdminPasswordGuard();

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "demo", "Admin", "camunda", "changeit", "short-pw"})
  void refusesToStartWithAWeakAdminPasswordOutsideTheDemoProfile(String password) {
    var environment = new MockEnvironment().withProperty(AdminPasswordGuard.PROPERTY, password);

    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MERITFLOW_ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWithNoAdminPasswordAtAll() {
    assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .hasMessageContaining("empty");
  }

  @Test
  void startsWithAStrongAdminPassword() {
    var environment = new MockEnvironment().withProperty(AdminPasswordGuard.PROPERTY, "Kuat-dan-Panjang-2026");

    assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void theDemoProfileKeepsItsDemoPassword() {
    var environment = new MockEnvironment().withProperty(AdminPasswordGuard.PROPERTY, "demo");
    environment.setActiveProfiles("demo");

    assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
  }
}
