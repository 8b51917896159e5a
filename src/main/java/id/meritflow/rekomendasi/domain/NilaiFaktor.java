package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.kepegawaian.PredikatKinerja;
import java.util.Optional;

/**
 * The value in [0, 1] of each factor for one candidate and one position. Every function here is
 * monotone in what it measures (a better predikat, fewer penalties, more related experience never
 * lowers its value): the property tests rely on that.
 */
final class NilaiFaktor {

  static final double TAHUN = 365.0;
  // Newest year weighs most; a missing year counts as "Butuh Perbaikan" (no evidence is no merit).
  private static final double[] BOBOT_TAHUN = {0.5, 0.3, 0.2};
  private static final double TANPA_DATA = 0.4;

  private NilaiFaktor() {}

  static double predikat(Optional<PredikatKinerja> p) {
    return p.map(x -> switch (x) {
      case SANGAT_BAIK -> 1.0;
      case BAIK -> 0.75;
      case BUTUH_PERBAIKAN -> 0.4;
      case KURANG -> 0.2;
      case SANGAT_KURANG -> 0.0;
    }).orElse(TANPA_DATA);
  }

  static double kinerja(RiwayatKinerja k) {
    return BOBOT_TAHUN[0] * predikat(k.tahunLalu()) + BOBOT_TAHUN[1] * predikat(k.duaTahunLalu())
        + BOBOT_TAHUN[2] * predikat(k.tigaTahunLalu());
  }

  /** Qualification: the education level on a 0..1 ladder (S2 and S3 at the top). */
  static double kualifikasi(Pendidikan p) {
    return switch (p) {
      case SD -> 0.0;
      case SLTP -> 0.2;
      case SLTA, D1, D2 -> 0.4;
      case D3 -> 0.6;
      case D4, S1 -> 0.8;
      case S2, S3 -> 1.0;
    };
  }

  static double integritas(ProfilKandidat p) {
    double nilai = 1.0 - 0.1 * p.jumlahHukumanRingan() - 0.3 * p.jumlahHukumanSedang() - 0.6 * p.jumlahHukumanBerat()
        - (p.kasusTerbuka() ? 1.0 : 0.0);
    return Math.max(0.0, nilai);
  }

  static double pengalaman(ProfilKandidat p) {
    return Math.min(1.0, p.hariPengalamanTerkait() / (5 * TAHUN));
  }

  /**
   * Potential proxy. SIMATA: 40% competency, 25% potential test, 20% qualification, 15% integrity.
   * The registry holds no competency assessment and no potential test, so competency is proxied by
   * related experience and the test's 25% is shared out in proportion: 40/75, 20/75, 15/75.
   */
  static double potensi(ProfilKandidat p) {
    return (40 * pengalaman(p) + 20 * kualifikasi(p.pendidikan()) + 15 * integritas(p)) / 75.0;
  }

  /** Level met: 0.7; field of study fitting the position family: +0.3 (any field half-way for UMUM). */
  static double pendidikan(ProfilKandidat p, Jabatan tujuan) {
    if (!p.pendidikan().memenuhi(tujuan.pendidikanMin())) {
      return 0.0;
    }
    RumpunJabatan rumpun = RumpunJabatan.dari(tujuan.nama());
    double bidang = p.bidangPendidikan().map(b -> rumpun.bidangSesuai(b) ? 0.3 : rumpun == RumpunJabatan.UMUM ? 0.15 : 0.0)
        .orElse(0.0);
    return 0.7 + bidang;
  }

  /** In range: 0.7 rising to 1.0 at the top of the range; above it 0.6 (over-ranked); below 0. */
  static double pangkat(Golongan g, Jabatan tujuan) {
    int min = tujuan.golonganMin().ordinal();
    int max = tujuan.golonganMax().ordinal();
    int x = g.ordinal();
    if (x < min) {
      return 0.0;
    }
    if (x > max) {
      return 0.6;
    }
    return max == min ? 1.0 : 0.7 + 0.3 * (x - min) / (double) (max - min);
  }

  /** Under 2 years rises to 0.5; 2 to 5 years 1.0; over 5 years (due for rotation) 0.8. */
  static double masaJabatan(long hari) {
    double tahun = hari / TAHUN;
    if (tahun < 2) {
      return 0.25 * tahun;
    }
    return tahun <= 5 ? 1.0 : 0.8;
  }
}
