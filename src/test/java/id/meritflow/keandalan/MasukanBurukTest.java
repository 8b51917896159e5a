package id.meritflow.keandalan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Bad input on every write endpoint of {@code /api/openapi}, generated from its schema: broken and
 * non-object JSON, missing fields, each field with a wrong type, unknown enum values, impossible and
 * out-of-range dates, an extra field, a 3 MB body, a wrong content type; for multipart uploads a
 * missing or mislabelled file and an unknown document type; for batches broken CSV, a Latin-1 file, a BOM with no
 * rows, no or a reused Idempotency-Key. Each is sent by a role the endpoint lets through (from the
 * authorization table), for the caller's own agency. Every answer must be 4xx Problem Details,
 * naming the field where one was broken, no 5xx, and no business or engine table may change.
 */
@MeritFlowIntegrationTest
class MasukanBurukTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> TABEL = List.of("pegawai", "jabatan", "unit_kerja", "instansi", "kinerja", "riwayat_pangkat",
      "riwayat_jabatan", "kasus_disiplin", "disiplin_kehadiran", "disiplin_tanda", "batch", "batch_baris", "usulan_kp",
      "surat_keputusan", "sk_nomor", "dokumen_kasus", "jejak_audit", "sla_langkah", "ACT_RU_EXECUTION", "ACT_RU_TASK",
      "ACT_RU_VARIABLE", "ACT_HI_PROCINST", "ACT_RU_JOB");
  private static final List<Peran> URUTAN_PERAN = List.of(Peran.OPERATOR, Peran.ADMIN, Peran.PEGAWAI, Peran.ATASAN,
      Peran.PPK, Peran.VERIFIKATOR, Peran.SUPERVISOR, Peran.BPASN, Peran.KANREG, Peran.PRESIDEN, Peran.PERANCANG);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private DataUji data;

  record Masukan(String nama, String contentType, Object body, Optional<String> field, Map<String, String> headers) {
    Masukan(String nama, String contentType, Object body, Optional<String> field) {
      this(nama, contentType, body, field, Map.of());
    }
  }

  @AfterEach
  void bersihkan() {
    if (data != null) {
      data.hapus();
    }
  }

  @Test
  void everyWriteEndpointAnswersBadInputWith4xxProblemNamingTheFieldAndWritesNothing() throws Exception {
    // given the API's write endpoints, a role each lets through, and a batch already submitted under a key
    JsonNode openApi = JSON.readTree(rest.withBasicAuth("admin", "demo").getForObject("/api/openapi", String.class));
    TabelOtorisasi tabel = TabelOtorisasi.baca(getClass().getClassLoader().getResource(MatriksOtorisasiTest.TABEL));
    data = DataUji.siapkan(rest, jdbc, runtimeService, taskService);
    String kunci = "masukan-buruk-" + UUID.randomUUID();
    var pertama = kirim(Peran.OPERATOR, "POST", "/api/batch/MUTASI", new Masukan("batch pertama", "application/json",
        "[{\"nip\":null}]", Optional.empty(), Map.of("Idempotency-Key", kunci)));
    assertThat(pertama.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Map<String, Long> sebelum = hitung();

    // when each bad input is sent
    List<String> salah = new ArrayList<>();
    int dicoba = 0;
    int ditolak = 0;
    for (Endpoint endpoint : Endpoint.dariOpenApi(openApi)) {
      if (endpoint.body() == null || "GET".equals(endpoint.method())) {
        continue;
      }
      Optional<Peran> peran = URUTAN_PERAN.stream()
          .filter(p -> tabel.harapan(endpoint.kunci(), p.name()).split("/")[0].equals("SALAH")).findFirst();
      assertThat(peran).as("a role that " + endpoint + " lets through to validation (matriks-otorisasi.csv)").isPresent();
      String alamat = PemanggilMatriks.alamat(endpoint, data.get(Lingkup.SENDIRI));
      List<Masukan> masukan = endpoint.path().startsWith("/api/batch/") ? batch(kunci)
          : Endpoint.MULTIPART.equals(endpoint.body()) ? multipart() : json(openApi, operasi(openApi, endpoint));
      for (Masukan m : masukan) {
        var answer = kirim(peran.get(), endpoint.method(), alamat, m);
        dicoba++;
        // then a 4xx Problem Details, naming the broken field
        int status = answer.getStatusCode().value();
        String body = answer.getBody() == null ? "" : answer.getBody();
        String label = endpoint + " [" + m.nama() + "] -> " + status + " " + ringkas(body);
        if (status < 400 || status >= 500) {
          salah.add(label);
          continue;
        }
        ditolak++;
        if (!String.valueOf(answer.getHeaders().getContentType()).startsWith("application/problem+json")) {
          salah.add(label + " (bukan problem+json)");
        } else if (m.field().isPresent() && !body.contains("\"field\":\"" + m.field().get())) {
          salah.add(label + " (tidak menyebut isian " + m.field().get() + ")");
        }
      }
    }
    // and the same key with another body is a conflict, not a second batch
    var lagi = kirim(Peran.OPERATOR, "POST", "/api/batch/MUTASI", new Masukan("kunci sama, isi lain", "application/json",
        "[{\"nip\":\"1\"}]", Optional.empty(), Map.of("Idempotency-Key", kunci)));
    dicoba++;
    ditolak += lagi.getStatusCode().value() == 409 ? 1 : 0;
    assertThat(lagi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(lagi.getBody()).contains("KUNCI_IDEMPOTENSI_BENTROK");

    System.out.printf("Masukan buruk: %d dicoba, %d ditolak 4xx, %d salah%n", dicoba, ditolak, salah.size());
    assertThat(salah).as("answers that are not a 4xx problem naming the field").isEmpty();
    assertThat(hitung()).as("rows in business and engine tables").isEqualTo(sebelum);
    assertThat(dicoba).isGreaterThan(300);
  }

  private Map<String, Long> hitung() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String t : TABEL) {
      counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class));
    }
    return counts;
  }

  private org.springframework.http.ResponseEntity<String> kirim(Peran peran, String method, String alamat, Masukan m) {
    var headers = new HttpHeaders();
    m.headers().forEach(headers::set);
    if (alamat.startsWith("/api/batch/") && !m.headers().containsKey("Idempotency-Key") && !m.nama().equals("tanpa kunci")) {
      headers.set("Idempotency-Key", "masukan-buruk-" + UUID.randomUUID());
    }
    if (m.contentType() != null) {
      headers.setContentType(MediaType.parseMediaType(m.contentType()));
    }
    TestRestTemplate client = peran.login().map(u -> rest.withBasicAuth(u, "demo")).orElse(rest);
    return client.exchange(alamat, HttpMethod.valueOf(method), new HttpEntity<>(m.body(), headers), String.class);
  }

  private static JsonNode operasi(JsonNode openApi, Endpoint endpoint) {
    JsonNode op = openApi.get("paths").get(endpoint.path()).get(endpoint.method().toLowerCase());
    return resolve(openApi, op.path("requestBody").path("content").path(Endpoint.JSON).path("schema"));
  }

  private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
      return openApi.get("components").get("schemas").get(name);
    }
    return schema;
  }

  /** A body of the schema's shape with plausible values of each type, to change one thing at a time. */
  private static JsonNode dasar(JsonNode openApi, JsonNode schema, int depth) {
    schema = resolve(openApi, schema);
    if (schema.has("enum")) {
      return JSON.getNodeFactory().textNode(schema.get("enum").get(0).asText());
    }
    switch (schema.path("type").asText()) {
      case "object" -> {
        ObjectNode node = JSON.createObjectNode();
        if (depth < 3) {
          schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(), dasar(openApi, p.getValue(),
              depth + 1)));
        }
        return node;
      }
      case "array" -> {
        return JSON.createArrayNode();
      }
      case "integer", "number" -> {
        return JSON.getNodeFactory().numberNode(1);
      }
      case "boolean" -> {
        return JSON.getNodeFactory().booleanNode(true);
      }
      default -> {
        return switch (schema.path("format").asText()) {
          case "date" -> JSON.getNodeFactory().textNode("2026-01-05");
          case "date-time" -> JSON.getNodeFactory().textNode("2026-01-05T08:00:00Z");
          default -> JSON.getNodeFactory().textNode("x");
        };
      }
    }
  }

  private static List<Masukan> json(JsonNode openApi, JsonNode schema) {
    String ct = "application/json";
    List<Masukan> out = new ArrayList<>();
    out.add(new Masukan("JSON rusak", ct, "{\"a\":", Optional.empty()));
    out.add(new Masukan("JSON dengan BOM dan koma berlebih", ct, "\uFEFF{\"a\":1,}", Optional.empty()));
    out.add(new Masukan("bukan objek", ct, "[1,2]", Optional.empty()));
    out.add(new Masukan("kosong", ct, "{}", Optional.empty()));
    out.add(new Masukan("badan kosong", ct, "", Optional.empty()));
    out.add(new Masukan("null", ct, "null", Optional.empty()));
    out.add(new Masukan("jenis konten salah", "text/plain", "nip=1", Optional.empty()));
    ObjectNode dasar = (ObjectNode) dasar(openApi, schema, 0);
    ObjectNode tambah = dasar.deepCopy();
    tambah.put("isianTidakDikenal", 1);
    out.add(new Masukan("isian tambahan", ct, tambah.toString(), Optional.empty()));
    schema.path("properties").fields().forEachRemaining(p -> {
      String f = p.getKey();
      JsonNode prop = resolve(openApi, p.getValue());
      String type = prop.has("enum") ? "enum" : prop.path("type").asText("object");
      ObjectNode salahTipe = dasar.deepCopy();
      switch (type) {
        case "integer", "number" -> salahTipe.put(f, "bukan-angka");
        case "boolean" -> salahTipe.put(f, "mungkin");
        case "array" -> salahTipe.set(f, JSON.createObjectNode().put("a", 1));
        case "object" -> salahTipe.put(f, 5);
        default -> salahTipe.set(f, JSON.createObjectNode().put("a", 1));
      }
      out.add(new Masukan("tipe salah: " + f, ct, salahTipe.toString(), Optional.of(f)));
      if (prop.has("enum")) {
        ObjectNode e = dasar.deepCopy();
        e.put(f, "TIDAK_DIKENAL");
        out.add(new Masukan("enum tidak dikenal: " + f, ct, e.toString(), Optional.of(f)));
      }
      if ("date".equals(prop.path("format").asText())) {
        for (String tanggal : List.of("2026-02-30", "+99999-01-01", "17-08-2024")) {
          ObjectNode d = dasar.deepCopy();
          d.put(f, tanggal);
          out.add(new Masukan("tanggal " + tanggal + ": " + f, ct, d.toString(), Optional.of(f)));
        }
      }
    });
    Optional<String> teks = fieldOfType(schema, openApi, "string");
    if (teks.isPresent()) {
      ObjectNode besar = dasar.deepCopy();
      besar.put(teks.get(), "x".repeat(3_000_000));
      out.add(new Masukan("badan 3 MB", ct, besar.toString(), Optional.empty()));
    }
    return out;
  }

  private static Optional<String> fieldOfType(JsonNode schema, JsonNode openApi, String type) {
    var it = schema.path("properties").fields();
    while (it.hasNext()) {
      var p = it.next();
      JsonNode prop = resolve(openApi, p.getValue());
      if (type.equals(prop.path("type").asText()) && !prop.has("enum") && !prop.has("format")) {
        return Optional.of(p.getKey());
      }
    }
    return Optional.empty();
  }

  private static List<Masukan> multipart() {
    String ct = "multipart/form-data";
    List<Masukan> out = new ArrayList<>();
    var tanpaBerkas = new LinkedMultiValueMap<String, Object>();
    tanpaBerkas.add("jenis", "LAINNYA");
    out.add(new Masukan("tanpa berkas", ct, tanpaBerkas, Optional.empty()));
    // (a file above the 5 MB limit is answered 413 and the connection closed before the body is read,
    // which this client reports as an I/O error: DokumenKasusApiTest covers it)
    out.add(new Masukan("bukan PDF/gambar", ct, berkas("ini teks biasa".getBytes(StandardCharsets.UTF_8), "palsu.png",
        "LAINNYA"), Optional.empty()));
    out.add(new Masukan("jenis tidak dikenal", ct, berkas(DataUji.PNG, "a.png", "TIDAK_DIKENAL"), Optional.empty()));
    out.add(new Masukan("jenis konten salah", "application/json", "{}", Optional.empty()));
    return out;
  }

  private static LinkedMultiValueMap<String, Object> berkas(byte[] isi, String nama, String jenis) {
    var part = new HttpHeaders();
    part.setContentType(MediaType.IMAGE_PNG);
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("jenis", jenis);
    form.add("berkas", new HttpEntity<>(new ByteArrayResource(isi) {
      @Override
      public String getFilename() {
        return nama;
      }
    }, part));
    return form;
  }

  private static List<Masukan> batch(String kunciTerpakai) {
    String json = "application/json";
    String csv = "text/csv";
    List<Masukan> out = new ArrayList<>();
    out.add(new Masukan("JSON rusak", json, "[{\"nip\":", Optional.empty()));
    out.add(new Masukan("bukan daftar", json, "{\"nip\":\"1\"}", Optional.empty()));
    out.add(new Masukan("daftar kosong", json, "[]", Optional.empty()));
    out.add(new Masukan("tanpa kunci", json, "[{\"nip\":\"1\"}]", Optional.empty()));
    out.add(new Masukan("kunci terlalu panjang", json, "[{\"nip\":\"1\"}]", Optional.empty(),
        Map.of("Idempotency-Key", "k".repeat(201))));
    out.add(new Masukan("CSV kutip tidak ditutup", csv, "nip;rute\n\"198501012010011001;DALAM_INSTANSI\n",
        Optional.empty()));
    out.add(new Masukan("CSV Latin-1", csv, bytes("nip;alasanUraian\n198501012010011001;Pindah ke Garut karena caf\u00e9\n",
        StandardCharsets.ISO_8859_1), Optional.empty()));
    out.add(new Masukan("CSV BOM tanpa baris", csv, bytes("\uFEFFnip;rute\n", StandardCharsets.UTF_8), Optional.empty()));
    out.add(new Masukan("jenis konten salah", "text/plain", "nip\n1\n", Optional.empty()));
    return out;
  }

  private static byte[] bytes(String text, java.nio.charset.Charset charset) {
    return text.getBytes(charset);
  }

  private static String ringkas(String body) {
    String b = body.replaceAll("\\s+", " ");
    return b.length() > 240 ? b.substring(0, 240) + "…" : b;
  }
}
