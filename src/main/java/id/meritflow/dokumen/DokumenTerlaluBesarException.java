package id.meritflow.dokumen;

/** An upload above {@code meritflow.dokumen.ukuran-maks}; answered with 413. */
class DokumenTerlaluBesarException extends RuntimeException {

  DokumenTerlaluBesarException(String message) {
    super(message);
  }
}
