package id.meritflow.kenaikanpangkat.domain;

/** One KP-* rule of domain.md §3. Never throws for a business reason: it returns why. */
public interface AturanKp {

  String kode();

  /** Short name and legal basis, for the API's list of rules. */
  String nama();

  String dasarHukum();

  HasilAturanKp periksa(FaktaKp fakta);
}
