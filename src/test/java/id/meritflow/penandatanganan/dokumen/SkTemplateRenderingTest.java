package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.penandatanganan.SkTestData;
import id.meritflow.penandatanganan.domain.PermintaanSk;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

class SkTemplateRenderingTest {

  static Stream<Arguments> everyType() {
    return Stream.of(
        Arguments.of(SkTestData.aMutasi(), "Kepala Subbagian Umum dan Kepegawaian", "Undang-Undang Nomor 20 Tahun 2023"),
        Arguments.of(SkTestData.aKenaikanPangkat(), "Penata Tingkat I, III/d", "Nomor 12 Tahun 2002"),
        Arguments.of(SkTestData.aDisiplin(), "teguran tertulis", "Nomor 94 Tahun 2021"));
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void everyDecisionTypeRendersTheLetterLayoutWithTheEmployeeAndDelegation(PermintaanSk permintaan, String decision,
      String regulation) throws Exception {
    // given a delegated SK of this type
    var content = new SkTemplates().forType(permintaan.jenis()).fill(permintaan, SkTestData.aDelegate(),
        "800.1.6.2/3/CIMAHI/2025", "ABCDEFGHJKMNPQRS", "http://localhost:8080/verifikasi-sk/ABCDEFGHJKMNPQRS");

    // when it is rendered and its text extracted
    String text;
    try (PDDocument document = Loader.loadPDF(new SkPdfRenderer().render(content))) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    // then the letter carries every part in order
    assertThat(text).contains("PEMERINTAH KOTA CIMAHI", "KEPUTUSAN WALI KOTA CIMAHI", "NOMOR 800.1.6.2/3/CIMAHI/2025",
        "TENTANG", "Menimbang", "Mengingat", "MEMUTUSKAN", "Menetapkan", "KESATU", "KEDUA",
        SkTestData.NIP, "Budi Santoso, S.Kom.", decision, regulation, "1 Juli 2025",
        "Ditetapkan di Cimahi", "pada tanggal 20 Juni 2025", "a.n. WALI KOTA CIMAHI", "SEKRETARIS DAERAH,", "u.b.",
        "Dr. Hj. Siti Nurjanah, M.Si.", "NIP. 197203041998032005", "ABCDEFGHJKMNPQRS");
    assertThat(text.indexOf("Menimbang")).isLessThan(text.indexOf("Mengingat"));
    assertThat(text.indexOf("MEMUTUSKAN")).isLessThan(text.indexOf("KESATU"));
  }
}
