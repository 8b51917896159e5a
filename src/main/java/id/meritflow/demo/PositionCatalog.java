package id.meritflow.demo;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pendidikan;
import java.util.List;
import java.util.Set;

/**
 * Non-structural positions: pelaksana titles (PermenPANRB 41/2018 style) and the jenjang of
 * functional positions with their customary rank ranges and minimum education.
 */
final class PositionCatalog {

  /** A pelaksana or fungsional level: its title suffix, rank range and minimum education. */
  record Level(String nama, String jenjang, Golongan min, Golongan max, Pendidikan pendidikanMin) {}

  static final List<Level> PELAKSANA = List.of(
      new Level("Pengadministrasi Umum", null, Golongan.II_A, Golongan.III_B, Pendidikan.SLTA),
      new Level("Pengadministrasi Perkantoran", null, Golongan.II_A, Golongan.III_B, Pendidikan.SLTA),
      new Level("Pengemudi", null, Golongan.I_C, Golongan.II_C, Pendidikan.SLTP),
      new Level("Pramu Bakti", null, Golongan.I_A, Golongan.II_A, Pendidikan.SD),
      new Level("Pengelola Data", null, Golongan.II_C, Golongan.III_C, Pendidikan.D3),
      new Level("Pengelola Keuangan", null, Golongan.II_C, Golongan.III_C, Pendidikan.D3),
      new Level("Bendahara", null, Golongan.II_C, Golongan.III_C, Pendidikan.D3),
      new Level("Analis Kepegawaian", null, Golongan.III_A, Golongan.III_D, Pendidikan.S1),
      new Level("Analis Data dan Informasi", null, Golongan.III_A, Golongan.III_D, Pendidikan.S1),
      new Level("Penyusun Program Anggaran dan Pelaporan", null, Golongan.III_A, Golongan.III_D,
          Pendidikan.S1));

  /** Weights matching PELAKSANA: clerical posts are the most common, drivers and messengers rare. */
  static final int[] PELAKSANA_WEIGHTS = {6, 4, 1, 1, 4, 2, 1, 4, 3, 3};

  static final List<Level> AHLI = List.of(
      new Level("Ahli Pertama", "AHLI_PERTAMA", Golongan.III_A, Golongan.III_B, Pendidikan.S1),
      new Level("Ahli Muda", "AHLI_MUDA", Golongan.III_C, Golongan.III_D, Pendidikan.S1),
      new Level("Ahli Madya", "AHLI_MADYA", Golongan.IV_A, Golongan.IV_C, Pendidikan.S1));

  static final List<Level> KETERAMPILAN = List.of(
      new Level("Terampil", "TERAMPIL", Golongan.II_C, Golongan.II_D, Pendidikan.D3),
      new Level("Mahir", "MAHIR", Golongan.III_A, Golongan.III_B, Pendidikan.D3),
      new Level("Penyelia", "PENYELIA", Golongan.III_C, Golongan.III_D, Pendidikan.D3));

  /** Functional positions that also exist in the skill (keterampilan) category. */
  private static final Set<String> WITH_KETERAMPILAN = Set.of("Pranata Komputer", "Arsiparis",
      "Polisi Pamong Praja", "Polisi Kehutanan", "Penguji Kendaraan Bermotor", "Administrator Kesehatan");

  private PositionCatalog() {}

  static boolean hasKeterampilan(String fungsional) {
    return WITH_KETERAMPILAN.contains(fungsional);
  }

  /** Legal age limit for appointment; only JPT has one (domain.md §6). */
  static final int BATAS_USIA_JPT = 56;
}
