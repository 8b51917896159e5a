package id.meritflow.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every curl example of README.md and docs/**.md runs against the demo application and answers
 * 2xx, in document order (README first, then docs/ by path), so that a POST runs before the GET
 * of its result. An example that must not run is marked {@value CurlExamples#TIDAK_DIJALANKAN} on
 * the line before its code block.
 */
@MeritFlowIntegrationTest
class ReadmeCurlTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final long TIMEOUT_SECONDS = 60;

  @LocalServerPort int port;

  @TestFactory
  Stream<DynamicTest> everyCurlExampleAnswers2xx() throws IOException {
    return CurlExamples.in(ROOT).stream().filter(c -> !c.skipped())
        .map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.command(), () -> run(c)));
  }

  @Test
  void theDocsHaveCurlExamplesAndHardlyAnyIsSkipped() throws IOException {
    List<CurlExamples.Curl> all = CurlExamples.in(ROOT);
    assertThat(all).filteredOn(c -> c.file().equals("README.md")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(all).filteredOn(c -> c.file().equals("docs/mutasi.md")).isNotEmpty();
    assertThat(all).filteredOn(CurlExamples.Curl::skipped).as("examples marked not to run").hasSizeLessThanOrEqualTo(2);
  }

  private void run(CurlExamples.Curl curl) throws Exception {
    if (!curl.command().contains("http://localhost:8080")) {
      fail("%s:%d does not call http://localhost:8080; mark it %s if it must not run: %s", curl.file(), curl.line(),
          CurlExamples.TIDAK_DIJALANKAN, curl.command());
    }
    Path body = Files.createTempFile("curl-", ".body");
    try {
      String command = curl.command().replace("http://localhost:8080", "http://localhost:" + port)
          .replaceFirst("^curl ", "curl -sS -o '" + body + "' -w '%{http_code}' ");
      Process process = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("%s:%d did not answer within %d s: %s", curl.file(), curl.line(), TIMEOUT_SECONDS, curl.command());
      }
      String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      String answer = Files.readString(body, StandardCharsets.UTF_8);
      assertThat(status).as("%s:%d %s%nanswer: %s%nstderr: %s", curl.file(), curl.line(), curl.command(),
          abbreviate(answer), stderr).matches("2\\d\\d");
    } finally {
      Files.deleteIfExists(body);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "…" : s;
  }
}
