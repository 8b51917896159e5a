package id.meritflow.penandatanganan;

import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SK issuing on PostgreSQL, in a schema of its own that is dropped afterwards, so that it does not
 * clash with other tests using the same database.
 */
@EnabledIfEnvironmentVariable(named = "MERITFLOW_TEST_POSTGRES_URL", matches = ".+",
    disabledReason = "PostgreSQL tests skipped: set MERITFLOW_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/<db>"
        + " (and MERITFLOW_TEST_POSTGRES_USER, default postgres) to run them")
@SpringBootTest(classes = SkDatabaseTestApplication.class, properties = {
    "meritflow.sk.demo.keys-dir=target/sk-demo-keys",
    "meritflow.sk.demo.instansi=",
    "meritflow.sk.demo.peran="})
@ActiveProfiles("demo")
class PenerbitanSkPostgresTest extends PenerbitanSkContract {

  static final String SCHEMA = "sk_uji_" + UUID.randomUUID().toString().substring(0, 8);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = System.getenv("MERITFLOW_TEST_POSTGRES_URL");
    registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", PenerbitanSkPostgresTest::user);
    registry.add("spring.datasource.password", PenerbitanSkPostgresTest::password);
    registry.add("spring.flyway.schemas", () -> SCHEMA);
    registry.add("spring.flyway.default-schema", () -> SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws Exception {
    try (var connection = DriverManager.getConnection(System.getenv("MERITFLOW_TEST_POSTGRES_URL"), user(), password());
        var statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private static String user() {
    String user = System.getenv("MERITFLOW_TEST_POSTGRES_USER");
    return user == null ? "postgres" : user;
  }

  private static String password() {
    String password = System.getenv("MERITFLOW_TEST_POSTGRES_PASSWORD");
    return password == null ? "" : password;
  }
}
