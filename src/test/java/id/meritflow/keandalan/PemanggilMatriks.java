package id.meritflow.keandalan;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Sends one matrix request: parameters filled from the scope's subject, an empty body for writes. */
final class PemanggilMatriks {

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private final TestRestTemplate rest;
  private final DataUji data;

  PemanggilMatriks(TestRestTemplate rest, DataUji data) {
    this.rest = rest;
    this.data = data;
  }

  Jawaban panggil(Endpoint endpoint, Peran peran, Lingkup lingkup) {
    DataUji.Subjek s = data.get(lingkup);
    String alamat = alamat(endpoint, s);
    var headers = new HttpHeaders();
    for (String h : endpoint.header()) {
      if ("Idempotency-Key".equals(h)) {
        headers.set(h, "matriks-" + UUID.randomUUID());
      }
    }
    Object body = null;
    if (Endpoint.JSON.equals(endpoint.body())) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      body = badanJson(endpoint, peran);
    } else if (Endpoint.MULTIPART.equals(endpoint.body())) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      var form = new LinkedMultiValueMap<String, Object>();
      form.add("catatan", "matriks");
      body = form;
    }
    TestRestTemplate client = peran.login().map(u -> rest.withBasicAuth(u, "demo")).orElse(rest);
    var response = client.exchange(alamat, HttpMethod.valueOf(endpoint.method()), new HttpEntity<>(body, headers),
        String.class);
    if (endpoint.path().endsWith("/claim")) {
      data.lepasKlaim(lingkup);
    }
    if (endpoint.path().endsWith("/complete") && !data.masihTerbuka(lingkup)) {
      data.baru(lingkup);
    }
    return new Jawaban(response.getStatusCode().value(), response.getBody(), alamat);
  }

  private static Object badanJson(Endpoint endpoint, Peran peran) {
    if (endpoint.path().endsWith("/claim")) {
      return "{\"userId\":\"" + peran.pengguna() + "\"}";
    }
    if (endpoint.path().endsWith("/complete")) {
      // a real decision: only callers the engine lets work on the task get through
      return "{\"variables\":{\"keputusanVerifikasi\":{\"value\":\"TOLAK\"},\"catatanVerifikasi\":{\"value\":\"matriks\"}}}";
    }
    return "{}";
  }

  static String alamat(Endpoint endpoint, DataUji.Subjek s) {
    Matcher m = PARAM.matcher(endpoint.path());
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(nilai(endpoint.path(), m.group(1), s)));
    }
    m.appendTail(b);
    StringBuilder query = new StringBuilder();
    for (Endpoint.Parameter p : endpoint.query()) {
      String v = switch (p.name()) {
        case "instansiId" -> s.instansi();
        case "nip" -> s.nip();
        case "nomor" -> s.skNomor();
        case "kasusId", "processInstanceId" -> s.kasusId();
        default -> p.required() ? p.contoh() : null;
      };
      if (v != null) {
        query.append(query.isEmpty() && b.indexOf("?") < 0 ? '?' : '&').append(p.name()).append('=').append(v);
      }
    }
    return b.append(query).toString();
  }

  private static String nilai(String path, String name, DataUji.Subjek s) {
    return switch (name) {
      case "nip" -> s.nip();
      case "tahun" -> "2025";
      case "tanggal" -> "2027-06-15"; // a day of the calendar's data, after the suite's date
      case "kasusId", "processInstanceId" -> s.kasusId();
      case "taskId" -> s.taskId();
      case "dokumenId" -> s.dokumenId();
      case "jabatanId" -> s.jabatanId();
      case "businessKey", "nomor" -> s.businessKey();
      case "jenis" -> "MUTASI";
      case "id" -> {
        if (path.startsWith("/api/jabatan/")) {
          yield s.jabatanId();
        } else if (path.startsWith("/api/instansi/")) {
          yield s.instansi();
        } else if (path.startsWith("/api/disiplin/kasus/")) {
          yield s.disiplinId();
        } else if (path.startsWith("/api/batch/")) {
          yield s.batchId();
        } else if (path.contains("/notifikasi/")) {
          yield s.notifikasiId();
        }
        yield "x";
      }
      default -> "x";
    };
  }
}
