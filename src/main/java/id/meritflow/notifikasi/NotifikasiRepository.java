package id.meritflow.notifikasi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Inserts join the caller's transaction (the engine's, for a step of a case);
 * the delivery job's claims and results are single statements that commit on their own, so two
 * nodes never deliver one row at the same time and a crash leaves a row to be tried again.
 */
@Repository
class NotifikasiRepository {

  record Baru(String id, String instansiId, String penerima, String kanal, String alamat, JenisNotifikasi jenis,
      String subjek, String isi, String tautan, String kasusId, String taskId, StatusNotifikasi status,
      Instant dibuat) {}

  /** A group of new-task items of one recipient and channel waiting for their digest. */
  record AntreanRingkasan(String penerima, String kanal, String alamat, String instansiId) {}

  private final JdbcTemplate jdbc;

  NotifikasiRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private static final String KOLOM = """
      insert into notifikasi (id, instansi_id, penerima, kanal, alamat, jenis, subjek, isi, tautan, kasus_id, task_id,
                              status, percobaan, coba_lagi_pada, dibuat, terkirim_pada)
      values """;
  private static final String NILAI = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
  /** Rows per insert statement: 15 parameters each, well below the drivers' parameter limits. */
  static final int BARIS_PER_INSERT = 500;

  void simpan(Baru n) {
    simpanSemua(List.of(n));
  }

  /**
   * Writes the rows with one multi-row insert per {@value #BARIS_PER_INSERT} rows: a new task's
   * inbox and e-mail rows for every member of its candidate group in one statement, not one each.
   */
  void simpanSemua(List<Baru> rows) {
    for (int from = 0; from < rows.size(); from += BARIS_PER_INSERT) {
      List<Baru> chunk = rows.subList(from, Math.min(rows.size(), from + BARIS_PER_INSERT));
      var sql = new StringBuilder(KOLOM);
      var args = new ArrayList<Object>(chunk.size() * 15);
      for (Baru n : chunk) {
        sql.append(args.isEmpty() ? "" : ", ").append(NILAI);
        boolean terkirim = n.status() == StatusNotifikasi.TERKIRIM;
        args.addAll(java.util.Arrays.asList(n.id(), n.instansiId(), n.penerima(), n.kanal(), n.alamat(), n.jenis().name(),
            potong(n.subjek(), 255), potong(n.isi(), 8000), potong(n.tautan(), 1000), n.kasusId(), n.taskId(),
            n.status().name(), n.status() == StatusNotifikasi.MENUNGGU ? ts(n.dibuat()) : null, ts(n.dibuat()),
            terkirim ? ts(n.dibuat()) : null));
      }
      jdbc.update(sql.toString(), args.toArray());
    }
  }

  /** Rows due for an attempt: waiting and due, or running with an expired lease (the node died). */
  List<String> jatuhTempo(Instant now, int batas) {
    return jdbc.queryForList("""
        select id from notifikasi where status in ('MENUNGGU', 'MENGIRIM') and coba_lagi_pada <= ?
        order by coba_lagi_pada, dibuat fetch first ? rows only""", String.class, ts(now), batas);
  }

  /** Takes the row for one attempt until {@code sewaHingga}; empty if another node took it first. */
  Optional<Notifikasi> klaim(String id, Instant now, Instant sewaHingga) {
    int taken = jdbc.update("""
        update notifikasi set status = 'MENGIRIM', percobaan = percobaan + 1, coba_lagi_pada = ?
        where id = ? and status in ('MENUNGGU', 'MENGIRIM') and coba_lagi_pada <= ?""", ts(sewaHingga), id, ts(now));
    return taken == 1 ? satu(id) : Optional.empty();
  }

  void terkirim(String id, Instant at) {
    jdbc.update("""
        update notifikasi set status = 'TERKIRIM', terkirim_pada = ?, coba_lagi_pada = null, galat_terakhir = null
        where id = ? and status = 'MENGIRIM'""", ts(at), id);
  }

  /** A failed attempt: try again at {@code lagiPada}, or give up ({@code null}: GAGAL). */
  void gagal(String id, String galat, Instant lagiPada) {
    jdbc.update("update notifikasi set status = ?, coba_lagi_pada = ?, galat_terakhir = ? where id = ? and status = 'MENGIRIM'",
        lagiPada == null ? StatusNotifikasi.GAGAL.name() : StatusNotifikasi.MENUNGGU.name(), ts(lagiPada),
        potong(galat, 1000), id);
  }

  /** A row the channel cannot deliver at all (channel switched off): GAGAL with the reason. */
  void tidakDapatDikirim(String id, String alasan) {
    jdbc.update("update notifikasi set status = 'GAGAL', coba_lagi_pada = null, galat_terakhir = ? where id = ?",
        potong(alasan, 1000), id);
  }

  boolean kirimUlang(String id, Instant now) {
    return jdbc.update("""
        update notifikasi set status = 'MENUNGGU', coba_lagi_pada = ?, percobaan = 0
        where id = ? and status = 'GAGAL'""", ts(now), id) == 1;
  }

