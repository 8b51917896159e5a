package id.meritflow.dokumen;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a case document may have, recognised by their first bytes (magic numbers) only:
 * a name or a declared Content-Type says nothing about what a file is.
 */
enum TipeBerkas {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final byte[] tanda;

  TipeBerkas(String mediaType, byte[] tanda) {
    this.mediaType = mediaType;
    this.tanda = tanda;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<TipeBerkas> kenali(byte[] isi) {
    return Arrays.stream(values()).filter(t -> t.cocok(isi)).findFirst();
  }

  private boolean cocok(byte[] isi) {
    return isi.length >= tanda.length && Arrays.equals(isi, 0, tanda.length, tanda, 0, tanda.length);
  }
}
