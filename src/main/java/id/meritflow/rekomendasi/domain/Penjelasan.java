package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Jabatan;
import java.math.BigDecimal;

/** One sentence in Bahasa Indonesia per factor: the facts used, the value, the weight and the points. */
final class Penjelasan {

  private Penjelasan() {}

  static String faktor(Faktor f, ProfilKandidat p, Jabatan tujuan, double nilai, double bobot, BigDecimal poin) {
    String fakta = switch (f) {
      case KINERJA -> "predikat kinerja tahun lalu " + Penilai.predikat(p.kinerja().tahunLalu()) + ", dua tahun lalu "
          + Penilai.predikat(p.kinerja().duaTahunLalu()) + ", tiga tahun lalu " + Penilai.predikat(p.kinerja().tigaTahunLalu());
      case POTENSI -> "proksi potensi dari pengalaman terkait, kualifikasi pendidikan " + p.pendidikan() + " dan integritas";
      case PENDIDIKAN -> "pendidikan " + p.pendidikan() + (p.pendidikan().memenuhi(tujuan.pendidikanMin()) ? " memenuhi" : " di bawah")
          + " minimal " + tujuan.pendidikanMin() + ", bidang " + p.bidangPendidikan().orElse("tidak tercatat")
          + " untuk rumpun " + RumpunJabatan.dari(tujuan.nama()).label().toLowerCase(java.util.Locale.ROOT);
      case PANGKAT -> "golongan " + p.golongan().kode() + " terhadap rentang " + tujuan.golonganMin().kode() + " s.d. "
          + tujuan.golonganMax().kode();
      case PENGALAMAN -> "pengalaman terkait " + tahun(p.hariPengalamanTerkait()) + " (penuh pada 5 tahun)";
      case INTEGRITAS -> p.kasusTerbuka() || p.jumlahHukumanRingan() + p.jumlahHukumanSedang() + p.jumlahHukumanBerat() > 0
          ? "hukuman disiplin ringan " + p.jumlahHukumanRingan() + ", sedang " + p.jumlahHukumanSedang() + ", berat "
              + p.jumlahHukumanBerat() + (p.kasusTerbuka() ? ", ada kasus terbuka" : "")
          : "tidak ada riwayat hukuman disiplin";
      case MASA_JABATAN -> "masa dalam jabatan sekarang " + tahun(p.hariDiJabatanSekarang());
    };
    return f.label() + ": " + fakta + "; nilai " + Angka.tampil(nilai) + " x bobot " + Angka.tampil(bobot) + " = "
        + Angka.tampil(poin) + " poin.";
  }

  private static String tahun(long hari) {
    return Angka.tampil(hari / NilaiFaktor.TAHUN) + " tahun";
  }
}
