package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.mutasi.AturanMutasi;
import id.meritflow.mutasi.DaftarAturanMutasi;
import id.meritflow.mutasi.FaktaMutasi;
import id.meritflow.mutasi.HasilPemeriksaan;
import id.meritflow.mutasi.KategoriAlasan;
import id.meritflow.mutasi.StatusPemeriksaan;
import id.meritflow.mutasi.UsulanMutasi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Risk flags of a transfer proposal. The pilkada flag reuses the mutasi rules POL-71-2 and
 * POL-162-3 (on the TMT and on the TMT moved forward, to catch a move timed just before a freeze).
 */
public final class PenilaiRisiko {

  private static final List<String> ATURAN_PILKADA = List.of("POL-71-2", "POL-162-3");

  private final AmbangRisiko ambang;
  private final List<AturanMutasi> pilkada;

  public PenilaiRisiko(AmbangRisiko ambang, DaftarAturanMutasi daftar) {
    this.ambang = ambang;
    this.pilkada = ATURAN_PILKADA.stream().map(daftar::cari).flatMap(Optional::stream).toList();
  }

  /**
   * @param pendidikanCocok the education-fit value of the employee for the target (factor PENDIDIKAN)
   * @param keluarDariUnit moves out of the employee's unit in the exodus window before the TMT, this one excluded
   */
  public List<Risiko> risiko(FaktaMutasi fakta, double pendidikanCocok, int keluarDariUnit) {
    List<Risiko> risiko = new ArrayList<>();
    politik(fakta).ifPresent(risiko::add);
    demosi(fakta).ifPresent(risiko::add);
    rotasi(fakta).ifPresent(risiko::add);
    if (pendidikanCocok < ambang.kompetensiMinimal()) {
      risiko.add(new Risiko(KodeRisiko.KOMPETENSI_TIDAK_SESUAI, "Pendidikan pegawai (" + fakta.pegawai().pendidikan() + ", "
          + Optional.ofNullable(fakta.pegawai().bidangPendidikan()).orElse("bidang tidak tercatat")
          + ") kurang sesuai dengan jabatan " + fakta.jabatanTujuan().nama() + "."));
    }
    if (keluarDariUnit + 1 >= ambang.eksodusJumlah()) {
      risiko.add(new Risiko(KodeRisiko.EKSODUS_UNIT, "Dengan usulan ini, " + (keluarDariUnit + 1) + " pegawai keluar dari unit "
          + fakta.pegawai().unitKerjaId() + " dalam " + ambang.eksodusHari() + " hari (ambang " + ambang.eksodusJumlah() + ")."));
    }
    return risiko;
  }

  private Optional<Risiko> politik(FaktaMutasi fakta) {
    for (AturanMutasi a : pilkada) {
      HasilPemeriksaan h = a.periksa(fakta);
      if (h.status() != StatusPemeriksaan.LULUS) {
        return Optional.of(new Risiko(KodeRisiko.POLITIK, "TMT berada dalam masa pembatasan pilkada (" + a.kode() + "): " + h.pesan()));
      }
    }
    LocalDate nanti = fakta.tanggalEvaluasi().plusMonths(ambang.pilkadaDekatBulan());
    FaktaMutasi geser = new FaktaMutasi(geser(fakta.usulan(), nanti), fakta.profil(), fakta.jabatanAsal(), fakta.instansiAsal(),
        fakta.instansiTujuan(), fakta.jabatanTujuan(), fakta.pemegangTujuan(), fakta.jabatanRiwayat(), nanti);
    for (AturanMutasi a : pilkada) {
      if (a.periksa(geser).status() != StatusPemeriksaan.LULUS) {
        return Optional.of(new Risiko(KodeRisiko.POLITIK, "TMT kurang dari " + ambang.pilkadaDekatBulan()
            + " bulan sebelum masa pembatasan pilkada (" + a.kode() + "); mutasi menjelang pilkada perlu ditinjau."));
      }
    }
    return Optional.empty();
  }

  private static UsulanMutasi geser(UsulanMutasi u, LocalDate tmt) {
    return new UsulanMutasi(u.nip(), u.instansiTujuanId(), u.unitKerjaTujuanId(), u.jabatanTujuanId(), u.rute(), u.alasan(),
        u.atasPermintaanSendiri(), u.tanggalUsulan(), tmt, u.dokumenPersetujuan());
  }

  /** Lower position (rank ceiling) or removal from a structural post, while the record shows no cause. */
  private Optional<Risiko> demosi(FaktaMutasi fakta) {
    if (fakta.jabatanAsal().isEmpty()) {
      return Optional.empty();
    }
    Jabatan asal = fakta.jabatanAsal().get();
    Jabatan tujuan = fakta.jabatanTujuan();
    boolean turun = tujuan.golonganMax().compareTo(asal.golonganMax()) < 0
        || (asal.jenis().struktural() && !tujuan.jenis().struktural());
    KategoriAlasan kategori = fakta.usulan().kategoriAlasan();
    if (!turun || kategori == KategoriAlasan.PELANGGARAN || kategori == KategoriAlasan.TIDAK_MEMENUHI_SYARAT) {
      return Optional.empty();
    }
    int tahun = fakta.tanggalEvaluasi().getYear();
    boolean kinerjaBuruk = fakta.profil().kinerja().stream()
        .filter(k -> k.tahun() >= tahun - 2 && k.tahun() < tahun).map(Kinerja::predikat).anyMatch(p -> !p.setidaknyaBaik());
    boolean hukuman = fakta.profil().disiplin().stream().anyMatch(k -> k.status() == StatusKasus.DIPUTUS && dalamDuaTahun(k, fakta));
    if (kinerjaBuruk || hukuman) {
      return Optional.empty();
    }
    return Optional.of(new Risiko(KodeRisiko.DEMOSI_TANPA_DASAR_KINERJA, "Usulan menurunkan pegawai dari " + asal.nama() + " ke "
        + tujuan.nama() + ", padahal kinerja dua tahun terakhir tidak di bawah Baik dan tidak ada hukuman disiplin."));
  }

  private static boolean dalamDuaTahun(KasusDisiplin k, FaktaMutasi fakta) {
    return k.tanggalKasus() != null && !k.tanggalKasus().isBefore(fakta.tanggalEvaluasi().minusYears(2));
  }

  private Optional<Risiko> rotasi(FaktaMutasi fakta) {
    LocalDate batas = fakta.tanggalEvaluasi().minusYears(ambang.rotasiBerulangTahun());
    Optional<LocalDate> terakhir = fakta.profil().riwayatJabatan().stream().map(RiwayatJabatan::tmt)
        .filter(t -> t != null && !t.isAfter(fakta.tanggalEvaluasi())).max(LocalDate::compareTo);
    if (fakta.pegawai().tmtJabatan() != null && (terakhir.isEmpty() || fakta.pegawai().tmtJabatan().isAfter(terakhir.get()))) {
      terakhir = Optional.of(fakta.pegawai().tmtJabatan());
    }
    if (terakhir.isPresent() && terakhir.get().isAfter(batas)) {
      return Optional.of(new Risiko(KodeRisiko.ROTASI_BERULANG, "Pegawai terakhir dipindahkan pada " + terakhir.get()
          + ", kurang dari " + ambang.rotasiBerulangTahun() + " tahun sebelum TMT usulan."));
    }
    return Optional.empty();
  }
}
