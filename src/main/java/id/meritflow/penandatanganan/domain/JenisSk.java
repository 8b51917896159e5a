package id.meritflow.penandatanganan.domain;

/** The decision types that end in a signed SK; each has its own template and number prefix. */
public enum JenisSk {
  MUTASI("mutasi"),
  KENAIKAN_PANGKAT("kenaikan-pangkat"),
  DISIPLIN("disiplin");

  private final String templateName;

  JenisSk(String templateName) {
    this.templateName = templateName;
  }

  /** File name (without extension) of the template under {@code sk/templates/}. */
  public String templateName() {
    return templateName;
  }
}
