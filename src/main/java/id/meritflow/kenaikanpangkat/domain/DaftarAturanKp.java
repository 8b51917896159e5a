package id.meritflow.kenaikanpangkat.domain;

import java.util.Comparator;
import java.util.List;

/** Every KP-* rule in the order a reader expects, and the conclusion of their results. */
public final class DaftarAturanKp {

  public static final List<AturanKp> SEMUA = List.of(new PeriodeRule(), new MasaPangkatRule(), new KinerjaRule(),
      new BatasPendidikanRule(), new UjianDinasRule(), new PuncakRule(), new DisiplinRule(), new KeppresRule());

  private DaftarAturanKp() {}

  public static List<HasilAturanKp> periksa(FaktaKp fakta) {
    return SEMUA.stream().map(a -> a.periksa(fakta)).toList();
  }

  /** The most severe status: one GAGAL refuses; otherwise DITUNDA postpones; otherwise a verification stops it. */
  public static StatusAturanKp kesimpulan(List<HasilAturanKp> hasil) {
    return hasil.stream().map(HasilAturanKp::status).max(Comparator.naturalOrder()).orElse(StatusAturanKp.LULUS);
  }
}
