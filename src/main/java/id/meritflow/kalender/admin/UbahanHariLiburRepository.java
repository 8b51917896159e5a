package id.meritflow.kalender.admin;

import id.meritflow.kalender.HariLibur;
import id.meritflow.kalender.JenisLibur;
import id.meritflow.kalender.UbahanHariLibur;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The admin's corrections ({@code hari_libur_ubahan}) and their append-only trail. */
@Repository
class UbahanHariLiburRepository {

  /** A stored correction with who made it and why. */
  record Koreksi(UbahanHariLibur ubahan, String alasan, String diubahOleh, Instant diubahPada) {}

  record Jejak(Instant waktu, String pelaku, String aksi, LocalDate tanggal, String sebelum, String sesudah,
      String alasan) {}

  private final JdbcTemplate jdbc;

  UbahanHariLiburRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Koreksi> semua() {
    return jdbc.query("select * from hari_libur_ubahan order by tanggal", (rs, i) -> koreksi(rs));
  }

  Optional<Koreksi> cari(LocalDate tanggal) {
    return jdbc.query("select * from hari_libur_ubahan where tanggal = ?", (rs, i) -> koreksi(rs), Date.valueOf(tanggal))
        .stream().findFirst();
  }

  void simpan(UbahanHariLibur ubahan, String alasan, String pelaku, Instant waktu) {
    jdbc.update("delete from hari_libur_ubahan where tanggal = ?", Date.valueOf(ubahan.tanggal()));
    jdbc.update("""
        insert into hari_libur_ubahan (tanggal, libur, nama, jenis, alasan, diubah_oleh, diubah_pada)
        values (?, ?, ?, ?, ?, ?, ?)""",
        Date.valueOf(ubahan.tanggal()), ubahan.libur().isPresent(), ubahan.libur().map(HariLibur::nama).orElse(null),
        ubahan.libur().map(l -> l.jenis().name()).orElse(null), alasan, pelaku, Timestamp.from(waktu));
  }

  boolean hapus(LocalDate tanggal) {
    return jdbc.update("delete from hari_libur_ubahan where tanggal = ?", Date.valueOf(tanggal)) > 0;
  }

  void catatJejak(String pelaku, Instant waktu, String aksi, LocalDate tanggal, String sebelum, String sesudah,
      String alasan) {
    jdbc.update("""
        insert into hari_libur_ubahan_jejak (id, waktu, pelaku, aksi, tanggal, sebelum, sesudah, alasan)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), Timestamp.from(waktu), pelaku, aksi, Date.valueOf(tanggal), sebelum, sesudah, alasan);
  }

  List<Jejak> jejak(int tahun) {
    return jdbc.query("""
        select * from hari_libur_ubahan_jejak where tanggal >= ? and tanggal < ? order by waktu desc, id""",
        (rs, i) -> new Jejak(rs.getTimestamp("waktu").toInstant(), rs.getString("pelaku"), rs.getString("aksi"),
            rs.getDate("tanggal").toLocalDate(), rs.getString("sebelum"), rs.getString("sesudah"), rs.getString("alasan")),
        Date.valueOf(LocalDate.of(tahun, 1, 1)), Date.valueOf(LocalDate.of(tahun + 1, 1, 1)));
  }

  private static Koreksi koreksi(ResultSet rs) throws SQLException {
    LocalDate tanggal = rs.getDate("tanggal").toLocalDate();
    UbahanHariLibur ubahan = rs.getBoolean("libur")
        ? UbahanHariLibur.libur(new HariLibur(tanggal, rs.getString("nama"), JenisLibur.valueOf(rs.getString("jenis")), true))
        : UbahanHariLibur.hariKerja(tanggal);
    return new Koreksi(ubahan, rs.getString("alasan"), rs.getString("diubah_oleh"), rs.getTimestamp("diubah_pada").toInstant());
  }
}
