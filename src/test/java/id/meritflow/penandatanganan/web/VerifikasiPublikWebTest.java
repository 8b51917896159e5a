package id.meritflow.penandatanganan.web;

import id.meritflow.platform.web.BatasPermintaan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.SkTestData;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public verification pages in the running application. Requests go through MockMvc with a
 * filter of their own (default limits, a clock the test moves), so the limits are tested without
 * sleeping and without touching the shared application's counters.
 */
@MeritFlowIntegrationTest
class VerifikasiPublikWebTest {

  static final String TAMU = "203.0.113.7";

  @Autowired WebApplicationContext context;
  @Autowired PenandatangananService penandatanganan;
  @Autowired VerifikasiPublikProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T02:00:00Z"));
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    var limits = new VerifikasiPublikProperties(20, 10, Duration.ofMinutes(1), properties.ukuranMaks());
    mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(new VerifikasiPublikFilter(
        new BatasPermintaan(limits.batasHalaman(), limits.jendela(), clock),
        new BatasPermintaan(limits.batasUnggah(), limits.jendela(), clock), limits)).build();
  }

  @Test
  void theIssuedPdfIsGenuineRegisteredAndNotRecordedAsRevokedWithoutNamingTheEmployee() throws Exception {
    // given the PDF of an issued SK
    SuratKeputusan sk = anSk();

    // when an anonymous visitor uploads it
    MockHttpServletResponse response = perform(upload("sk.pdf", pdfOf(sk)));

    // then the answer is SAH on all three questions, with the SK's public facts only
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(response.getContentAsString())
        .contains("<p class=\"ok\" id=\"status\">SAH</p>", "Tanda tangan elektronik</th><td>Valid",
            "Ya: SHA-256 sama dengan arsip SK", "Tidak tercatat dicabut", sk.nomor(), "Pemerintah Kota Cimahi",
            sk.sha256())
        .doesNotContain(SkTestData.NIP).doesNotContain("Budi Santoso");
  }

  @Test
  void oneChangedByteMakesTheFileNotGenuine() throws Exception {
    // given the issued PDF with one byte changed inside the signed range
    SuratKeputusan sk = anSk();
    byte[] changed = pdfOf(sk);
    changed[200] = (byte) (changed[200] ^ 0x01);

    // when it is uploaded
    MockHttpServletResponse response = perform(upload("sk.pdf", changed));

    // then the signature is invalid and the file is not the registered one
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString())
        .contains("TIDAK SAH", "TIDAK VALID", "TIDAK: berkas ini berbeda dengan arsip SK nomor " + sk.nomor())
        .doesNotContain("Ya: SHA-256 sama").doesNotContain(SkTestData.NIP);
  }

  @Test
  void aRevokedSkIsShownAsRevokedOnUploadAndOnTheQrPage() throws Exception {
    // given an issued SK whose revocation is recorded
    SuratKeputusan sk = anSk();
    jdbc.update("update surat_keputusan set dicabut_pada = ? where nomor = ?",
        Timestamp.from(Instant.parse("2026-11-10T03:00:00Z")), sk.nomor());

    // when its PDF is uploaded and its QR code followed
    String upload = perform(upload("sk.pdf", pdfOf(sk))).getContentAsString();
    String qr = perform(get("/verifikasi-sk/" + sk.kodeVerifikasi())).getContentAsString();

    // then both say DICABUT with the date, not SAH
    assertThat(upload).contains("id=\"status\">DICABUT", "DICABUT pada 10 November 2026", "telah DICABUT")
        .doesNotContain("id=\"status\">SAH");
    assertThat(qr).contains("id=\"status\">DICABUT", "DICABUT pada 10 November 2026");
  }

  @Test
  void aFileThatIsNotAPdfIsRefusedWhateverItsNameOrType() throws Exception {
    // when a text file named like a PDF is uploaded, and an empty one
    MockHttpServletResponse notPdf = perform(upload("sk.pdf", "Surat Keputusan palsu".getBytes()));
    MockHttpServletResponse empty = perform(upload("sk.pdf", new byte[0]));

    // then both are refused with a clear message and a stable code
    assertThat(notPdf.getStatus()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    assertThat(notPdf.getContentAsString()).contains("Berkas ini bukan PDF", "BERKAS_BUKAN_PDF");
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(empty.getContentAsString()).contains("BERKAS_KOSONG");
  }

  @Test
  void aDamagedPdfIsAnsweredNotGenuineRatherThanFailing() throws Exception {
    // when a file that starts like a PDF but is not one is uploaded
    MockHttpServletResponse response = perform(upload("rusak.pdf", "%PDF-1.7 bukan isi PDF".getBytes()));

    // then it is judged, not a server error
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).contains("TIDAK SAH", "Berkas bukan PDF yang dapat dibaca",
        "Tidak ada tanda tangan elektronik", "tidak ada SK terdaftar dengan berkas ini");
  }

  @Test
  void anUploadOverTheLimitIsAnswered413() throws Exception {
    // given a "PDF" one byte over the limit
    byte[] big = new byte[(int) properties.ukuranMaks().toBytes() + 1];
    System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);

    // when it is uploaded, as a multipart file and as a body whose declared length is over the limit
    MockHttpServletResponse file = perform(upload("besar.pdf", big));
    MockHttpServletResponse declared = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post("/verifikasi-sk").contentType("multipart/form-data; boundary=x").content(big));

    // then both are 413 with the limit in words, not a server error
    for (MockHttpServletResponse response : new MockHttpServletResponse[] {file, declared}) {
      assertThat(response.getStatus()).isEqualTo(413);
      assertThat(response.getContentAsString()).contains("Berkas terlalu besar: ukuran maksimal 5 MB",
          "BERKAS_TERLALU_BESAR");
    }
  }

  @Test
  void the21stPageViewInAWindowIsAnswered429WithRetryAfterAndTheNextWindowIsServed() throws Exception {
    // given 20 page views from one address
    for (int i = 0; i < 20; i++) {
      assertThat(perform(get("/verifikasi-sk")).getStatus()).isEqualTo(200);
    }

    // when it asks a 21st time, 15 seconds into the window
    clock.advance(Duration.ofSeconds(15));
    MockHttpServletResponse refused = perform(get("/verifikasi-sk/AAAAAAAAAAAAAAAA"));

    // then it is told to wait for the rest of the window, in Bahasa Indonesia
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("45");
    assertThat(refused.getContentAsString()).contains("Terlalu banyak permintaan dari alamat Anda",
        "coba lagi dalam 45 detik", "BATAS_PERMINTAAN");
    // and another address is still served, as is this one once the window has passed
    assertThat(mvc.perform(get("/verifikasi-sk").with(r -> {
      r.setRemoteAddr("198.51.100.1");
      return r;
    })).andReturn().getResponse().getStatus()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(45));
    assertThat(perform(get("/verifikasi-sk")).getStatus()).isEqualTo(200);
  }

  @Test
  void the11thUploadInAWindowIsAnswered429() throws Exception {
    // given 10 uploads from one address (refused ones count too)
    for (int i = 0; i < 10; i++) {
      assertThat(perform(upload("x.pdf", "bukan pdf".getBytes())).getStatus()).isEqualTo(415);
    }

    // when it uploads an 11th time
    MockHttpServletResponse refused = perform(upload("x.pdf", "bukan pdf".getBytes()));

    // then it must wait
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    assertThat(refused.getContentAsString()).contains("Terlalu banyak pemeriksaan berkas");
  }

  @Test
  void theFormAndTheQrPageAnswerAnonymousVisitorsInTheRunningApplication() {
    // given an issued SK
    SuratKeputusan sk = anSk();

    // when an anonymous visitor opens the form and follows the QR code over HTTP
    var form = rest.getForEntity("/verifikasi-sk", String.class);
    var qr = rest.getForEntity("/verifikasi-sk/" + sk.kodeVerifikasi(), String.class);

    // then both answer without login; the QR page still shows the SK as SAH
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("<form method=\"post\" enctype=\"multipart/form-data\">", "name=\"berkas\"");
    assertThat(qr.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(qr.getBody()).contains("id=\"status\">SAH", sk.nomor(), "Tidak tercatat dicabut")
        .doesNotContain(SkTestData.NIP);
    assertThat(qr.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
  }

  SuratKeputusan anSk() {
    return penandatanganan.terbitkan(SkTestData.aMutasi(), SkTestData.aDelegate());
  }

  byte[] pdfOf(SuratKeputusan sk) {
    return penandatanganan.pdf(sk.nomor()).orElseThrow();
  }

  static MockHttpServletRequestBuilder upload(String name, byte[] content) {
    return multipart("/verifikasi-sk").file(new MockMultipartFile("berkas", name, "application/pdf", content));
  }

  MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(r -> {
      r.setRemoteAddr(TAMU);
      return r;
    })).andReturn().getResponse();
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
