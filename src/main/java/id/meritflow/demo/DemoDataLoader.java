package id.meritflow.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Fills an empty registry with the demo data on start-up of the {@code demo} profile. The H2 file
 * database keeps the data between restarts, so a registry that already has an instansi is left
 * alone: the loader runs once per database.
 */
@Component
@Profile("demo")
@Order(1) // before DemoCases, which needs the registry
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final JdbcTemplate jdbc;
  private final PlatformTransactionManager transactionManager;
  private final DemoProperties properties;

  DemoDataLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      DemoProperties properties) {
    this.jdbc = jdbc;
    this.transactionManager = transactionManager;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer agencies = jdbc.queryForObject("select count(*) from instansi", Integer.class);
    if (agencies != null && agencies > 0) {
      log.info("Demo registry already present ({} instansi); not generating", agencies);
      return;
    }
    long started = System.nanoTime();
    RowCounts counts = new RegistryWriter(jdbc, transactionManager)
        .write(new RegistryGenerator(properties.seed(), properties.referenceDate()), properties.pegawai());
    log.info("Demo registry generated in {} ms: {} pegawai, {} rows in all ({}; seed {}, reference date {})",
        (System.nanoTime() - started) / 1_000_000, counts.pegawai(), counts.total(), counts,
        properties.seed(), properties.referenceDate());
  }
}
