package id.meritflow.rekomendasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The narrative against a local stub of an OpenAI-compatible server: success, timeout, HTTP 500, off. */
class NarasiClientTest {

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicReference<String> diterima = new AtomicReference<>();
  private HttpServer server;

  @BeforeEach
  void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok/v1/chat/completions", ex -> {
      diterima.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      kirim(ex, 200, "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Pegawai layak dipertimbangkan.\"}}]}");
    });
    server.createContext("/lambat/v1/chat/completions", ex -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      kirim(ex, 200, "{}");
    });
    server.createContext("/gagal/v1/chat/completions", ex -> kirim(ex, 500, "{\"error\":\"boom\"}"));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stopStub() {
    server.stop(0);
  }

  @Test
  void writesTheNarrativeFromTheExplanation() throws Exception {
    NarasiClient client = client("/ok", Duration.ofSeconds(3));

    assertThat(client.tulis("Skor kecocokan 80,00.")).contains("Pegawai layak dipertimbangkan.");
    assertThat(json.readTree(diterima.get()).path("messages").path(1).path("content").asText()).isEqualTo("Skor kecocokan 80,00.");
    assertThat(diterima.get()).contains("Bahasa Indonesia");
  }

  @Test
  void fallsBackOnTimeout() {
    long mulai = System.nanoTime();

    assertThat(client("/lambat", Duration.ofMillis(300)).tulis("x")).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - mulai)).isLessThan(Duration.ofMillis(1_900));
  }

  @Test
  void fallsBackOnServerError() {
    assertThat(client("/gagal", Duration.ofSeconds(3)).tulis("x")).isEmpty();
  }

  @Test
  void isOffWithoutUrl() {
    NarasiClient client = new NarasiClient("", "m", null, Duration.ofSeconds(3), json);

    assertThat(client.aktif()).isFalse();
    assertThat(client.tulis("x")).isEmpty();
  }

  private NarasiClient client(String path, Duration timeout) {
    return new NarasiClient("http://127.0.0.1:" + server.getAddress().getPort() + path, "uji", "rahasia", timeout, json);
  }

  private static void kirim(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
