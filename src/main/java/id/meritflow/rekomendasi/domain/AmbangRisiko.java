package id.meritflow.rekomendasi.domain;

/**
 * Thresholds of the risk flags ({@code meritflow.rekomendasi.risiko.*}).
 *
 * @param rotasiBerulangTahun a move within this many years of the last position SK is repeated rotation
 * @param pilkadaDekatBulan a TMT this many months before a pilkada freeze counts as politically timed
 * @param eksodusJumlah moves out of one unit (this one included) that make an exodus ...
 * @param eksodusHari ... within this many days before the TMT
 * @param kompetensiMinimal the education-fit value below which the move is a competency mismatch
 */
public record AmbangRisiko(int rotasiBerulangTahun, int pilkadaDekatBulan, int eksodusJumlah, int eksodusHari, double kompetensiMinimal) {

  public static final AmbangRisiko DEFAULT = new AmbangRisiko(2, 3, 5, 90, 0.8);
}
