package id.meritflow.kenaikanpangkat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The usulan_kp table. Runs in the caller's transaction (the engine's job, or a read). */
@Repository
class UsulanKpRepository {
  private final java.time.Clock clock;

  /** A stored proposal. {@code hasil} is the rules' results as JSON. */
  record Baris(String businessKey, String processInstanceId, String nip, String instansiId, String periode,
      String jenis, String golonganAsal, String golonganTujuan, LocalDate tmt, String masaKerja, String rute,
      String batchId, Integer batchBaris, String kesimpulan, StatusUsulanKp status, String hasil, String nomorPertek,
      String nomorSk, String keterangan, LocalDateTime diperiksa, LocalDateTime diperbarui) {}

  /** Filters of a listing; every one optional except the agencies the caller may read. */
  record Filter(List<String> instansi, boolean semuaInstansi, Optional<String> periode, Optional<String> batchId,
      Optional<String> kesimpulan, Optional<StatusUsulanKp> status) {}

  private final JdbcTemplate jdbc;

  UsulanKpRepository(JdbcTemplate jdbc, java.time.Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** Insert, or replace the screening of a case checked again (a retried job). */
  void simpanPemeriksaan(Baris b) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    int updated = jdbc.update("""
        update usulan_kp set kesimpulan = ?, status = ?, hasil = ?, golongan_tujuan = ?, masa_kerja = ?, rute = ?,
          diperiksa = ?, diperbarui = ? where business_key = ?""",
        b.kesimpulan(), b.status().name(), b.hasil(), b.golonganTujuan(), b.masaKerja(), b.rute(), now, now, b.businessKey());
    if (updated == 0) {
      jdbc.update("""
          insert into usulan_kp (business_key, process_instance_id, nip, instansi_id, periode, jenis, golongan_asal,
            golongan_tujuan, tmt, masa_kerja, rute, batch_id, batch_baris, kesimpulan, status, hasil, diperiksa, diperbarui)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          b.businessKey(), b.processInstanceId(), b.nip(), b.instansiId(), b.periode(), b.jenis(), b.golonganAsal(),
          b.golonganTujuan(), b.tmt(), b.masaKerja(), b.rute(), b.batchId(), b.batchBaris(), b.kesimpulan(),
          b.status().name(), b.hasil(), now, now);
    }
  }

  void status(String businessKey, StatusUsulanKp status, String keterangan) {
    jdbc.update("update usulan_kp set status = ?, keterangan = coalesce(?, keterangan), diperbarui = ? where business_key = ?",
        status.name(), keterangan, Timestamp.valueOf(LocalDateTime.now(clock)), businessKey);
  }

  void pertek(String businessKey, String nomorPertek) {
    jdbc.update("update usulan_kp set status = ?, nomor_pertek = ?, diperbarui = ? where business_key = ?",
        StatusUsulanKp.MENUNGGU_TANDA_TANGAN.name(), nomorPertek, Timestamp.valueOf(LocalDateTime.now(clock)), businessKey);
  }

  void sk(String businessKey, String nomorSk) {
    jdbc.update("update usulan_kp set status = ?, nomor_sk = ?, diperbarui = ? where business_key = ?",
        StatusUsulanKp.SK_TERBIT.name(), nomorSk, Timestamp.valueOf(LocalDateTime.now(clock)), businessKey);
  }

  /** The period of the employee's promotion still under way (screened, not yet in the rank history), if any. */
  Optional<String> periodeBerjalan(String nip) {
    return jdbc.queryForList("""
        select periode from usulan_kp where nip = ? and status in ('DIPROSES', 'MENUNGGU_VERIFIKASI',
          'MENUNGGU_TANDA_TANGAN', 'SK_TERBIT') order by periode fetch first 1 rows only""", String.class, nip)
        .stream().findFirst();
  }

  Optional<Baris> find(String businessKey) {
    return jdbc.query("select * from usulan_kp where business_key = ?", UsulanKpRepository::baris, businessKey)
        .stream().findFirst();
  }

  List<Baris> list(Filter f, int page, int size) {
    Where w = where(f);
    List<Object> args = new ArrayList<>(w.args());
    args.add(page * size);
    args.add(size);
    return jdbc.query("select * from usulan_kp" + w.sql() + " order by periode, batch_id, batch_baris, business_key"
        + " offset ? rows fetch next ? rows only", UsulanKpRepository::baris, args.toArray());
  }

  long count(Filter f) {
    Where w = where(f);
    Long n = jdbc.queryForObject("select count(*) from usulan_kp" + w.sql(), Long.class, w.args().toArray());
    return n == null ? 0 : n;
  }

  Map<StatusUsulanKp, Long> countByStatus(Filter f) {
    Where w = where(f);
    Map<StatusUsulanKp, Long> counts = new EnumMap<>(StatusUsulanKp.class);
    for (StatusUsulanKp s : StatusUsulanKp.values()) {
      counts.put(s, 0L);
    }
    jdbc.query("select status, count(*) n from usulan_kp" + w.sql() + " group by status",
        rs -> { counts.put(StatusUsulanKp.valueOf(rs.getString("status")), rs.getLong("n")); }, w.args().toArray());
    return counts;
  }

  private record Where(String sql, List<Object> args) {}

  private static Where where(Filter f) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (!f.semuaInstansi()) {
      if (f.instansi().isEmpty()) {
        sql.append(" and 1 = 0");
      } else {
        sql.append(" and instansi_id in (").append(String.join(",", Collections.nCopies(f.instansi().size(), "?")))
            .append(")");
        args.addAll(f.instansi());
      }
    }
    f.periode().ifPresent(v -> { sql.append(" and periode = ?"); args.add(v); });
    f.batchId().ifPresent(v -> { sql.append(" and batch_id = ?"); args.add(v); });
    f.kesimpulan().ifPresent(v -> { sql.append(" and kesimpulan = ?"); args.add(v); });
    f.status().ifPresent(v -> { sql.append(" and status = ?"); args.add(v.name()); });
    return new Where(sql.toString(), args);
  }

  private static Baris baris(ResultSet rs, int n) throws SQLException {
    return new Baris(rs.getString("business_key"), rs.getString("process_instance_id"), rs.getString("nip"),
        rs.getString("instansi_id"), rs.getString("periode"), rs.getString("jenis"), rs.getString("golongan_asal"),
        rs.getString("golongan_tujuan"), rs.getDate("tmt").toLocalDate(), rs.getString("masa_kerja"), rs.getString("rute"),
        rs.getString("batch_id"), (Integer) rs.getObject("batch_baris"), rs.getString("kesimpulan"),
        StatusUsulanKp.valueOf(rs.getString("status")), rs.getString("hasil"), rs.getString("nomor_pertek"),
        rs.getString("nomor_sk"), rs.getString("keterangan"), rs.getTimestamp("diperiksa").toLocalDateTime(),
        rs.getTimestamp("diperbarui").toLocalDateTime());
  }
}
