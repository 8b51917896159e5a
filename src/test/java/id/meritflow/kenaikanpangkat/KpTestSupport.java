package id.meritflow.kenaikanpangkat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Submitting period lists, waiting for the engine, and picking employees by expected outcome. */
public final class KpTestSupport {

  public static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final TestRestTemplate rest;
  private final JdbcTemplate jdbc;
  private final ManagementService management;

  public KpTestSupport(TestRestTemplate rest, JdbcTemplate jdbc, ManagementService management) {
    this.rest = rest;
    this.jdbc = jdbc;
    this.management = management;
  }

  public static LocalDate hariIni() {
    return id.meritflow.support.SuiteClock.hariIni();
  }

  /**
   * The n-th period (0-based) open today with the default calendar (open 3 months before the TMT,
   * closing 10 days before it): test classes use different ones so their proposals never collide.
   */
  public static YearMonth periodeTerbuka(int n) {
    LocalDate today = hariIni();
    int found = 0;
    for (int i = 0; i < 6; i++) {
      YearMonth p = YearMonth.from(today).plusMonths(i);
      LocalDate tmt = p.atDay(1);
      if (!today.isBefore(tmt.minusMonths(3)) && !today.isAfter(tmt.minusDays(10)) && found++ == n) {
        return p;
      }
    }
    throw new IllegalStateException("no open period " + n);
  }

  public HarapanKp harapan() {
    return new HarapanKp(jdbc, hariIni());
  }

  public ResponseEntity<String> submit(String user, String key, String body, MediaType type) {
    var headers = new HttpHeaders();
    headers.setContentType(type);
    headers.add("Idempotency-Key", key);
    return rest.withBasicAuth(user, "demo")
        .exchange("/api/batch/KENAIKAN_PANGKAT", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  public JsonNode get(String user, String url) throws Exception {
    ResponseEntity<String> r = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    if (!r.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("GET " + url + " → " + r.getStatusCode() + " " + r.getBody());
    }
    return JSON.readTree(r.getBody());
  }

  /** Waits until the batch has started every valid row and the job executor has nothing left that is due. */
  public void awaitBatchSettled(String user, String batchId, int timeoutSeconds) throws Exception {
    long end = System.currentTimeMillis() + timeoutSeconds * 1000L;
    while (System.currentTimeMillis() < end) {
      JsonNode b = get(user, "/api/batch/" + batchId);
      if ("SELESAI".equals(b.get("status").asText()) && idle()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("batch " + batchId + " not settled in " + timeoutSeconds + " s");
  }

  /** Nothing due for the job executor, twice in a row (a job may be between commit and acquisition). */
  public void awaitIdle(int timeoutSeconds) throws Exception {
    long end = System.currentTimeMillis() + timeoutSeconds * 1000L;
    while (System.currentTimeMillis() < end) {
      if (idle()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("job executor still busy after " + timeoutSeconds + " s");
  }

  private boolean idle() throws InterruptedException {
    if (management.createJobQuery().executable().count() > 0) {
      return false;
    }
    Thread.sleep(300);
    return management.createJobQuery().executable().count() == 0;
  }

  /** An employee of an agency whose expected outcome fits, skipping NIPs already proposed in that period. */
  public Optional<HarapanKp.Harapan> cari(String instansi, String jenis, YearMonth periode, Predicate<HarapanKp.Harapan> cocok) {
    HarapanKp h = harapan();
    List<String> nips = jdbc.queryForList("""
        select nip from pegawai where instansi_id = ? and nip not in (select nip from usulan_kp where periode = ?
          or status in ('DIPROSES', 'MENUNGGU_VERIFIKASI', 'MENUNGGU_TANDA_TANGAN', 'SK_TERBIT', 'SELESAI'))
        and nip not in (select substring(kunci_unik, 9) from batch_baris where kunci_unik like ?)
        order by nip""", String.class, instansi, periode.toString(), periode + "/%");
    return nips.stream().map(n -> h.untuk(n, jenis, periode.atDay(1))).filter(cocok).findFirst();
  }

  public static String row(String nip, String jenis, YearMonth periode) {
    return "{\"nip\":\"" + nip + "\",\"jenis\":\"" + jenis + "\",\"periode\":\"" + periode + "\"}";
  }
}
