package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pegawai;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * POL-JPT-2TH: a JPT holder may not be replaced within 2 years of inauguration into the post,
 * unless for a violation or no longer meeting the requirements; for JPT utama/madya the
 * President's approval is needed as well. Two people can be the one replaced: a holder of the
 * target JPT post when it has no free seat, and the employee himself leaving a JPT post.
 */
final class Jpt2TahunPolicy implements AturanMutasi {

  static final String KODE = "POL-JPT-2TH";

  /**
   * UU 5/2014 Pasal 116(1) carried the rule and was revoked by UU 20/2023, whose text does not
   * repeat it; until the provision in force is confirmed the rule stays a configurable policy
   * ({@code meritflow.mutasi.jpt-masa-jabatan-tahun}, 0 turns it off) with its origin stated.
   */
  static final String DASAR_HUKUM = "Kebijakan yang dapat dikonfigurasi (meritflow.mutasi.jpt-masa-jabatan-tahun). "
      + "Asal: UU 5/2014 Pasal 116 ayat (1), dicabut oleh UU 20/2023 yang tidak memuat ulang larangan ini; "
      + "ketentuan pengisian JPT dalam PP 11/2017 jo. PP 17/2020 tetap berlaku sepanjang tidak bertentangan "
      + "(pasal yang memuat larangan 2 tahun: perlu verifikasi)";

  private static final Set<JenisJabatan> JPT = EnumSet.of(JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA);
  private static final Set<KategoriAlasan> PENGECUALIAN = EnumSet.of(KategoriAlasan.PELANGGARAN, KategoriAlasan.TIDAK_MEMENUHI_SYARAT);

  private final KebijakanMutasi kebijakan;

  Jpt2TahunPolicy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Penggantian JPT sebelum " + kebijakan.jptMasaJabatanTahun() + " tahun",
        DASAR_HUKUM,
        "Pejabat pimpinan tinggi tidak boleh diganti dalam " + kebijakan.jptMasaJabatanTahun()
            + " tahun sejak pelantikan kecuali melanggar ketentuan atau tidak lagi memenuhi syarat; "
            + "JPT utama dan madya juga memerlukan persetujuan Presiden.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    Fakta f = Fakta.of().put("tanggalEvaluasi", fakta.tanggalEvaluasi()).put("kategoriAlasan", fakta.usulan().kategoriAlasan())
        .put("masaPerlindunganTahun", kebijakan.jptMasaJabatanTahun());
    List<Digantikan> digantikan = digantikan(fakta);
    if (digantikan.isEmpty()) {
      return HasilPemeriksaan.lulus(KODE, f, "Tidak ada pejabat pimpinan tinggi yang diganti sebelum "
          + kebijakan.jptMasaJabatanTahun() + " tahun sejak pelantikan.");
    }
    digantikan.forEach(d -> f.put("digantikan." + d.pegawai().nip(),
        d.jabatan().jenis() + " " + d.jabatan().nama() + " sejak " + d.pegawai().tmtJabatan()));
    String siapa = digantikan.get(0).uraian();
    if (!PENGECUALIAN.contains(fakta.usulan().kategoriAlasan())) {
      return HasilPemeriksaan.gagal(KODE, f, "Penggantian " + siapa + " sebelum " + kebijakan.jptMasaJabatanTahun()
          + " tahun sejak pelantikan hanya dapat dilakukan karena pelanggaran atau tidak lagi memenuhi syarat jabatan.");
    }
    boolean presiden = digantikan.stream().anyMatch(d -> d.jabatan().jenis() != JenisJabatan.JPT_PRATAMA);
    if (!presiden) {
      return HasilPemeriksaan.lulus(KODE, f, "Penggantian " + siapa + " sebelum " + kebijakan.jptMasaJabatanTahun()
          + " tahun dibenarkan karena alasan " + fakta.usulan().kategoriAlasan() + ".");
    }
    Optional<DokumenPersetujuan> dokumen = fakta.usulan().dokumenUntuk(KODE).stream().findFirst();
    if (dokumen.isEmpty()) {
      return HasilPemeriksaan.perluPersetujuan(KODE, f, "Penggantian " + siapa
          + " (JPT utama/madya) sebelum " + kebijakan.jptMasaJabatanTahun() + " tahun memerlukan persetujuan Presiden.");
    }
    f.put("persetujuanPresiden", dokumen.get().uraian());
    return HasilPemeriksaan.lulus(KODE, f, "Persetujuan Presiden nomor " + dokumen.get().nomor()
        + " untuk penggantian " + siapa + " telah tercatat.");
  }

  private List<Digantikan> digantikan(FaktaMutasi fakta) {
    List<Digantikan> hasil = new ArrayList<>();
    Jabatan tujuan = fakta.jabatanTujuan();
    List<Pegawai> lain = fakta.pemegangLain();
    // A free seat replaces nobody; only a full JPT post means a holder makes way.
    if (JPT.contains(tujuan.jenis()) && tujuan.kebutuhan() <= lain.size()) {
      lain.stream().filter(p -> baru(p, fakta)).forEach(p -> hasil.add(new Digantikan(p, tujuan, "pemangku")));
    }
    fakta.jabatanAsal().filter(j -> JPT.contains(j.jenis())).filter(j -> !j.id().equals(tujuan.id()))
        .filter(j -> baru(fakta.pegawai(), fakta))
        .ifPresent(j -> hasil.add(new Digantikan(fakta.pegawai(), j, "pegawai yang diusulkan")));
    return hasil;
  }

  private boolean baru(Pegawai p, FaktaMutasi fakta) {
    return p.tmtJabatan() != null && !Tanggal.sudahTahun(p.tmtJabatan(), fakta.tanggalEvaluasi(), kebijakan.jptMasaJabatanTahun());
  }

  private record Digantikan(Pegawai pegawai, Jabatan jabatan, String peran) {
    String uraian() {
      return peran + " " + pegawai.nama() + " (" + pegawai.nip() + ") dari jabatan " + jabatan.nama();
    }
  }
}
