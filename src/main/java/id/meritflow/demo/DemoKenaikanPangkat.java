package id.meritflow.demo;

import id.meritflow.kenaikanpangkat.domain.KalenderPeriodeKp;
import id.meritflow.platform.batch.BatchIntake;
import id.meritflow.platform.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A kenaikan pangkat list of the first open period, submitted by Cimahi's operator on the first demo
 * start, so that Pantauan in Cockpit shows a KP period and a batch in progress (screened, eligible,
 * not eligible by rule, SK signed) without anyone submitting one. Demo data: its employees are the
 * first {@value #JUMLAH} of Cimahi's generated registry, proposed as regular promotions whether due
 * or not, so several are refused by the rules. Off with {@code meritflow.demo.contoh-kenaikan-pangkat=false}
 * (the full-stack tests, whose KP tests count every proposal of the open periods).
 */
@Component
@Profile("demo")
@Order(DemoCases.ORDER + 10)
@ConditionalOnProperty(prefix = "meritflow.demo", name = "contoh-kenaikan-pangkat", havingValue = "true",
    matchIfMissing = true)
class DemoKenaikanPangkat implements ApplicationRunner {

  static final int JUMLAH = 25;
  private static final Logger log = LoggerFactory.getLogger(DemoKenaikanPangkat.class);
  private static final Caller OPERATOR = new Caller("operator-cimahi", List.of(Caller.GROUP_OPERATOR),
      List.of(DemoIdentities.CIMAHI), Optional.empty());

  private final BatchIntake intake;
  private final KalenderPeriodeKp kalender;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  DemoKenaikanPangkat(BatchIntake intake, KalenderPeriodeKp kalender, IdentityService identity, JdbcTemplate jdbc,
      Clock clock) {
    this.intake = intake;
    this.kalender = kalender;
    this.identity = identity;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer ada = jdbc.queryForObject("select count(*) from batch where kunci_idempotensi like 'DEMO-KP-%'",
        Integer.class);
    if (ada != null && ada > 0) {
      return;
    }
    var terbuka = kalender.terbuka(LocalDate.now(clock));
    if (terbuka.isEmpty()) {
      return;
    }
    String periode = terbuka.get(0).bulan().toString();
    StringBuilder csv = new StringBuilder("nip;jenis;periode;golonganTujuan\n");
    // not the named demo employees: README's own KP example proposes them
    jdbc.queryForList("select nip from pegawai where instansi_id = ? and nip not in (?, ?, ?) order by nip fetch first "
        + JUMLAH + " rows only", String.class, DemoIdentities.CIMAHI, DemoPegawai.DEWI_NIP, DemoPegawai.BUDI_NIP,
        DemoPegawai.SARI_NIP)
        .forEach(nip -> csv.append(nip).append(";REGULER;").append(periode).append(";\n"));
    identity.setAuthentication(OPERATOR.userId(), OPERATOR.groups(), OPERATOR.tenantIds());
    try {
      var hasil = intake.submit(OPERATOR, "KENAIKAN_PANGKAT", "DEMO-KP-" + periode,
          csv.toString().getBytes(StandardCharsets.UTF_8), true);
      log.info("Demo profile: submitted a kenaikan pangkat list of period {} ({} rows, batch {})", periode,
          JUMLAH, hasil.receipt().id());
    } finally {
      identity.clearAuthentication();
    }
  }
}
