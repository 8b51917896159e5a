package id.meritflow.mutasi;

import id.meritflow.kepegawaian.RiwayatJabatan;
import java.time.LocalDate;
import java.util.Comparator;

/** MUT-MASA-JABATAN: at least 2 years in the current post; over 5 years is flagged for rotation. */
final class MasaJabatanPolicy implements AturanMutasi {

  static final String KODE = "MUT-MASA-JABATAN";

  private final KebijakanMutasi kebijakan;

  MasaJabatanPolicy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Masa jabatan minimal", "PP 11/2017 Pasal 190",
        "Pegawai telah menduduki jabatan saat ini paling singkat " + kebijakan.masaJabatanMinimumTahun()
            + " tahun; lebih dari " + kebijakan.masaJabatanRotasiTahun() + " tahun ditandai jatuh tempo rotasi.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    LocalDate tmt = tmtJabatan(fakta);
    LocalDate pada = fakta.tanggalEvaluasi();
    Fakta f = Fakta.of().put("tmtJabatan", tmt).put("tanggalEvaluasi", pada)
        .put("minimumTahun", kebijakan.masaJabatanMinimumTahun()).put("rotasiTahun", kebijakan.masaJabatanRotasiTahun());
    if (tmt == null) {
      return HasilPemeriksaan.gagal(KODE, f, "TMT jabatan saat ini tidak tercatat, sehingga masa jabatan tidak dapat dihitung.");
    }
    String lama = tmt.isAfter(pada) ? "0 tahun" : Tanggal.lama(tmt, pada);
    f.put("masaJabatan", lama);
    if (!Tanggal.sudahTahun(tmt, pada, kebijakan.masaJabatanMinimumTahun())) {
      return HasilPemeriksaan.gagal(KODE, f, "Masa jabatan saat ini " + lama + ", kurang dari minimal "
          + kebijakan.masaJabatanMinimumTahun() + " tahun (sejak " + Tanggal.tampil(tmt) + ").");
    }
    HasilPemeriksaan lulus = HasilPemeriksaan.lulus(KODE, f, "Masa jabatan saat ini " + lama + ", memenuhi minimal "
        + kebijakan.masaJabatanMinimumTahun() + " tahun.");
    // "Over 5 years": the day after the 5th anniversary, not the anniversary itself.
    if (pada.isAfter(tmt.plusYears(kebijakan.masaJabatanRotasiTahun()))) {
      return lulus.ditandai("JATUH_TEMPO_ROTASI", "Masa jabatan lebih dari " + kebijakan.masaJabatanRotasiTahun()
          + " tahun; pegawai jatuh tempo untuk rotasi.");
    }
    return lulus;
  }

  /** The registry's current TMT, else the newest position SK (older records lack tmtJabatan). */
  private static LocalDate tmtJabatan(FaktaMutasi fakta) {
    if (fakta.pegawai().tmtJabatan() != null) {
      return fakta.pegawai().tmtJabatan();
    }
    return fakta.profil().riwayatJabatan().stream().map(RiwayatJabatan::tmt)
        .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }
}
