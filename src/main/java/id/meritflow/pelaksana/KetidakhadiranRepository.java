package id.meritflow.pelaksana;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code ketidakhadiran} table (V73). Rows are inserted and ended, never deleted. */
@Repository
class KetidakhadiranRepository {

  private final JdbcTemplate jdbc;

  KetidakhadiranRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void simpan(Ketidakhadiran k) {
    jdbc.update("""
        insert into ketidakhadiran (id, pejabat, pelaksana, jenis, mulai, selesai, alasan, dicatat_oleh, dicatat_pada)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", k.id(), k.pejabat(), k.pelaksana(), k.jenis().name(), k.mulai(),
        k.selesai(), k.alasan(), k.dicatatOleh(), Timestamp.from(k.dicatatPada()));
  }

  /** Ends it now; false when it had ended already (another request was first). */
  boolean akhiri(String id, String oleh, Instant pada) {
    return jdbc.update("update ketidakhadiran set diakhiri_oleh = ?, diakhiri_pada = ? where id = ? and diakhiri_pada is null",
        oleh, Timestamp.from(pada), id) == 1;
  }

  Optional<Ketidakhadiran> cari(String id) {
    return jdbc.query("select * from ketidakhadiran where id = ?", KetidakhadiranRepository::baris, id).stream().findFirst();
  }

  /** The absences of these users, as official or as acting official, that have not ended before {@code sejak}. */
  List<Ketidakhadiran> melibatkan(List<String> pengguna, LocalDate sejak) {
    if (pengguna.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", pengguna.stream().map(p -> "?").toList());
    Object[] args = new Object[pengguna.size() * 2 + 1];
    for (int i = 0; i < pengguna.size(); i++) {
      args[i] = pengguna.get(i);
      args[pengguna.size() + i] = pengguna.get(i);
    }
    args[args.length - 1] = sejak;
    return jdbc.query("select * from ketidakhadiran where (pejabat in (" + in + ") or pelaksana in (" + in + "))"
        + " and selesai >= ? order by mulai desc, dicatat_pada desc", KetidakhadiranRepository::baris, args);
  }

  /** Every absence not ended before {@code sejak} (the list an admin or an operator filters). */
  List<Ketidakhadiran> sejak(LocalDate sejak) {
    return jdbc.query("select * from ketidakhadiran where selesai >= ? order by mulai desc, dicatat_pada desc",
        KetidakhadiranRepository::baris, sejak);
  }

  /** The absences in force on this day. */
  List<Ketidakhadiran> berlakuPada(LocalDate hari) {
    return jdbc.query("select * from ketidakhadiran where diakhiri_pada is null and mulai <= ? and selesai >= ?",
        KetidakhadiranRepository::baris, hari, hari);
  }

  private static Ketidakhadiran baris(ResultSet rs, int i) throws SQLException {
    Timestamp diakhiri = rs.getTimestamp("diakhiri_pada");
    return new Ketidakhadiran(rs.getString("id"), rs.getString("pejabat"), rs.getString("pelaksana"),
        JenisPelaksana.valueOf(rs.getString("jenis")), rs.getObject("mulai", LocalDate.class),
        rs.getObject("selesai", LocalDate.class), rs.getString("alasan"), rs.getString("dicatat_oleh"),
        rs.getTimestamp("dicatat_pada").toInstant(), Optional.ofNullable(diakhiri).map(Timestamp::toInstant));
  }
}