  Optional<Notifikasi> satu(String id) {
    return jdbc.query("select * from notifikasi where id = ?", NotifikasiRepository::row, id).stream().findFirst();
  }

  List<Notifikasi> kotakMasuk(String userId, boolean belumDibaca, int batas, int mulai) {
    return jdbc.query("select * from notifikasi where penerima = ? and kanal = 'KOTAK_MASUK'"
        + (belumDibaca ? " and dibaca_pada is null" : "") + " order by dibuat desc, id offset ? rows fetch next ? rows only",
        NotifikasiRepository::row, userId, mulai, batas);
  }

  int jumlahBelumDibaca(String userId) {
    Integer n = jdbc.queryForObject(
        "select count(*) from notifikasi where penerima = ? and kanal = 'KOTAK_MASUK' and dibaca_pada is null",
        Integer.class, userId);
    return n == null ? 0 : n;
  }

  boolean tandaiDibaca(String id, String userId, Instant at) {
    return jdbc.update("""
        update notifikasi set dibaca_pada = coalesce(dibaca_pada, ?)
        where id = ? and penerima = ? and kanal = 'KOTAK_MASUK'""", ts(at), id, userId) == 1;
  }

  int tandaiSemuaDibaca(String userId, Instant at) {
    return jdbc.update("update notifikasi set dibaca_pada = ? where penerima = ? and kanal = 'KOTAK_MASUK' and dibaca_pada is null",
        ts(at), userId);
  }

  /** The administrator's view, newest first; every filter optional. */
  List<Notifikasi> cari(Optional<String> status, Optional<String> kanal, Optional<String> penerima,
      Optional<String> instansiId, Optional<String> kasusId, int batas, int mulai) {
    var sql = new StringBuilder("select * from notifikasi where 1 = 1");
    var args = new ArrayList<Object>();
    status.ifPresent(v -> { sql.append(" and status = ?"); args.add(v); });
    kanal.ifPresent(v -> { sql.append(" and kanal = ?"); args.add(v); });
    penerima.ifPresent(v -> { sql.append(" and penerima = ?"); args.add(v); });
    instansiId.ifPresent(v -> { sql.append(" and instansi_id = ?"); args.add(v); });
    kasusId.ifPresent(v -> { sql.append(" and kasus_id = ?"); args.add(v); });
    sql.append(" order by dibuat desc, id offset ? rows fetch next ? rows only");
    args.add(mulai);
    args.add(batas);
    return jdbc.query(sql.toString(), NotifikasiRepository::row, args.toArray());
  }

  /** Recipients whose oldest waiting new-task item is older than {@code sebelum}: their digest is due. */
  List<AntreanRingkasan> ringkasanJatuhTempo(Instant sebelum) {
    return jdbc.query("""
        select penerima, kanal, max(alamat) alamat, max(instansi_id) instansi_id from notifikasi
        where status = 'MENUNGGU_RINGKASAN' group by penerima, kanal having min(dibuat) <= ?""",
        (rs, i) -> new AntreanRingkasan(rs.getString("penerima"), rs.getString("kanal"), rs.getString("alamat"),
            rs.getString("instansi_id")), ts(sebelum));
  }

  List<Notifikasi> itemRingkasan(String penerima, String kanal) {
    return jdbc.query("select * from notifikasi where penerima = ? and kanal = ? and status = 'MENUNGGU_RINGKASAN' order by dibuat, id",
        NotifikasiRepository::row, penerima, kanal);
  }

  /** A digest item's fate: folded into digest {@code ringkasanId}, or dropped (task done meanwhile). */
  record Gabung(String itemId, String ringkasanId, StatusNotifikasi status) {}

  /** Marks the digest's items in one JDBC batch (one round trip). */
  void gabungkan(List<Gabung> items) {
    jdbc.batchUpdate("update notifikasi set status = ?, ringkasan_id = ? where id = ? and status = 'MENUNGGU_RINGKASAN'",
        items.stream().map(g -> new Object[] {g.status().name(), g.ringkasanId(), g.itemId()}).toList());
  }

  private static Notifikasi row(ResultSet rs, int i) throws SQLException {
    return new Notifikasi(rs.getString("id"), Optional.ofNullable(rs.getString("instansi_id")), rs.getString("penerima"),
        rs.getString("kanal"), Optional.ofNullable(rs.getString("alamat")), JenisNotifikasi.valueOf(rs.getString("jenis")),
        rs.getString("subjek"), rs.getString("isi"), Optional.ofNullable(rs.getString("tautan")),
        Optional.ofNullable(rs.getString("kasus_id")), Optional.ofNullable(rs.getString("task_id")),
        StatusNotifikasi.valueOf(rs.getString("status")), rs.getInt("percobaan"), instant(rs, "coba_lagi_pada"),
        Optional.ofNullable(rs.getString("galat_terakhir")), rs.getTimestamp("dibuat").toInstant(),
        instant(rs, "terkirim_pada"), instant(rs, "dibaca_pada"));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static String potong(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
