package id.meritflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TipeBerkasTest {

  @Test
  void recognisesPdfPngAndJpegByTheirFirstBytes() {
    assertThat(TipeBerkas.kenali(DokumenKasusApiTest.PDF)).contains(TipeBerkas.PDF);
    assertThat(TipeBerkas.kenali(DokumenKasusApiTest.PNG)).contains(TipeBerkas.PNG);
    assertThat(TipeBerkas.kenali(DokumenKasusApiTest.JPEG)).contains(TipeBerkas.JPEG);
  }

  @Test
  void refusesTextHtmlAndTruncatedSignatures() {
    assertThat(TipeBerkas.kenali("Ini bukan PDF".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(TipeBerkas.kenali("<html>%PDF-1.4".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(TipeBerkas.kenali(new byte[] {'%', 'P', 'D'})).isEmpty();
    assertThat(TipeBerkas.kenali(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(TipeBerkas.kenali(new byte[0])).isEmpty();
  }
}
