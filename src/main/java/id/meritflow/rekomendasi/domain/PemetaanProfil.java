package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one door from the registry to the score: turns a raw profile into a {@link ProfilKandidat}
 * for a target position. Name, sex and birth date are read nowhere here except the birth date for
 * the position's legal age limit, which leaves as a yes/no. The fairness test changes those raw
 * fields and checks that nothing downstream moves.
 */
public final class PemetaanProfil {

  private PemetaanProfil() {}

  /**
   * @param jabatanRiwayat positions named in the history, by id (unknown ones count for nothing)
   * @param pada the evaluation date (the proposal's TMT, or today for a ranking)
   */
  public static ProfilKandidat dari(PegawaiProfil profil, Jabatan tujuan, Map<String, Jabatan> jabatanRiwayat, LocalDate pada) {
    Pegawai p = profil.pegawai();
    Optional<Jabatan> sekarang = Optional.ofNullable(p.jabatanId()).map(jabatanRiwayat::get);
    int ringan = 0;
    int sedang = 0;
    int berat = 0;
    boolean terbuka = false;
    for (KasusDisiplin k : profil.disiplin()) {
      if (k.status().belumSelesai()) {
        terbuka = true;
      } else if (k.status() == StatusKasus.DIPUTUS && k.tingkatHukuman() != null) {
        if (k.tingkatHukuman() == TingkatHukuman.BERAT) {
          berat++;
        } else if (k.tingkatHukuman() == TingkatHukuman.SEDANG) {
          sedang++;
        } else {
          ringan++;
        }
      }
    }
    LocalDate tmtJabatan = p.tmtJabatan() != null ? p.tmtJabatan()
        : profil.riwayatJabatan().stream().map(RiwayatJabatan::tmt).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
    long diJabatan = tmtJabatan == null || tmtJabatan.isAfter(pada) ? 0 : ChronoUnit.DAYS.between(tmtJabatan, pada);
    return new ProfilKandidat(p.nip(), p.instansiId(), p.unitKerjaId(), sekarang.map(Jabatan::jenis),
        p.golongan(), p.pendidikan(), Optional.ofNullable(p.bidangPendidikan()).filter(b -> !b.isBlank()),
        kinerja(profil.kinerja(), pada), pengalamanTerkait(profil.riwayatJabatan(), jabatanRiwayat, tujuan, pada),
        diJabatan, ringan, sedang, berat, terbuka, memenuhiBatasUsia(p.tanggalLahir(), tujuan, pada));
  }

  /** The only use of the birth date: the position's legal age limit, if it has one. */
  static boolean memenuhiBatasUsia(LocalDate tanggalLahir, Jabatan tujuan, LocalDate pada) {
    if (tujuan.batasUsia() == null || tanggalLahir == null) {
      return true;
    }
    return Period.between(tanggalLahir, pada).getYears() <= tujuan.batasUsia();
  }

  static RiwayatKinerja kinerja(List<Kinerja> kinerja, LocalDate pada) {
    int tahun = pada.getYear();
    return new RiwayatKinerja(predikat(kinerja, tahun - 1), predikat(kinerja, tahun - 2), predikat(kinerja, tahun - 3));
  }

  private static Optional<PredikatKinerja> predikat(List<Kinerja> kinerja, int tahun) {
    for (Kinerja k : kinerja) {
      if (k.tahun() == tahun) {
        return Optional.ofNullable(k.predikat());
      }
    }
    return Optional.empty();
  }

  /** Days in positions of the target's kind or in the target's unit; each SK lasts until the next. */
  static long pengalamanTerkait(List<RiwayatJabatan> riwayat, Map<String, Jabatan> jabatan, Jabatan tujuan, LocalDate pada) {
    List<RiwayatJabatan> urut = riwayat.stream().filter(r -> r.tmt() != null && !r.tmt().isAfter(pada))
        .sorted(Comparator.comparing(RiwayatJabatan::tmt)).toList();
    long total = 0;
    for (int i = 0; i < urut.size(); i++) {
      RiwayatJabatan r = urut.get(i);
      LocalDate sampai = i + 1 < urut.size() ? urut.get(i + 1).tmt() : pada;
      Jabatan j = r.jabatanId() == null ? null : jabatan.get(r.jabatanId());
      boolean terkait = tujuan.unitKerjaId().equals(r.unitKerjaId())
          || (j != null && (j.jenis() == tujuan.jenis() || RumpunJabatan.dari(j.nama()) == RumpunJabatan.dari(tujuan.nama())));
      if (terkait) {
        total += ChronoUnit.DAYS.between(r.tmt(), sampai);
      }
    }
    return total;
  }
}
