package id.meritflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP/1.1 client with HTTP Basic as a demo user (password "demo"). Java 17: no virtual threads. */
final class Http implements AutoCloseable {

  static final String PASSWORD = "demo";

  record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final URI base;
  private final ExecutorService executor;
  private final HttpClient client;

  private final Duration timeout;

  Http(URI base, int threads) {
    this(base, threads, Duration.ofSeconds(60));
  }

  Http(URI base, int threads, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    this.executor = Executors.newFixedThreadPool(Math.max(2, threads));
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  Response get(String user, String path) {
    return send(request(user, path).GET().build());
  }

  Response post(String user, String path, String json) {
    return post(user, path, json, Map.of());
  }

  Response post(String user, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder b = request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return send(b.build());
  }

  /** A response read as a stream and discarded: status, bytes, occurrences of {@code needle}, the first 2 KB. */
  record Counted(int status, long bytes, long occurrences, String head) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** GET without holding the body in memory (large answers would blur the heap measured in this JVM). */
  Counted getCounted(String user, String path, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.UTF_8);
    try {
      HttpResponse<java.io.InputStream> r = client.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      long bytes = 0;
      long found = 0;
      int matched = 0;
      java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      try (java.io.InputStream in = r.body()) {
        for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
          if (head.size() < 2048) {
            head.write(buf, 0, Math.min(k, 2048 - head.size()));
          }
          for (int i = 0; i < k; i++) {
            matched = buf[i] == n[matched] ? matched + 1 : (buf[i] == n[0] ? 1 : 0);
            if (matched == n.length) {
              found++;
              matched = 0;
            }
          }
          bytes += k;
        }
      }
      return new Counted(r.statusCode(), bytes, found, head.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
        .header("Authorization", "Basic " + token).header("Accept", "application/json");
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
