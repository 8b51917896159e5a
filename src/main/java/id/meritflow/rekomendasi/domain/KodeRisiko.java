package id.meritflow.rekomendasi.domain;

/** Risk flags of a transfer proposal. A flag routes the case to a person; it never rejects. */
public enum KodeRisiko {
  POLITIK("Risiko politik"),
  DEMOSI_TANPA_DASAR_KINERJA("Penurunan jabatan tanpa dasar kinerja"),
  ROTASI_BERULANG("Rotasi berulang"),
  KOMPETENSI_TIDAK_SESUAI("Kompetensi tidak sesuai"),
  EKSODUS_UNIT("Banyak pegawai keluar dari unit");

  private final String label;

  KodeRisiko(String label) {
    this.label = label;
  }

  /** What a reviewer reads instead of the code. */
  public String label() {
    return label;
  }
}
