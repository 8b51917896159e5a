package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.TingkatInstansi;
import java.time.LocalDate;

/** Kota A in Jawa Barat with no pilkada dates unless a test says otherwise. */
final class InstansiBuilder {

  private String id = "kota-a";
  private TingkatInstansi tingkat = TingkatInstansi.KABUPATEN_KOTA;
  private String provinsi = "Jawa Barat";
  private LocalDate penetapanCalon;
  private LocalDate pelantikan;

  static InstansiBuilder anInstansi(String id) {
    InstansiBuilder b = new InstansiBuilder();
    b.id = id;
    return b;
  }

  InstansiBuilder withTingkat(TingkatInstansi tingkat) { this.tingkat = tingkat; return this; }
  InstansiBuilder withProvinsi(String provinsi) { this.provinsi = provinsi; return this; }
  InstansiBuilder withPenetapanCalon(LocalDate d) { this.penetapanCalon = d; return this; }
  InstansiBuilder withPelantikan(LocalDate d) { this.pelantikan = d; return this; }
  InstansiBuilder pusat() { this.tingkat = TingkatInstansi.PUSAT; this.provinsi = null; return this; }

  Instansi build() {
    return new Instansi(id, "Pemerintah " + id, tingkat, id, provinsi, penetapanCalon, pelantikan, null);
  }
}
