package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import id.meritflow.kepegawaian.TingkatInstansi;
import id.meritflow.mutasi.DaftarAturanMutasi;
import id.meritflow.mutasi.KebijakanMutasi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded random registries for property-style tests: one agency, a small position map, a vacant
 * target position and employees with random rank, education, kinerja, discipline and histories
 * (some of them ineligible on purpose).
 */
public final class CalonAcak {

  public static final LocalDate PADA = LocalDate.of(2026, 7, 1);
  public static final Instansi INSTANSI = new Instansi("kota-uji", "Pemerintah Kota Uji", TingkatInstansi.KABUPATEN_KOTA,
      "Kota Uji", "Jawa Barat", null, null, null);
  public static final Jabatan PELAKSANA = jabatan("uji-analis", "Analis Kepegawaian", JenisJabatan.PELAKSANA, null,
      Golongan.II_A, Golongan.III_D, Pendidikan.SLTA, null);
  public static final Jabatan PENGAWAS_LAIN = jabatan("uji-kasubbag-umum", "Kepala Subbagian Umum", JenisJabatan.PENGAWAS,
      Eselon.IV_A, Golongan.III_C, Golongan.III_D, Pendidikan.D3, null);
  /** The vacant target: a pengawas post with a legal age limit, so that the age rule is exercised. */
  public static final Jabatan TUJUAN = jabatan("uji-kasubbid-mutasi", "Kepala Subbidang Mutasi Pegawai", JenisJabatan.PENGAWAS,
      Eselon.IV_A, Golongan.III_C, Golongan.III_D, Pendidikan.D3, 58);

  private static final String[] BIDANG = {"Ilmu Administrasi Negara", "Manajemen", "Psikologi", "Teknik Sipil", "Akuntansi"};
  private static final Pendidikan[] PENDIDIKAN = {Pendidikan.SLTA, Pendidikan.D3, Pendidikan.S1, Pendidikan.S1, Pendidikan.S2};

  private final SplittableRandom random;

  public CalonAcak(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Jabatan jabatan(String id, String nama, JenisJabatan jenis, Eselon eselon, Golongan min, Golongan max,
      Pendidikan pendidikanMin, Integer batasUsia) {
    return new Jabatan(id, "kota-uji", "kota-uji-bkpsdm", nama, jenis, eselon, null, min, max, pendidikanMin, batasUsia, 1, 0, 1);
  }

  public static KonteksJabatan konteks() {
    Map<String, Jabatan> jabatan = new HashMap<>();
    for (Jabatan j : List.of(PELAKSANA, PENGAWAS_LAIN, TUJUAN)) {
      jabatan.put(j.id(), j);
    }
    return new KonteksJabatan(TUJUAN, INSTANSI, List.of(), Map.of(INSTANSI.id(), INSTANSI), jabatan, PADA);
  }

  public static Pemeringkat pemeringkat() {
    return new Pemeringkat(new Kelayakan(DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT), Kelayakan.KODE_STANDAR),
        new Penilai(BobotRekomendasi.DEFAULT));
  }

  public List<PegawaiProfil> banyak(int n) {
    List<PegawaiProfil> hasil = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      hasil.add(satu(i));
    }
    return hasil;
  }

  public PegawaiProfil satu(int urutan) {
    LocalDate lahir = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
    JenisKelamin jk = random.nextBoolean() ? JenisKelamin.L : JenisKelamin.P;
    String nip = String.format("%04d%02d%02d200501%s%03d", lahir.getYear(), lahir.getMonthValue(), lahir.getDayOfMonth(),
        jk.digitNip(), urutan % 1000);
    Golongan golongan = Golongan.values()[Golongan.III_A.ordinal() + random.nextInt(6)];
    Pendidikan pendidikan = PENDIDIKAN[random.nextInt(PENDIDIKAN.length)];
    boolean pengawas = random.nextInt(4) == 0;
    Jabatan sekarang = pengawas ? PENGAWAS_LAIN : PELAKSANA;
    LocalDate tmtJabatan = PADA.minusDays(200 + random.nextInt(3000));
    LocalDate tmtSebelum = tmtJabatan.minusDays(300 + random.nextInt(3000));
    Pegawai p = new Pegawai(nip, "Pegawai " + urutan, jk, lahir, tmtSebelum.minusYears(1), "kota-uji", "kota-uji-bkpsdm",
        sekarang.id(), tmtJabatan, golongan, tmtJabatan, pendidikan, BIDANG[random.nextInt(BIDANG.length)],
        random.nextInt(40) == 0, null, null, null, 0);
    List<Kinerja> kinerja = new ArrayList<>();
    for (int t = 1; t <= 4; t++) {
      if (random.nextInt(10) > 0) {
        kinerja.add(new Kinerja(PADA.getYear() - t, acakPredikat()));
      }
    }
    List<KasusDisiplin> disiplin = new ArrayList<>();
    if (random.nextInt(8) == 0) {
      boolean terbuka = random.nextInt(3) == 0;
      TingkatHukuman tingkat = TingkatHukuman.values()[random.nextInt(3)];
      LocalDate mulai = PADA.minusDays(random.nextInt(1500));
      disiplin.add(new KasusDisiplin("k" + urutan, "Pelanggaran uji", mulai, terbuka ? StatusKasus.TERBUKA : StatusKasus.DIPUTUS,
          terbuka ? null : tingkat, terbuka ? null : "TEGURAN_TERTULIS", terbuka ? null : mulai,
          terbuka ? null : mulai.plusMonths(random.nextInt(24))));
    }
    Jabatan sebelum = pengawas ? PELAKSANA : PELAKSANA;
    List<RiwayatJabatan> riwayat = List.of(
        new RiwayatJabatan("r1-" + urutan, "kota-uji", "kota-uji-bkpsdm", sebelum.id(), tmtSebelum, "SK/1"),
        new RiwayatJabatan("r2-" + urutan, "kota-uji", "kota-uji-bkpsdm", sekarang.id(), tmtJabatan, "SK/2"));
    return new PegawaiProfil(p, kinerja, disiplin, List.of(), riwayat);
  }

  private PredikatKinerja acakPredikat() {
    int x = random.nextInt(10);
    return x < 3 ? PredikatKinerja.SANGAT_BAIK : x < 8 ? PredikatKinerja.BAIK : PredikatKinerja.values()[2 + random.nextInt(3)];
  }
}
