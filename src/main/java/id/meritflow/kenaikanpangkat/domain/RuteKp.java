package id.meritflow.kenaikanpangkat.domain;

/** Who decides the promotion (KP-KEPPRES): the President by Keppres, or the PPK's delegate. */
public enum RuteKp {
  KEPPRES, DELEGASI
}
