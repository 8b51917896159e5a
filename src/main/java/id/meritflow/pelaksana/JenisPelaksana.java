package id.meritflow.pelaksana;

/**
 * The two kinds of acting official of SE Kepala BKN 1/SE/I/2021: Pelaksana Harian while the
 * official is temporarily absent (leave, official travel), Pelaksana Tugas while the post is vacant
 * or the official permanently unable. Both have the same limits on what they may decide.
 */
enum JenisPelaksana {
  PLH("Plh"),
  PLT("Plt");

  private final String sebutan;

  JenisPelaksana(String sebutan) {
    this.sebutan = sebutan;
  }

  /** How the trail and the forms write it: "Plh", "Plt". */
  String sebutan() {
    return sebutan;
  }
}
