package id.meritflow.kenaikanpangkat.domain;

import java.time.Period;

/** KP-MASA-PANGKAT: years in the current rank on the TMT, at least the type's minimum. */
final class MasaPangkatRule implements AturanKp {

  static final String KODE = "KP-MASA-PANGKAT";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Masa kerja dalam pangkat terakhir"; }
  @Override public String dasarHukum() { return "PP 99/2000 jo. PP 12/2002"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    var tmtGolongan = f.pegawai().tmtGolongan();
    int tahun = Period.between(tmtGolongan, f.tmt()).getYears();
    int minimal = f.syarat().minimalTahunPangkat();
    Catatan c = new Catatan().put("golongan", f.pegawai().golongan().kode()).put("tmtGolongan", tmtGolongan)
        .put("tmtUsulan", f.tmt()).put("masaDalamPangkat", Catatan.lama(tmtGolongan, f.tmt()))
        .put("minimalTahun", minimal).put("jenis", f.jenis().name());
    if (tmtGolongan.isAfter(f.tmt()) || tahun < minimal) {
      return c.hasil(KODE, StatusAturanKp.GAGAL, "Masa dalam pangkat " + f.pegawai().golongan().kode() + " pada TMT "
          + Catatan.tanggal(f.tmt()) + " baru " + Catatan.lama(tmtGolongan, f.tmt()) + "; " + f.jenis().label().toLowerCase()
          + " mensyaratkan sekurang-kurangnya " + minimal + " tahun.");
    }
    return c.hasil(KODE, StatusAturanKp.LULUS, "Masa dalam pangkat " + Catatan.lama(tmtGolongan, f.tmt())
        + " memenuhi syarat minimal " + minimal + " tahun.");
  }
}
