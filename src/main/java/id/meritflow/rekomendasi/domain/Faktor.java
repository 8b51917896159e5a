package id.meritflow.rekomendasi.domain;

/** The factors of the fit score, in the order an explanation lists them; labels are shown to people. */
public enum Faktor {
  KINERJA("Riwayat kinerja"),
  POTENSI("Potensi dan kompetensi"),
  PENDIDIKAN("Kesesuaian pendidikan"),
  PANGKAT("Golongan dalam rentang jabatan"),
  PENGALAMAN("Pengalaman terkait"),
  INTEGRITAS("Integritas (riwayat disiplin)"),
  MASA_JABATAN("Masa dalam jabatan sekarang");

  private final String label;

  Faktor(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
