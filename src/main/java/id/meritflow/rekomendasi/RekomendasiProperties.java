package id.meritflow.rekomendasi;

import id.meritflow.rekomendasi.domain.AmbangRisiko;
import id.meritflow.rekomendasi.domain.BobotRekomendasi;
import id.meritflow.rekomendasi.domain.Kelayakan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meritflow.rekomendasi.*}. Every key may be left out: it then keeps the documented default
 * (docs/rekomendasi.md), so setting one weight does not zero the others.
 */
@ConfigurationProperties("meritflow.rekomendasi")
record RekomendasiProperties(Bobot bobot, List<String> aturanKelayakan, Risiko risiko, Narasi narasi, Integer batasKandidat) {

  record Bobot(Double kinerja, Double potensi, Double pendidikan, Double pangkat, Double pengalaman, Double integritas,
      Double masaJabatan) {}

  record Risiko(Integer rotasiBerulangTahun, Integer pilkadaDekatBulan, Integer eksodusJumlah, Integer eksodusHari,
      Double kompetensiMinimal) {}

  /** OpenAI-compatible chat endpoint for the optional narrative; off while {@code url} is empty. */
  record Narasi(String url, String model, String apiKey, Duration timeout) {}

  BobotRekomendasi bobotRekomendasi() {
    BobotRekomendasi d = BobotRekomendasi.DEFAULT;
    Bobot b = bobot == null ? new Bobot(null, null, null, null, null, null, null) : bobot;
    return new BobotRekomendasi(or(b.kinerja(), d.kinerja()), or(b.potensi(), d.potensi()), or(b.pendidikan(), d.pendidikan()),
        or(b.pangkat(), d.pangkat()), or(b.pengalaman(), d.pengalaman()), or(b.integritas(), d.integritas()),
        or(b.masaJabatan(), d.masaJabatan()));
  }

  List<String> kodeKelayakan() {
    return aturanKelayakan == null || aturanKelayakan.isEmpty() ? Kelayakan.KODE_STANDAR : aturanKelayakan;
  }

  AmbangRisiko ambangRisiko() {
    AmbangRisiko d = AmbangRisiko.DEFAULT;
    Risiko r = risiko == null ? new Risiko(null, null, null, null, null) : risiko;
    return new AmbangRisiko(or(r.rotasiBerulangTahun(), d.rotasiBerulangTahun()), or(r.pilkadaDekatBulan(), d.pilkadaDekatBulan()),
        or(r.eksodusJumlah(), d.eksodusJumlah()), or(r.eksodusHari(), d.eksodusHari()),
        or(r.kompetensiMinimal(), d.kompetensiMinimal()));
  }

  Narasi narasiAtauMati() {
    Narasi n = narasi == null ? new Narasi(null, null, null, null) : narasi;
    return new Narasi(n.url() == null ? "" : n.url().trim(), n.model() == null ? "llama3.2" : n.model(), n.apiKey(),
        n.timeout() == null ? Duration.ofSeconds(3) : n.timeout());
  }

  int batas() {
    return batasKandidat == null ? 50 : batasKandidat;
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
