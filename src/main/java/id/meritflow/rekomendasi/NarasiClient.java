package id.meritflow.rekomendasi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional narrative: asks an OpenAI-compatible {@code /v1/chat/completions} endpoint (OpenAI,
 * Ollama, vLLM, LM Studio all speak it) for a short justification in Bahasa Indonesia written from
 * the template explanation. Off while no URL is configured. A timeout, an error status or an
 * unreadable answer returns empty, and the caller keeps the template: the narrative is never
 * required and never changes a score.
 */
class NarasiClient {

  private static final Logger LOG = LoggerFactory.getLogger(NarasiClient.class);
  private static final String PERINTAH = "Anda membantu pejabat kepegawaian. Tulis justifikasi singkat (paling banyak 4 kalimat) "
      + "dalam Bahasa Indonesia yang baku, hanya dari penjelasan berikut, tanpa menambah fakta baru dan tanpa menyebut "
      + "jenis kelamin, usia, agama, suku, asal atau afiliasi politik. Rekomendasi ini bersifat saran; keputusan ada pada pejabat.";

  private final String url;
  private final String model;
  private final String apiKey;
  private final Duration timeout;
  private final ObjectMapper json;
  private final HttpClient http;

  NarasiClient(String url, String model, String apiKey, Duration timeout, ObjectMapper json) {
    this.url = url == null ? "" : url.trim();
    this.model = model;
    this.apiKey = apiKey;
    this.timeout = timeout;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  boolean aktif() {
    return !url.isEmpty();
  }

  /** The narrative, or empty when off or on any failure. */
  Optional<String> tulis(String penjelasan) {
    if (!aktif()) {
      return Optional.empty();
    }
    try {
      String body = json.writeValueAsString(Map.of("model", model, "temperature", 0.2, "stream", false,
          "messages", List.of(Map.of("role", "system", "content", PERINTAH), Map.of("role", "user", "content", penjelasan))));
      HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(endpoint())).timeout(timeout)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
      if (apiKey != null && !apiKey.isBlank()) {
        req.header("Authorization", "Bearer " + apiKey);
      }
      HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
      if (res.statusCode() / 100 != 2) {
        LOG.warn("Narasi rekomendasi gagal: HTTP {}; memakai penjelasan templat", res.statusCode());
        return Optional.empty();
      }
      JsonNode text = json.readTree(res.body()).path("choices").path(0).path("message").path("content");
      return text.isTextual() && !text.asText().isBlank() ? Optional.of(text.asText().trim()) : Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      // Timeouts, refused connections and malformed answers all fall back to the template.
      LOG.warn("Narasi rekomendasi tidak tersedia ({}); memakai penjelasan templat", e.toString());
      return Optional.empty();
    }
  }

  /** Accepts the base URL ("http://host:11434") or the full path. */
  private String endpoint() {
    if (url.endsWith("/chat/completions")) {
      return url;
    }
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return base.endsWith("/v1") ? base + "/chat/completions" : base + "/v1/chat/completions";
  }
}
