package id.meritflow.mutasi;

import java.time.LocalDate;

/**
 * MUT-APS-10TH: an own-request move to another agency within 10 years of appointment (CPNS TMT)
 * passes but is flagged (domain.md: verify; the years are configuration).
 */
final class Aps10TahunPolicy implements AturanMutasi {

  static final String KODE = "MUT-APS-10TH";

  private final KebijakanMutasi kebijakan;

  Aps10TahunPolicy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Mutasi APS sebelum " + kebijakan.apsMasaKerjaTahun() + " tahun", "Peraturan BKN 5/2019 (verifikasi)",
        "Mutasi atas permintaan sendiri ke instansi lain sebelum " + kebijakan.apsMasaKerjaTahun()
            + " tahun sejak pengangkatan CPNS ditandai untuk diperhatikan.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    UsulanMutasi usulan = fakta.usulan();
    LocalDate tmtCpns = fakta.pegawai().tmtCpns();
    Fakta f = Fakta.of().put("atasPermintaanSendiri", usulan.atasPermintaanSendiri() ? "ya" : "tidak")
        .put("rute", usulan.rute()).put("tmtCpns", tmtCpns).put("tanggalEvaluasi", fakta.tanggalEvaluasi())
        .put("batasTahun", kebijakan.apsMasaKerjaTahun());
    if (!usulan.atasPermintaanSendiri() || !usulan.rute().antarInstansi()) {
      return HasilPemeriksaan.lulus(KODE, f, "Bukan mutasi atas permintaan sendiri ke instansi lain.");
    }
    if (tmtCpns == null) {
      return HasilPemeriksaan.lulus(KODE, f, "TMT CPNS tidak tercatat; masa kerja tidak dapat dinilai.")
          .ditandai("TMT_CPNS_TIDAK_TERCATAT", "Masa kerja sejak pengangkatan perlu diperiksa manual.");
    }
    LocalDate batas = tmtCpns.plusYears(kebijakan.apsMasaKerjaTahun());
    if (fakta.tanggalEvaluasi().isBefore(batas)) {
      return HasilPemeriksaan.lulus(KODE, f, "Mutasi atas permintaan sendiri sebelum " + kebijakan.apsMasaKerjaTahun()
              + " tahun sejak pengangkatan; usulan tetap dapat diproses dengan catatan.")
          .ditandai("APS_SEBELUM_" + kebijakan.apsMasaKerjaTahun() + "_TAHUN", "Pindah atas permintaan sendiri ke instansi lain sebelum "
              + Tanggal.tampil(batas) + " (" + kebijakan.apsMasaKerjaTahun() + " tahun sejak TMT CPNS).");
    }
    return HasilPemeriksaan.lulus(KODE, f, "Masa kerja sejak pengangkatan sudah " + kebijakan.apsMasaKerjaTahun() + " tahun atau lebih.");
  }
}
