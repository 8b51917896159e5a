package id.meritflow.pantauan;

import id.meritflow.pantauan.Angka.BatchRingkas;
import id.meritflow.pantauan.Angka.DurasiLangkah;
import id.meritflow.pantauan.Angka.KasusTerbuka;
import id.meritflow.pantauan.Angka.LangkahTerlambat;
import id.meritflow.pantauan.Angka.SlaTerlambat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures' queries: counts and aggregates in SQL over indexed columns (V74), never instances
 * loaded one by one. {@code instansi} empty means every agency (a national supervisor).
 * docs/pantauan.md lists each query and its plan on PostgreSQL.
 */
@Repository
class PantauanRepository {

  static final int BATAS_DAFTAR = 500;

  private final JdbcTemplate jdbc;

  PantauanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Running root cases per process and agency, from the history table's running rows
   * ({@code END_TIME_ is null}: Camunda's index ACT_IDX_HI_PRO_INST_END), so that ended cases,
   * however many, are never read.
   */
  List<KasusTerbuka> kasusTerbuka(Optional<List<String>> instansi, Instant sekarang) {
    Timestamp limaHari = ts(sekarang.minus(Duration.ofDays(5)));
    Timestamp tigaPuluhHari = ts(sekarang.minus(Duration.ofDays(30)));
    List<Object> args = new ArrayList<>(List.of(limaHari, limaHari, tigaPuluhHari, tigaPuluhHari));
    String sql = """
        select h.PROC_DEF_KEY_, max(d.NAME_), h.TENANT_ID_, count(*),
               sum(case when h.START_TIME_ >= ? then 1 else 0 end),
               sum(case when h.START_TIME_ < ? and h.START_TIME_ >= ? then 1 else 0 end),
               sum(case when h.START_TIME_ < ? then 1 else 0 end),
               min(h.START_TIME_)
        from ACT_HI_PROCINST h
        join ACT_RE_PROCDEF d on d.ID_ = h.PROC_DEF_ID_
        where h.END_TIME_ is null and h.SUPER_PROCESS_INSTANCE_ID_ is null"""
        + in("h.TENANT_ID_", instansi, args) + """
         group by h.PROC_DEF_KEY_, h.TENANT_ID_
        order by count(*) desc, h.PROC_DEF_KEY_, h.TENANT_ID_""";
    return jdbc.query(sql, (rs, i) -> new KasusTerbuka(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), instant(rs, 8)), args.toArray());
  }

  /** Open steps past their deadline per agency and step (index ix_sla_langkah_terbuka). */
  List<SlaTerlambat> slaTerlambat(Optional<List<String>> instansi, Instant sekarang) {
    List<Object> args = new ArrayList<>(List.of(ts(sekarang)));
    String sql = """
        select instansi_id, langkah, max(nama), count(*), min(tenggat) from sla_langkah
        where selesai_pada is null and tenggat < ?""" + in("instansi_id", instansi, args) + """
         group by instansi_id, langkah
        order by count(*) desc, instansi_id, langkah""";
    return jdbc.query(sql, (rs, i) -> new SlaTerlambat(rs.getString(1), rs.getString(2), namaLangkah(rs.getString(3)),
        rs.getLong(4), instant(rs, 5)), args.toArray());
  }

