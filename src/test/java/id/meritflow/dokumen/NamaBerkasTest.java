package id.meritflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamaBerkasTest {

  @Test
  void dropsTheFolderPartAndCharactersThatCouldBreakAHeader() {
    assertThat(NamaBerkas.bersihkan("C:\\Users\\dewi\\surat \"final\";.pdf", TipeBerkas.PDF))
        .isEqualTo("surat _final__.pdf");
    assertThat(NamaBerkas.bersihkan("../../etc/passwd", TipeBerkas.PNG)).isEqualTo("passwd");
    assertThat(NamaBerkas.bersihkan("baris\r\nbaru.pdf", TipeBerkas.PDF)).isEqualTo("baris__baru.pdf");
  }

  @Test
  void neverLeavesTheNameEmptyAndKeepsTheExtensionOfALongName() {
    assertThat(NamaBerkas.bersihkan(null, TipeBerkas.JPEG)).isEqualTo("dokumen.jpeg");
    assertThat(NamaBerkas.bersihkan("  ", TipeBerkas.PDF)).isEqualTo("dokumen.pdf");
    String panjang = NamaBerkas.bersihkan("a".repeat(300) + ".pdf", TipeBerkas.PDF);
    assertThat(panjang).hasSize(200).endsWith(".pdf");
  }
}
