package id.meritflow.demo;

import static id.meritflow.demo.UnitTemplate.dinas;
import static id.meritflow.demo.UnitTemplate.grouped;

import id.meritflow.kepegawaian.Eselon;
import java.util.List;

/**
 * Realistic unit names per agency, in the order they are used: a small registry gets the first
 * few. BKPSDM comes first in Cimahi and BKD first in Jawa Barat because the named demo employees
 * work there.
 */
final class UnitCatalog {

  private static final List<String> UMUM = List.of("Perencana", "Pranata Komputer", "Arsiparis");

  static final List<UnitTemplate> CIMAHI = List.of(
      dinas("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
          List.of("Analis Sumber Daya Manusia Aparatur", "Assessor SDM Aparatur"),
          "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi",
          "Bidang Penilaian Kinerja dan Disiplin"),
      grouped("setda", "Sekretariat Daerah", "Sekretaris Daerah", Eselon.II_A, Eselon.III_A,
          List.of("Analis Hukum", "Analis Kebijakan"),
          List.of(List.of("Bagian Tata Pemerintahan", "Subbagian Administrasi Kewilayahan"),
              List.of("Bagian Hukum", "Subbagian Peraturan Perundang-undangan"),
              List.of("Bagian Organisasi", "Subbagian Kelembagaan dan Analisis Jabatan"),
              List.of("Bagian Umum", "Subbagian Tata Usaha Pimpinan"))),
      dinas("dinkes", "Dinas Kesehatan", List.of("Epidemiolog Kesehatan", "Administrator Kesehatan"),
          "Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit",
          "Bidang Pelayanan dan Sumber Daya Kesehatan"),
      dinas("disdik", "Dinas Pendidikan", List.of("Pengawas Sekolah", "Pamong Belajar"),
          "Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama",
          "Bidang Guru dan Tenaga Kependidikan"),
      dinas("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang",
          List.of("Teknik Jalan dan Jembatan", "Penata Ruang"),
          "Bidang Bina Marga", "Bidang Sumber Daya Air", "Bidang Penataan Ruang"),
      dinas("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil",
          List.of("Administrator Database Kependudukan"),
          "Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil"),
      dinas("inspektorat", "Inspektorat Daerah", List.of("Auditor", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah"),
          "Inspektorat Pembantu Wilayah I", "Inspektorat Pembantu Wilayah II"),
      dinas("dinsos", "Dinas Sosial", List.of("Pekerja Sosial", "Penyuluh Sosial"),
          "Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial"),
      dinas("diskominfo", "Dinas Komunikasi dan Informatika", List.of("Pranata Hubungan Masyarakat"),
          "Bidang Aplikasi Informatika", "Bidang Informasi dan Komunikasi Publik"),
      dinas("dishub", "Dinas Perhubungan", List.of("Penguji Kendaraan Bermotor"),
          "Bidang Lalu Lintas", "Bidang Angkutan"),
      dinas("dlh", "Dinas Lingkungan Hidup", List.of("Pengawas Lingkungan Hidup"),
          "Bidang Pengelolaan Sampah", "Bidang Penataan dan Peningkatan Kapasitas Lingkungan"),
      dinas("bkad", "Badan Keuangan dan Aset Daerah", List.of("Analis Keuangan Pusat dan Daerah"),
          "Bidang Anggaran", "Bidang Perbendaharaan", "Bidang Aset"),
      dinas("bappelitbangda", "Badan Perencanaan, Penelitian dan Pengembangan Daerah",
          List.of("Peneliti"), "Bidang Perencanaan Ekonomi", "Bidang Perencanaan Infrastruktur"),
      dinas("satpolpp", "Satuan Polisi Pamong Praja", List.of("Polisi Pamong Praja"),
          "Bidang Penegakan Peraturan Daerah", "Bidang Ketertiban Umum"),
      dinas("dkpp", "Dinas Ketahanan Pangan dan Pertanian", List.of("Penyuluh Pertanian"),
          "Bidang Ketahanan Pangan", "Bidang Pertanian"),
      dinas("disnaker", "Dinas Tenaga Kerja", List.of("Mediator Hubungan Industrial"),
          "Bidang Pelatihan dan Penempatan Tenaga Kerja", "Bidang Hubungan Industrial"),
      dinas("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
          List.of("Analis Kebijakan"), "Bidang Pelayanan Perizinan", "Bidang Penanaman Modal"),
      dinas("bpbd", "Badan Penanggulangan Bencana Daerah", List.of("Analis Kebencanaan"),
          "Bidang Kedaruratan dan Logistik", "Bidang Rehabilitasi dan Rekonstruksi"),
      grouped("kec-utara", "Kecamatan Cimahi Utara", "Camat Cimahi Utara", Eselon.III_A,
          Eselon.IV_A, List.of(), List.of(List.of("Seksi Pemerintahan"),
              List.of("Seksi Ekonomi dan Pembangunan"))),
      grouped("kec-tengah", "Kecamatan Cimahi Tengah", "Camat Cimahi Tengah", Eselon.III_A,
          Eselon.IV_A, List.of(), List.of(List.of("Seksi Pemerintahan"),
              List.of("Seksi Kesejahteraan Sosial"))),
      grouped("kec-selatan", "Kecamatan Cimahi Selatan", "Camat Cimahi Selatan", Eselon.III_A,
          Eselon.IV_A, List.of(), List.of(List.of("Seksi Pemerintahan"),
              List.of("Seksi Ketenteraman dan Ketertiban Umum"))));

  static final List<UnitTemplate> JABAR = List.of(
      dinas("bkd", "Badan Kepegawaian Daerah",
          List.of("Analis Sumber Daya Manusia Aparatur", "Assessor SDM Aparatur"),
          "Bidang Mutasi", "Bidang Pengembangan Karier", "Bidang Kinerja dan Penghargaan"),
      grouped("setda", "Sekretariat Daerah", "Sekretaris Daerah", Eselon.I_B, Eselon.II_B,
          List.of("Analis Hukum", "Analis Kebijakan"),
          List.of(List.of("Biro Pemerintahan dan Otonomi Daerah", "Bagian Otonomi Daerah"),
              List.of("Biro Hukum dan Hak Asasi Manusia", "Bagian Perundang-undangan"),
              List.of("Biro Organisasi", "Bagian Kelembagaan"),
              List.of("Biro Umum", "Bagian Rumah Tangga"))),
      dinas("dinkes", "Dinas Kesehatan", List.of("Epidemiolog Kesehatan", "Administrator Kesehatan"),
          "Bidang Kesehatan Masyarakat", "Bidang Pelayanan Kesehatan"),
      dinas("disdik", "Dinas Pendidikan", List.of("Pengawas Sekolah"),
          "Bidang Pembinaan Sekolah Menengah Atas", "Bidang Pembinaan Sekolah Menengah Kejuruan",
          "Bidang Pendidikan Khusus"),
      dinas("dbmpr", "Dinas Bina Marga dan Penataan Ruang", List.of("Teknik Jalan dan Jembatan"),
          "Bidang Jalan dan Jembatan", "Bidang Tata Ruang"),
      dinas("inspektorat", "Inspektorat Daerah", List.of("Auditor"),
          "Inspektorat Pembantu Wilayah I", "Inspektorat Pembantu Wilayah II",
          "Inspektorat Pembantu Khusus"),
      dinas("bapenda", "Badan Pendapatan Daerah", List.of("Analis Keuangan Pusat dan Daerah"),
          "Bidang Pajak Daerah", "Bidang Retribusi dan Pendapatan Lain-lain"),
      dinas("bappeda", "Badan Perencanaan Pembangunan Daerah", List.of("Peneliti"),
          "Bidang Perencanaan Makro", "Bidang Pemerintahan dan Pembangunan Manusia"),
      dinas("dishut", "Dinas Kehutanan", List.of("Pengendali Ekosistem Hutan", "Polisi Kehutanan"),
          "Bidang Perlindungan Hutan", "Bidang Pengelolaan Daerah Aliran Sungai"),
      dinas("dkp", "Dinas Kelautan dan Perikanan", List.of("Penyuluh Perikanan"),
          "Bidang Perikanan Tangkap", "Bidang Perikanan Budidaya"),
      dinas("desdm", "Dinas Energi dan Sumber Daya Mineral", List.of("Inspektur Tambang"),
          "Bidang Energi", "Bidang Geologi dan Air Tanah"),
      dinas("dishub", "Dinas Perhubungan", List.of("Penguji Kendaraan Bermotor"),
          "Bidang Lalu Lintas Jalan", "Bidang Perkeretaapian"),
      dinas("diskominfo", "Dinas Komunikasi dan Informatika", List.of("Pranata Hubungan Masyarakat"),
          "Bidang E-Government", "Bidang Statistik dan Persandian"),
      dinas("dinsos", "Dinas Sosial", List.of("Pekerja Sosial"),
          "Bidang Rehabilitasi Sosial", "Bidang Pemberdayaan Sosial"),
      dinas("bpbd", "Badan Penanggulangan Bencana Daerah", List.of("Analis Kebencanaan"),
          "Bidang Pencegahan dan Kesiapsiagaan", "Bidang Kedaruratan dan Logistik"),
      dinas("bpsdm", "Badan Pengembangan Sumber Daya Manusia", List.of("Widyaiswara"),
          "Bidang Pengembangan Kompetensi Manajerial", "Bidang Sertifikasi Kompetensi"));

  static final List<UnitTemplate> KEMENPANRB = List.of(
      grouped("setkem", "Sekretariat Kementerian", "Sekretaris Kementerian", Eselon.I_B,
          Eselon.II_B, List.of("Analis Sumber Daya Manusia Aparatur", "Analis Hukum"),
          List.of(List.of("Biro Sumber Daya Manusia dan Umum", "Bagian Pengelolaan SDM", "Bagian Umum"),
              List.of("Biro Perencanaan dan Keuangan", "Bagian Perencanaan", "Bagian Keuangan"),
              List.of("Biro Hukum, Komunikasi dan Informasi Publik", "Bagian Hubungan Masyarakat"))),
      grouped("dep-sdma", "Kedeputian Bidang Sumber Daya Manusia Aparatur",
          "Deputi Bidang Sumber Daya Manusia Aparatur", Eselon.I_B, Eselon.II_B,
          List.of("Analis Kebijakan"),
          List.of(List.of("Asisten Deputi Perencanaan dan Pengadaan SDM Aparatur", "Bidang Perencanaan Kebutuhan"),
              List.of("Asisten Deputi Pengembangan Karier dan Talenta", "Bidang Manajemen Talenta"))),
      grouped("dep-kelembagaan", "Kedeputian Bidang Kelembagaan dan Tata Laksana",
          "Deputi Bidang Kelembagaan dan Tata Laksana", Eselon.I_B, Eselon.II_B,
          List.of("Analis Kebijakan"),
          List.of(List.of("Asisten Deputi Kelembagaan", "Bidang Kelembagaan Kementerian"),
              List.of("Asisten Deputi Tata Laksana", "Bidang Proses Bisnis"))),
      grouped("dep-rb", "Kedeputian Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan",
          "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan", Eselon.I_B,
          Eselon.II_B, List.of("Analis Kebijakan", "Auditor"),
          List.of(List.of("Asisten Deputi Akuntabilitas Aparatur", "Bidang Evaluasi Akuntabilitas"))),
      grouped("dep-yanlik", "Kedeputian Bidang Pelayanan Publik", "Deputi Bidang Pelayanan Publik",
          Eselon.I_B, Eselon.II_B, List.of("Analis Kebijakan"),
          List.of(List.of("Asisten Deputi Standardisasi Pelayanan Publik", "Bidang Standar Pelayanan"))),
      dinas("inspektorat", "Inspektorat", List.of("Auditor"), "Bagian Tata Usaha Inspektorat"));

  static final List<UnitTemplate> BKN = List.of(
      grouped("sestama", "Sekretariat Utama", "Sekretaris Utama", Eselon.I_B, Eselon.II_B,
          List.of("Analis Sumber Daya Manusia Aparatur"),
          List.of(List.of("Biro Sumber Daya Manusia", "Bagian Mutasi Pegawai"),
              List.of("Biro Keuangan", "Bagian Perbendaharaan"))),
      grouped("dep-mutasi", "Kedeputian Bidang Mutasi Kepegawaian", "Deputi Bidang Mutasi Kepegawaian",
          Eselon.I_B, Eselon.II_B, List.of("Analis Sumber Daya Manusia Aparatur"),
          List.of(List.of("Direktorat Status dan Kedudukan Kepegawaian", "Subdirektorat Mutasi Antar Instansi"),
              List.of("Direktorat Pengadaan dan Kepangkatan", "Subdirektorat Kenaikan Pangkat"))),
      grouped("dep-wasdal", "Kedeputian Bidang Pengawasan dan Pengendalian",
          "Deputi Bidang Pengawasan dan Pengendalian", Eselon.I_B, Eselon.II_B, List.of("Auditor"),
          List.of(List.of("Direktorat Pengawasan dan Pengendalian I", "Subdirektorat Wilayah I"))),
      dinas("kanreg3", "Kantor Regional III", List.of("Analis Sumber Daya Manusia Aparatur"),
          "Bidang Mutasi dan Status Kepegawaian", "Bidang Pengadaan dan Kepangkatan"));

  private UnitCatalog() {}

  static List<UnitTemplate> forAgency(String instansiId) {
    return switch (instansiId) {
      case AgencyCatalog.CIMAHI -> CIMAHI;
      case AgencyCatalog.JABAR -> JABAR;
      case AgencyCatalog.KEMENPANRB -> KEMENPANRB;
      case AgencyCatalog.BKN -> BKN;
      default -> throw new IllegalArgumentException("unknown demo agency " + instansiId);
    };
  }

  /** Functional positions every agency has besides its own specialities. */
  static List<String> umum() {
    return UMUM;
  }
}