  /** The open steps past their deadline themselves, oldest deadline first, at most {@link #BATAS_DAFTAR}. */
  List<LangkahTerlambat> langkahTerlambat(Optional<List<String>> instansi, Optional<String> langkah,
      Instant sekarang) {
    List<Object> args = new ArrayList<>(List.of(ts(sekarang)));
    String sql = """
        select instansi_id, langkah, nama, task_id, process_instance_id, root_instance_id, dibuat, tenggat
        from sla_langkah where selesai_pada is null and tenggat < ?"""
        + in("instansi_id", instansi, args) + in("langkah", langkah.map(List::of), args)
        + " order by tenggat, task_id fetch first " + BATAS_DAFTAR + " rows only";
    return jdbc.query(sql, (rs, i) -> new LangkahTerlambat(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8)), args.toArray());
  }

  /** Automatic approvals that ended since {@code sejak}: (ended at, agency), for the weekly counts. */
  List<Otomatis> persetujuanOtomatis(Optional<List<String>> instansi, Instant sejak) {
    List<Object> args = new ArrayList<>(List.of(ts(sejak)));
    String sql = """
        select selesai_pada, instansi_id from sla_langkah
        where status = 'DISETUJUI_OTOMATIS' and selesai_pada >= ?""" + in("instansi_id", instansi, args);
    return jdbc.query(sql, (rs, i) -> new Otomatis(instant(rs, 1), rs.getString(2)), args.toArray());
  }

  record Otomatis(Instant selesaiPada, String instansiId) {}

  /** p50 / p90 of the steps' durations (hours) per step, over the steps that ended since {@code sejak}. */
  List<DurasiLangkah> durasi(Optional<List<String>> instansi, Instant sejak) {
    List<Object> args = new ArrayList<>(List.of(ts(sejak)));
    String sql = """
        select langkah, max(nama), count(*),
               percentile_cont(0.5) within group (order by durasi_detik),
               percentile_cont(0.9) within group (order by durasi_detik)
        from sla_langkah where selesai_pada >= ? and durasi_detik is not null"""
        + in("instansi_id", instansi, args) + """
         group by langkah
        order by langkah""";
    return jdbc.query(sql, (rs, i) -> new DurasiLangkah(rs.getString(1), namaLangkah(rs.getString(2)), rs.getLong(3),
        jam(rs, 4), jam(rs, 5)), args.toArray());
  }

  /** The latest KP period with proposals in scope. */
  Optional<String> periodeKpTerakhir(Optional<List<String>> instansi) {
    List<Object> args = new ArrayList<>();
    String sql = "select max(periode) from usulan_kp where 1 = 1" + in("instansi_id", instansi, args);
    return Optional.ofNullable(jdbc.queryForObject(sql, String.class, args.toArray()));
  }

  /** A period's proposals counted per agency, screening conclusion and status (ix_usulan_kp_periode_status). */
  List<KpHitung> kp(String periode, Optional<List<String>> instansi) {
    List<Object> args = new ArrayList<>(List.of(periode));
    String sql = """
        select instansi_id, kesimpulan, status, count(*) from usulan_kp where periode = ?"""
        + in("instansi_id", instansi, args) + " group by instansi_id, kesimpulan, status";
    return jdbc.query(sql, (rs, i) -> new KpHitung(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getLong(4)), args.toArray());
  }

  record KpHitung(String instansiId, String kesimpulan, String status, long jumlah) {}

  /** The rules' results of a period's proposals that did not pass screening (GAGAL or DITUNDA). */
  List<KpHasil> kpTidakLulus(String periode, Optional<List<String>> instansi) {
    List<Object> args = new ArrayList<>(List.of(periode));
    String sql = """
        select instansi_id, hasil from usulan_kp
        where periode = ? and status in ('TIDAK_MEMENUHI_SYARAT', 'DITUNDA')""" + in("instansi_id", instansi, args);
    return jdbc.query(sql, (rs, i) -> new KpHasil(rs.getString(1), rs.getString(2)), args.toArray());
  }

  record KpHasil(String instansiId, String hasil) {}

  /** The latest batches in scope with their rows and cases counted (rows by primary key, cases by id). */
  List<BatchRingkas> batch(Optional<List<String>> pemilik, int jumlah) {
    List<Object> args = new ArrayList<>();
    String terbaru = "select id from batch where 1 = 1" + in("pemilik", pemilik, args)
        + " order by dibuat desc, id fetch first " + jumlah + " rows only";
    List<String> ids = jdbc.queryForList(terbaru, String.class, args.toArray());
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object> idArgs = new ArrayList<>();
    // each row's case state by primary key (a scalar subquery: PostgreSQL then never scans the whole
    // history table for a hash join, so the cost follows the batches' rows, not the history's size)
    String sql = """
        select b.id, b.jenis, b.pemilik, b.dibuat, b.jumlah_baris, b.jumlah_invalid, b.process_instance_id,
               sum(case when r.status = 'STARTED' then 1 else 0 end),
               sum(case when r.kasus = 'COMPLETED' then 1 else 0 end),
               sum(case when r.kasus in ('EXTERNALLY_TERMINATED', 'INTERNALLY_TERMINATED') then 1 else 0 end),
               (select count(*) from ACT_RU_INCIDENT i where i.PROC_INST_ID_ = b.process_instance_id),
               (select count(*) from ACT_RU_EXECUTION x where x.ID_ = b.process_instance_id)
        from batch b
        left join (select bb.batch_id, bb.status,
                          (select h.STATE_ from ACT_HI_PROCINST h where h.ID_ = bb.process_instance_id) kasus
                   from batch_baris bb) r on r.batch_id = b.id
        where 1 = 1""" + in("b.id", Optional.of(ids), idArgs) + """
         group by b.id, b.jenis, b.pemilik, b.dibuat, b.jumlah_baris, b.jumlah_invalid, b.process_instance_id
        order by b.dibuat desc, b.id""";
    return jdbc.query(sql, (rs, i) -> new BatchRingkas(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getTimestamp(4).toLocalDateTime(), rs.getLong(5), rs.getLong(6), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
        rs.getString(7), rs.getLong(12) > 0), idArgs.toArray());
  }

  /** Agencies of the registry (for a national early-warning count), in scope. */
  List<String> instansi(Optional<List<String>> instansi) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForList("select id from instansi where 1 = 1" + in("id", instansi, args) + " order by id",
        String.class, args.toArray());
  }

  /**
   * A step's name without the employee's name that task naming appends ("Verifikasi usulan —
   * Dewi Lestari", platform/tugas/PenamaanTugasListener): an aggregate row is about the step.
   */
  static String namaLangkah(String nama) {
    if (nama == null) {
      return null;
    }
    int pemisah = nama.indexOf(" — ");
    return pemisah < 0 ? nama : nama.substring(0, pemisah);
  }

  private static String in(String column, Optional<List<String>> values, List<Object> args) {
    if (values.isEmpty()) {
      return "";
    }
    if (values.get().isEmpty()) {
      return " and 1 = 0";
    }
    args.addAll(values.get());
    return " and " + column + " in (" + String.join(", ", Collections.nCopies(values.get().size(), "?")) + ")";
  }

  private static Double jam(ResultSet rs, int column) throws SQLException {
    double detik = rs.getDouble(column);
    return rs.wasNull() ? null : Math.round(detik / 360.0) / 10.0;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
