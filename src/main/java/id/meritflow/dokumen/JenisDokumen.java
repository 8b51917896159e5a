package id.meritflow.dokumen;

import java.util.Arrays;
import java.util.Optional;

/** What a document attached to a case is, with its label in Bahasa Indonesia. */
public enum JenisDokumen {
  SURAT_PERSETUJUAN("Surat persetujuan"),
  SURAT_PERNYATAAN("Surat pernyataan"),
  SK_LAMA("SK lama"),
  LAINNYA("Dokumen lainnya");

  private final String label;

  JenisDokumen(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<JenisDokumen> dari(String nama) {
    return Arrays.stream(values()).filter(j -> j.name().equals(nama)).findFirst();
  }
}
