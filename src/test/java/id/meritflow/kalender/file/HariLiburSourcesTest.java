package id.meritflow.kalender.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritflow.kalender.DaftarHariLibur;
import id.meritflow.kalender.KalenderHariKerja;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HariLiburSourcesTest {

  private static final List<URL> SHIPPED = Stream.of("kalender/hari-libur-2025.json", "kalender/hari-libur-2026.json",
      "kalender/hari-libur-2027.json")
      .map(name -> HariLiburSourcesTest.class.getClassLoader().getResource(name)).toList();

  @TempDir
  Path direktori;

  @Test
  void shippedFilesHoldTheDecreedNumberOfDays() {
    Map<Integer, DaftarHariLibur> years = HariLiburSources.load(SHIPPED, direktori.resolve("tidak-ada"));

    assertThat(years.get(2025).hariLibur()).hasSize(28); // 17 libur nasional + 10 cuti bersama + 18 Agustus
    assertThat(years.get(2026).hariLibur()).hasSize(25); // 17 + 8
    assertThat(years.get(2026).dasar()).anyMatch(dasar -> dasar.contains("Nomor 1497 Tahun 2025"));
    assertThat(years.get(2027).hariLibur()).hasSize(21);
    assertThat(years.get(2027).dasar()).anyMatch(dasar -> dasar.contains("BELUM DIKONFIRMASI"));
  }

  @Test
  void adminFileReplacesTheShippedYearAndAddsANewOne() throws IOException {
    // given an admin file that moves the Idul Fitri cuti bersama of 2026 and one that replaces 2027
    write("hari-libur-2026.json", """
        {"tahun": 2026, "dasar": ["uji"], "hariLibur": [
          {"tanggal": "2026-03-25", "nama": "Cuti bersama pengganti", "jenis": "CUTI_BERSAMA"}
        ]}""");
    write("hari-libur-2027.json", """
        {"tahun": 2027, "hariLibur": [{"tanggal": "2027-01-01", "nama": "Tahun Baru 2027 Masehi", "jenis": "LIBUR_NASIONAL"}]}""");
    write("catatan.txt", "not a calendar file, ignored");

    // when
    KalenderHariKerja kalender = new KalenderHariKerja(HariLiburSources.load(SHIPPED, direktori).values());

    // then the admin's year wins whole, the shipped 2025 stays
    assertThat(kalender.isWorkingDay(LocalDate.of(2026, 3, 20))).isTrue();
    assertThat(kalender.isWorkingDay(LocalDate.of(2026, 3, 25))).isFalse();
    assertThat(kalender.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(kalender.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
    assertThat(kalender.tahunBerdata()).containsExactlyInAnyOrder(2025, 2026, 2027);
  }

  @Test
  void invalidDateIsRefusedNamingFileLineAndEntry() throws IOException {
    write("hari-libur-2026.json", """
        {"tahun": 2026, "hariLibur": [
          {"tanggal": "2026-01-01", "nama": "Tahun Baru", "jenis": "LIBUR_NASIONAL"},
          {"tanggal": "2026-02-30", "nama": "Salah ketik", "jenis": "LIBUR_NASIONAL"}
        ]}""");

    assertThatThrownBy(() -> HariLiburSources.load(SHIPPED, direktori))
        .isInstanceOf(BerkasHariLiburDitolak.class)
        .hasMessageContaining("hari-libur-2026.json")
        .hasMessageContaining("baris 3")
        .hasMessageContaining("entri ke-2")
        .hasMessageContaining("\"2026-02-30\" bukan tanggal yang sah");
  }

  @Test
  void unknownJenisDuplicateDateOtherYearAndBrokenJsonAreRefused() throws IOException {
    assertRefused("""
        {"tahun": 2026, "hariLibur": [{"tanggal": "2026-01-01", "nama": "x", "jenis": "LIBUR"}]}""", "\"jenis\" harus salah satu dari");
    assertRefused("""
        {"tahun": 2026, "hariLibur": [
          {"tanggal": "2026-01-01", "nama": "x", "jenis": "LIBUR_NASIONAL"},
          {"tanggal": "2026-01-01", "nama": "y", "jenis": "CUTI_BERSAMA"}]}""", "sudah tercantum di baris 2");
    assertRefused("""
        {"tahun": 2026, "hariLibur": [{"tanggal": "2025-12-31", "nama": "x", "jenis": "CUTI_BERSAMA"}]}""", "bukan di tahun 2026");
    assertRefused("""
        {"tahun": 2025, "hariLibur": []}""", "harus sama dengan tahun pada nama berkas (2026)");
    assertRefused("""
        {"tahun": 2026, "hariLibur": [{"tangal": "2026-01-01"}]}""", "kolom \"tangal\" tidak dikenal");
    assertRefused("""
        {"tahun": 2026, "hariLibur": [
          {"tanggal": "2026-01-01", "nama": "x", "jenis": "LIBUR_NASIONAL"}
          {"tanggal": "2026-01-02", "nama": "y", "jenis": "LIBUR_NASIONAL"}]}""", "baris 3: JSON tidak sah");
  }

  private void assertRefused(String content, String reason) throws IOException {
    write("hari-libur-2026.json", content);
    assertThatThrownBy(() -> HariLiburSources.load(SHIPPED, direktori))
        .isInstanceOf(BerkasHariLiburDitolak.class).hasMessageContaining(reason);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(direktori.resolve(name), content);
  }
}
