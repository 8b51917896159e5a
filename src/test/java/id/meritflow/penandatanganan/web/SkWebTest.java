package id.meritflow.penandatanganan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.SkTestData;
import id.meritflow.penandatanganan.VerifikasiSkService;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The SK endpoints over the H2 context of PenerbitanSkH2Test (same configuration, same cached context). */
@SpringBootTest(classes = id.meritflow.penandatanganan.SkDatabaseTestApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:penerbitan-sk;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
    "meritflow.sk.demo.keys-dir=target/sk-demo-keys",
    "meritflow.sk.demo.instansi=",
    "meritflow.sk.demo.peran="})
@ActiveProfiles("demo")
class SkWebTest {

  @Autowired PenandatangananService penandatanganan;
  @Autowired VerifikasiSkService verifikasi;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  static Caller staffOf(String instansi) {
    return new Caller("operator-" + instansi, List.of(Caller.GROUP_OPERATOR), List.of(instansi), Optional.empty());
  }

  SuratKeputusan anSk() {
    jdbc.update("merge into instansi (id, nama, tingkat, wilayah) key (id) values ('cimahi', 'Pemerintah Kota Cimahi',"
        + " 'KABUPATEN_KOTA', 'Kota Cimahi')");
    return penandatanganan.terbitkan(SkTestData.aMutasi(), SkTestData.aDelegate());
  }

  @Test
  void anSkIsShownToItsAgencyAndIsNotFoundForAnother() {
    // given an SK of Cimahi
    SuratKeputusan sk = anSk();
    SkController controller = new SkController(penandatanganan, verifikasi);

    // then Cimahi's staff sees it and its PDF, Jawa Barat's staff gets "not found"
    assertThat(controller.metadata(sk.nomor(), staffOf("cimahi")).nomor()).isEqualTo(sk.nomor());
    assertThat(controller.pdf(sk.nomor(), staffOf("cimahi")).getBody()).startsWith("%PDF".getBytes());
    assertThatThrownBy(() -> controller.metadata(sk.nomor(), staffOf("jabar"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anEmployeeDownloadsTheirOwnSkAndNoOneElses() {
    // given an SK about one employee
    SuratKeputusan sk = anSk();
    SkController controller = new SkController(penandatanganan, verifikasi);
    Caller subject = new Caller("pegawai-x", List.of(Caller.GROUP_PEGAWAI), List.of("cimahi"), Optional.of(SkTestData.NIP));
    Caller colleague = new Caller("pegawai-y", List.of(Caller.GROUP_PEGAWAI), List.of("cimahi"),
        Optional.of("199001012015011001"));

    // then its subject gets the PDF, a colleague of the same agency gets "not found"
    assertThat(controller.pdf(sk.nomor(), subject).getBody()).startsWith("%PDF".getBytes());
    assertThatThrownBy(() -> controller.pdf(sk.nomor(), colleague)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUploadedSkIsJudgedWithoutNamingTheEmployee() throws Exception {
    // given the PDF of an issued SK
    SuratKeputusan sk = anSk();
    byte[] pdf = penandatanganan.pdf(sk.nomor()).orElseThrow();

    // when it is uploaded for verification
    HasilVerifikasi result = new SkController(penandatanganan, verifikasi)
        .periksa(new MockMultipartFile("file", "sk.pdf", "application/pdf", pdf));

    // then it is valid and matched, with only the SK's public facts
    assertThat(result.sah()).isTrue();
    assertThat(result.sk().nomor()).isEqualTo(sk.nomor());
    assertThat(result.sk().instansi()).isEqualTo("Pemerintah Kota Cimahi");
    assertThat(result.toString()).doesNotContain(SkTestData.NIP).doesNotContain("Budi Santoso");
  }

  @Test
  void theQrPageShowsStatusNumberAndSignerButNoPersonalData() throws Exception {
    // given an issued SK and the public page
    SuratKeputusan sk = anSk();
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new VerifikasiSkPage(verifikasi)).build();

    // when its QR code is followed, and an unknown code
    String html = mvc.perform(get("/verifikasi-sk/" + sk.kodeVerifikasi())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    // then the page says SAH with the public facts only
    assertThat(html).contains("SAH", sk.nomor(), "Pemerintah Kota Cimahi", "Dr. Hj. Siti Nurjanah", sk.sha256())
        .doesNotContain(SkTestData.NIP).doesNotContain("Budi Santoso");
    // and the browser may break a line inside a word only in the hash, not in "Kepegawaian"
    assertThat(html).contains("<code class=\"hash\">" + sk.sha256() + "</code>");
    assertThat(html.split("word-break:break-all", -1)).hasSize(2);
    assertThat(html).contains(".hash{word-break:break-all");
    mvc.perform(get("/verifikasi-sk/AAAAAAAAAAAAAAAA")).andExpect(status().isNotFound())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("TIDAK DITEMUKAN")));
  }
}
