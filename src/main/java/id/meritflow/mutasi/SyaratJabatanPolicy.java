package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * MUT-SYARAT-JABATAN: the target position's minimum rank and education, plus the entry
 * requirements of domain.md §6 for pengawas, administrator and JPT pratama. Entry requirements
 * apply only when the employee enters that kind of position; a lateral move between two posts of
 * the same kind has met them already. Age is read only for JPT pratama, the one legal age limit.
 */
final class SyaratJabatanPolicy implements AturanMutasi {

  static final String KODE = "MUT-SYARAT-JABATAN";

  private final KebijakanMutasi kebijakan;

  SyaratJabatanPolicy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Syarat jabatan tujuan", "PP 11/2017 Pasal 190, Pasal 54-56, 107-108 (PP 17/2020)",
        "Golongan dan pendidikan memenuhi minimal jabatan tujuan; untuk pengawas, administrator dan JPT pratama "
            + "juga pengalaman jabatan, kinerja Baik 2 tahun dan (JPT pratama) usia paling tinggi "
            + kebijakan.jptPratamaUsiaMaksimum() + " tahun.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    Pegawai p = fakta.pegawai();
    Jabatan tujuan = fakta.jabatanTujuan();
    Fakta f = Fakta.of().put("jenisJabatanTujuan", tujuan.jenis())
        .put("golongan", p.golongan().kode()).put("golonganMinimal", tujuan.golonganMin().kode())
        .put("pendidikan", p.pendidikan()).put("pendidikanMinimal", tujuan.pendidikanMin());
    List<String> kurang = new ArrayList<>();
    if (p.golongan().compareTo(tujuan.golonganMin()) < 0) {
      kurang.add("golongan " + p.golongan().kode() + " di bawah golongan minimal " + tujuan.golonganMin().kode());
    }
    if (!p.pendidikan().memenuhi(tujuan.pendidikanMin())) {
      kurang.add("pendidikan " + p.pendidikan() + " di bawah pendidikan minimal " + tujuan.pendidikanMin());
    }
    boolean masuk = fakta.jabatanAsal().map(j -> j.jenis() != tujuan.jenis()).orElse(true);
    switch (tujuan.jenis()) {
      case PENGAWAS -> syaratMasuk(fakta, f, kurang, masuk, Pendidikan.D3, "pelaksana",
          j -> j.jenis() == JenisJabatan.PELAKSANA, kebijakan.pengawasMasaPelaksanaTahun());
      case ADMINISTRATOR -> syaratMasuk(fakta, f, kurang, masuk, Pendidikan.S1, "pengawas",
          j -> j.jenis() == JenisJabatan.PENGAWAS, kebijakan.administratorMasaPengawasTahun());
      case JPT_PRATAMA -> {
        syaratMasuk(fakta, f, kurang, masuk, Pendidikan.S1, "administrator atau JF ahli madya",
            j -> j.jenis() == JenisJabatan.ADMINISTRATOR
                || (j.jenis() == JenisJabatan.FUNGSIONAL && "AHLI_MADYA".equals(j.jenjang())),
            kebijakan.jptPratamaMasaAdministratorTahun());
        if (masuk) {
          usia(p, fakta.tanggalEvaluasi(), f, kurang);
          f.put("pengalamanRelevan", "tidak dinilai otomatis; diverifikasi panitia seleksi");
        }
      }
      default -> f.put("persyaratanMasuk", "tidak ada persyaratan masuk tambahan untuk " + tujuan.jenis());
    }
    if (!kurang.isEmpty()) {
      return HasilPemeriksaan.gagal(KODE, f, "Syarat jabatan " + tujuan.nama() + " tidak terpenuhi: "
          + String.join("; ", kurang) + ".");
    }
    return HasilPemeriksaan.lulus(KODE, f, "Pegawai memenuhi syarat jabatan " + tujuan.nama() + ".");
  }

  private void syaratMasuk(FaktaMutasi fakta, Fakta f, List<String> kurang, boolean masuk, Pendidikan pendidikanMin,
      String pengalaman, Predicate<Jabatan> jenisPengalaman, int tahun) {
    if (!masuk) {
      f.put("persyaratanMasuk", "tidak berlaku: perpindahan antar jabatan " + fakta.jabatanTujuan().jenis() + " yang setara");
      return;
    }
    f.put("persyaratanMasuk", "berlaku");
    Pegawai p = fakta.pegawai();
    if (!p.pendidikan().memenuhi(pendidikanMin)) {
      kurang.add("pendidikan " + p.pendidikan() + " di bawah " + pendidikanMin + " untuk jabatan " + fakta.jabatanTujuan().jenis());
    }
    long hari = MasaDalamJenisJabatan.hari(fakta.profil().riwayatJabatan(), fakta.jabatanRiwayat(),
        fakta.tanggalEvaluasi(), jenisPengalaman);
    f.put("pengalamanSebagai", pengalaman).put("masaPengalaman", MasaDalamJenisJabatan.lama(hari)).put("masaMinimalTahun", tahun);
    if (!MasaDalamJenisJabatan.cukup(hari, fakta.tanggalEvaluasi(), tahun)) {
      kurang.add("pengalaman sebagai " + pengalaman + " " + MasaDalamJenisJabatan.lama(hari) + ", kurang dari " + tahun + " tahun");
    }
    // The position's own "Baik for 2 years"; MUT-KINERJA checks the same years for every move.
    kurang.addAll(KinerjaTerakhir.kekurangan(fakta.profil(), fakta.tanggalEvaluasi(), kebijakan.kinerjaTahun(), f));
  }

  private void usia(Pegawai p, LocalDate pada, Fakta f, List<String> kurang) {
    int usia = Period.between(p.tanggalLahir(), pada).getYears();
    f.put("usia", usia).put("usiaMaksimal", kebijakan.jptPratamaUsiaMaksimum());
    if (usia > kebijakan.jptPratamaUsiaMaksimum()) {
      kurang.add("usia " + usia + " tahun melebihi batas " + kebijakan.jptPratamaUsiaMaksimum() + " tahun untuk JPT pratama");
    }
  }
}
