package id.meritflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.mutasi.proses.MutasiProposals;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Documents kept with a transfer case, through the running application: a real Cimahi transfer that
 * waited for the Mendagri's approval (POL-162-3), got its approval letter uploaded at "Catat dokumen
 * persetujuan", and now waits for BKN's verifier.
 */
@MeritFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DokumenKasusApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String kasus;
  private String nomor;
  private String tugasTinjauan;
  private String suratPersetujuan;

  @BeforeAll
  void givenATransferWhoseApprovalLetterWasUploadedAndThatWaitsForTheVerifier() throws Exception {
    MutasiProposals proposals = new MutasiProposals(rest, jdbc);
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow(() ->
        new AssertionError("the demo registry has no clean pelaksana transfer in Cimahi"));
    LocalDate before = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    try {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'",
          SuiteClock.hariIni().minusMonths(2));
      JsonNode created = JSON.readTree(proposals.post("operator-cimahi", "/api/mutasi", proposal).getBody());
      kasus = created.get("id").asText();
      nomor = created.get("businessKey").asText();
      String tugasDokumen = EngineAwait.task(taskService, kasus, "Task_CatatDokumen");
      ResponseEntity<String> surat = upload("operator-cimahi", kasus, "SURAT_PERSETUJUAN", "persetujuan-mendagri.pdf",
          MediaType.APPLICATION_PDF, PDF);
      assertThat(surat.getStatusCode()).as(surat.getBody()).isEqualTo(HttpStatus.CREATED);
      suratPersetujuan = JSON.readTree(surat.getBody()).get("url").asText();
      // the document form reads the case and its documents from the task's summary
      JsonNode ringkasan = JSON.readTree(get("operator-cimahi", "/api/mutasi/tugas/" + tugasDokumen + "/ringkasan",
          String.class).getBody());
      assertThat(ringkasan.path("kasusId").asText()).isEqualTo(kasus);
      assertThat(ringkasan.path("dokumen").findValuesAsText("url")).containsExactly(suratPersetujuan);
      taskService.complete(tugasDokumen, Map.of("kodeAturan", "POL-162-3", "nomor", "100.2.2.6/1234/OTDA",
          "tanggal", SuiteClock.hariIni().toString(), "penerbit", "Menteri Dalam Negeri"));
      tugasTinjauan = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", before);
    }
  }

  @AfterAll
  void endTheCase() {
    // refused by the verifier: the case ends without filling the post other tests may draw
    taskService.complete(tugasTinjauan, Map.of("keputusanTinjauan", "TOLAK"));
    EngineAwait.ended(runtimeService, kasus);
  }

  @Test
  void pdfPngAndJpegAreRecognisedByTheirContentWhateverTheirName() throws Exception {
    // when the agency's operator uploads a PNG and a JPEG named as something else, and a PDF
    JsonNode png = JSON.readTree(upload("operator-cimahi", kasus, "SK_LAMA", "sk-lama.pdf", MediaType.APPLICATION_PDF, PNG)
        .getBody());
    JsonNode jpeg = JSON.readTree(upload("operator-cimahi", kasus, "SURAT_PERNYATAAN", "pernyataan", MediaType.TEXT_PLAIN,
        JPEG).getBody());
    JsonNode pdf = JSON.readTree(upload("operator-cimahi", kasus, "LAINNYA", "C:\\Dokumen\\lain\"nya.pdf",
        MediaType.APPLICATION_OCTET_STREAM, PDF).getBody());

    // then each is stored as what its bytes say, with a cleaned name
    assertThat(png.get("mediaType").asText()).isEqualTo("image/png");
    assertThat(jpeg.get("mediaType").asText()).isEqualTo("image/jpeg");
    assertThat(pdf.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(pdf.get("namaBerkas").asText()).isEqualTo("lain_nya.pdf");
    assertThat(png.get("sha256").asText()).isEqualTo(DokumenService.sha256(PNG));

    // and the list shows them with readable kinds, and each opens inline as its stored type, never sniffed
    JsonNode daftar = JSON.readTree(get("operator-cimahi", "/api/kasus/" + kasus + "/dokumen", String.class).getBody());
    assertThat(daftar.findValuesAsText("id")).contains(png.get("id").asText(), jpeg.get("id").asText(),
        pdf.get("id").asText());
    assertThat(daftar.findValuesAsText("jenisLabel")).contains("SK lama", "Surat pernyataan", "Surat persetujuan");
    assertThat(daftar.findValues("isi")).isEmpty();
    ResponseEntity<byte[]> berkas = get("operator-cimahi", png.get("url").asText(), byte[].class);
    assertThat(berkas.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(berkas.getBody()).isEqualTo(PNG);
    assertThat(berkas.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(berkas.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(berkas.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;").contains("sk-lama.pdf");
  }

  @Test
  void aTextFileNamedPdfIsRefusedAndNothingIsWritten() throws Exception {
    long dokumen = count("dokumen_kasus");
    long jejak = count("jejak_audit");

    ResponseEntity<String> refused = upload("operator-cimahi", kasus, "SURAT_PERSETUJUAN", "surat.pdf",
        MediaType.APPLICATION_PDF, "Ini bukan PDF, hanya teks.".getBytes(StandardCharsets.UTF_8));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode error = JSON.readTree(refused.getBody()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("berkas");
    assertThat(error.get("code").asText()).isEqualTo("DOKUMEN_JENIS_TIDAK_DIDUKUNG");
    assertThat(error.get("message").asText()).isEqualTo("Berkas harus PDF, JPEG atau PNG.");
    assertThat(count("dokumen_kasus")).isEqualTo(dokumen);
    assertThat(count("jejak_audit")).isEqualTo(jejak);
  }

  @Test
  void anEmptyFileAndAnUnknownKindAreRefusedNamingTheirFields() throws Exception {
    long dokumen = count("dokumen_kasus");

    ResponseEntity<String> refused = upload("operator-cimahi", kasus, "FOTO", "kosong.pdf", MediaType.APPLICATION_PDF,
        new byte[0]);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = JSON.readTree(refused.getBody());
    assertThat(body.get("errors").findValuesAsText("code")).containsExactlyInAnyOrder("DOKUMEN_JENIS_TIDAK_DIKENAL",
        "DOKUMEN_KOSONG");
    assertThat(body.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("jenis", "berkas");
    assertThat(count("dokumen_kasus")).isEqualTo(dokumen);
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedWith413AndNothingIsWritten() throws Exception {
    long dokumen = count("dokumen_kasus");
    byte[] besar = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);

    ResponseEntity<String> refused = upload("operator-cimahi", kasus, "SK_LAMA", "besar.pdf", MediaType.APPLICATION_PDF,
        besar);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode body = JSON.readTree(refused.getBody());
    assertThat(body.get("code").asText()).isEqualTo("DOKUMEN_TERLALU_BESAR");
    assertThat(body.get("detail").asText()).contains("ukuran maksimal 5 MB");
    assertThat(count("dokumen_kasus")).isEqualTo(dokumen);
  }

  @Test
  void theVerifierOfTheCaseReadsItsDocumentsInTheReviewSummaryButCannotAddAny() throws Exception {
    // when BKN's verifier, whose group has the case's review task, reads the summary of that task
    JsonNode ringkasan = JSON.readTree(get("verifikator-bkn", "/api/mutasi/tugas/" + tugasTinjauan + "/ringkasan",
        String.class).getBody());

    // then it names the case and its documents, and the approval letter opens
    assertThat(ringkasan.get("kasusId").asText()).isEqualTo(kasus);
    assertThat(ringkasan.get("dokumen").findValuesAsText("url")).contains(suratPersetujuan);
    ResponseEntity<byte[]> surat = get("verifikator-bkn", suratPersetujuan, byte[].class);
    assertThat(surat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(surat.getBody()).isEqualTo(PDF);
    assertThat(surat.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

    // and only the agency's operator adds documents
    assertThat(upload("verifikator-bkn", kasus, "LAINNYA", "catatan.pdf", MediaType.APPLICATION_PDF, PDF).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theAgencysPpkReadsTheDocumentsByTheCaseNumber() {
    ResponseEntity<String> daftar = get("ppk-cimahi", "/api/kasus/" + nomor + "/dokumen", String.class);

    assertThat(daftar.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(daftar.getBody()).contains(suratPersetujuan);
  }

  @Test
  void anotherAgencysOperatorAndAPlainEmployeeFindNothing() {
    for (String user : new String[] {"operator-jabar", "pegawai-dewi"}) {
      assertThat(get(user, "/api/kasus/" + kasus + "/dokumen", String.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<String> download = get(user, suratPersetujuan, String.class);
      assertThat(download.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download.getBody()).as(user).doesNotContain("%PDF");
      assertThat(upload(user, kasus, "LAINNYA", "x.pdf", MediaType.APPLICATION_PDF, PDF).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void aCaseThatNeverCameToBknIsNotTheVerifiersAndAnEndedCaseTakesNoMoreDocuments() throws Exception {
    // given a clean transfer that ran to its end with no review
    MutasiProposals proposals = new MutasiProposals(rest, jdbc);
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow();
    String selesai = JSON.readTree(proposals.post("operator-cimahi", "/api/mutasi", proposal).getBody()).get("id").asText();
    EngineAwait.ended(runtimeService, selesai);

    // then the agency still reads its (empty) list, the verifier finds nothing, and nothing can be added
    assertThat(get("operator-cimahi", "/api/kasus/" + selesai + "/dokumen", String.class).getBody()).isEqualTo("[]");
    assertThat(get("verifikator-bkn", "/api/kasus/" + selesai + "/dokumen", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> late = upload("operator-cimahi", selesai, "LAINNYA", "terlambat.pdf", MediaType.APPLICATION_PDF,
        PDF);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(late.getBody()).get("code").asText()).isEqualTo("KASUS_SUDAH_SELESAI");
  }

  @Test
  void everyUploadIsInTheCasesAuditTrail() throws Exception {
    JsonNode jejak = JSON.readTree(get("operator-cimahi", "/api/jejak/kasus/" + kasus, String.class).getBody());

    assertThat(jejak.findValuesAsText("jenis")).contains("DOKUMEN_KASUS");
    assertThat(jejak.findValuesAsText("uraian")).anyMatch(u -> u.contains("persetujuan-mendagri.pdf"));
  }

  private ResponseEntity<String> upload(String user, String kasusId, String jenis, String nama, MediaType tipe,
      byte[] isi) {
    var berkasHeaders = new HttpHeaders();
    berkasHeaders.setContentType(tipe);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("jenis", jenis);
    body.add("berkas", new HttpEntity<>(new ByteArrayResource(isi) {
      @Override
      public String getFilename() {
        return nama;
      }
    }, berkasHeaders));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").exchange("/api/kasus/" + kasusId + "/dokumen", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, type);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
