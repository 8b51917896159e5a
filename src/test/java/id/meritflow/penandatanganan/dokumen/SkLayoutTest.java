package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.penandatanganan.SkTestData;
import id.meritflow.penandatanganan.domain.SkContent;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SkLayoutTest {

  static final String LONG_WORDS = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Pemerintah Kota Cimahi "
      + "menyelenggarakan pengembangan kompetensi, penatausahaan kepegawaian, pertanggungjawaban administrasi "
      + "kepegawaian dan penyelenggaraan manajemen Aparatur Sipil Negara berdasarkan Sistem Merit";

  static SkContent aMutasi() {
    return new SkTemplates().forType(SkTestData.aMutasi().jenis()).fill(SkTestData.aMutasi(), SkTestData.aDelegate(),
        "800.1.6.2/7/CIMAHI/2025", "ABCDEFGHJKMNPQRS", "http://localhost:8080/verifikasi-sk/ABCDEFGHJKMNPQRS");
  }

  /** The same SK with {@code extra} more legal bases, pushing the decision further down. */
  static SkContent withExtraMengingat(SkContent sk, int extra) {
    List<String> mengingat = new ArrayList<>(sk.mengingat());
    for (int i = 0; i < extra; i++) {
      mengingat.add("Peraturan Daerah Kota Cimahi Nomor " + (i + 1) + " Tahun 2024 tentang Perubahan atas "
          + "Peraturan Daerah mengenai Pembentukan dan Susunan Perangkat Daerah;");
    }
    return new SkContent(sk.kop(), sk.judul(), sk.nomor(), sk.tentang(), sk.menimbang(), mengingat, sk.diktum(),
        sk.tempat(), sk.tanggal(), sk.barisKewenangan(), sk.namaPenandatangan(), sk.nipPenandatangan(),
        sk.kodeVerifikasi(), sk.urlVerifikasi());
  }

  static List<String> pages(byte[] pdf) throws Exception {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  @Test
  void wrappingBreaksOnlyBetweenWordsAtEveryWidth() {
    float longestWord = 0;
    for (String word : LONG_WORDS.split(" ")) {
      longestWord = Math.max(longestWord, PdfLayout.width(word, PdfLayout.REGULAR, PdfLayout.SIZE));
    }
    for (float width = longestWord; width <= 420; width += 7) {
      // when a paragraph of long Indonesian words is wrapped to this width
      List<String> lines = PdfLayout.wrap(LONG_WORDS, width, PdfLayout.REGULAR, PdfLayout.SIZE);

      // then the lines joined by spaces give the paragraph back (no word was cut) and each fits
      assertThat(String.join(" ", lines)).as("width %s", width).isEqualTo(LONG_WORDS);
      for (String line : lines) {
        assertThat(PdfLayout.width(line, PdfLayout.REGULAR, PdfLayout.SIZE)).as(line).isLessThanOrEqualTo(width);
      }
    }
  }

  @Test
  void onlyAWordLongerThanTheLineIsCutAndItsPiecesFit() {
    // given a line as wide as "kepegawaian", narrower than "pertanggungjawaban"
    float width = PdfLayout.width("kepegawaian", PdfLayout.REGULAR, PdfLayout.SIZE);

    // when wrapped
    List<String> lines = PdfLayout.wrap("dan pertanggungjawaban kepegawaian", width, PdfLayout.REGULAR, PdfLayout.SIZE);

    // then the long word is cut into pieces that fit; the short words stay whole
    assertThat(lines).first().isEqualTo("dan");
    assertThat(String.join("", lines.subList(1, lines.size() - 1))).isEqualTo("pertanggungjawaban");
    assertThat(lines).last().isEqualTo("kepegawaian");
    lines.forEach(line -> assertThat(PdfLayout.width(line, PdfLayout.REGULAR, PdfLayout.SIZE)).isLessThanOrEqualTo(width));
  }

  @Test
  void aRenderedParagraphOfLongWordsKeepsEveryWordWhole() throws Exception {
    // given an SK whose decision holds a long paragraph of long words, in a diktum and in a row
    SkContent sk = aMutasi();
    List<SkContent.Diktum> diktum = new ArrayList<>(sk.diktum());
    diktum.add(new SkContent.Diktum("KEEMPAT", LONG_WORDS + ".\nUnit kerja|" + LONG_WORDS));
    sk = new SkContent(sk.kop(), sk.judul(), sk.nomor(), sk.tentang(), sk.menimbang(), sk.mengingat(), diktum,
        sk.tempat(), sk.tanggal(), sk.barisKewenangan(), sk.namaPenandatangan(), sk.nipPenandatangan(),
        sk.kodeVerifikasi(), sk.urlVerifikasi());

    // when rendered and its text extracted
    String text = String.join(" ", pages(new SkPdfRenderer().render(sk))).replaceAll("\\s+", " ");

    // then the paragraph reads whole: a word cut across lines would show as "Kepegawaia n"
    assertThat(text).contains(LONG_WORDS + ".", ": " + LONG_WORDS);
    assertThat(text).doesNotContainPattern("Kepegawaia\\s+n");
  }

  @Test
  void theUnitLineOfAMutasiNamesTheUnitAndItsAgencyWithWholeWords() throws Exception {
    // when a mutasi SK is rendered and its text extracted
    String text = String.join(" ", pages(new SkPdfRenderer().render(aMutasi()))).replaceAll("\\s+", " ");

    // then the row "Unit kerja baru" names the agency, its words whole across the wrapped lines
    assertThat(text).contains("Unit kerja baru : " + SkTestData.UNIT_KERJA_BARU);
  }

  @Test
  void theSignatureBlockNeverStandsAloneOnAPage() throws Exception {
    boolean signatureOnALaterPage = false;
    // given SKs growing by one legal basis at a time, so that the signature crosses a page break
    for (int extra = 0; extra <= 30; extra++) {
      // when each is rendered
      List<String> pages = pages(new SkPdfRenderer().render(withExtraMengingat(aMutasi(), extra)));

      // then the page of the signature also carries the last lines of the decision, above it
      int signaturePage = indexOfPageWith(pages, "Ditetapkan di");
      String page = pages.get(signaturePage);
      String above = page.substring(0, page.indexOf("Ditetapkan di"));
      assertThat(above.replaceAll("\\s+", " ")).as("%d extra, page %d", extra, signaturePage + 1)
          .contains("sebagaimana mestinya.");
      assertThat(page.indexOf("Dr. Hj. Siti Nurjanah")).isGreaterThan(page.indexOf("Ditetapkan di"));
      signatureOnALaterPage |= signaturePage > 0;
    }
    assertThat(signatureOnALaterPage).as("the sweep crossed a page break").isTrue();
  }

  @Test
  void theSignatureStaysWithTheDecisionWhenTheDecisionItselfSpansPages() throws Exception {
    // given an SK whose last article is longer than a page
    SkContent base = aMutasi();
    List<SkContent.Diktum> diktum = new ArrayList<>(base.diktum());
    diktum.add(new SkContent.Diktum("KEEMPAT", (LONG_WORDS + ". ").repeat(14) + "Demikian untuk dilaksanakan."));
    for (int extra = 0; extra <= 12; extra++) {
      SkContent sk = withExtraMengingat(new SkContent(base.kop(), base.judul(), base.nomor(), base.tentang(),
          base.menimbang(), base.mengingat(), diktum, base.tempat(), base.tanggal(), base.barisKewenangan(),
          base.namaPenandatangan(), base.nipPenandatangan(), base.kodeVerifikasi(), base.urlVerifikasi()), extra);

      // when rendered
      List<String> pages = pages(new SkPdfRenderer().render(sk));

      // then the signature's page starts with the end of that article
      String page = pages.get(indexOfPageWith(pages, "Ditetapkan di"));
      assertThat(page.substring(0, page.indexOf("Ditetapkan di")).replaceAll("\\s+", " ")).as("%d extra", extra)
          .contains("Demikian untuk dilaksanakan.");
    }
  }

  private static int indexOfPageWith(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no page with " + text);
  }
}
