package id.meritflow.platform.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.platform.web.FieldViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code batch} and {@code batch_baris}; plain SQL that runs on H2 and PostgreSQL. */
@Repository
class BatchRepository {
  private final java.time.Clock clock;

  private static final int INSERT_CHUNK = 1000;
  private static final TypeReference<List<FieldViolation>> VIOLATIONS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  BatchRepository(JdbcTemplate jdbc, ObjectMapper json, java.time.Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<BatchRecord> find(String id) {
    return jdbc.query("select * from batch where id = ?", BatchRepository::batch, id).stream().findFirst();
  }

  Optional<BatchRecord> findByKey(String jenis, String pemilik, String kunci) {
    return jdbc.query("select * from batch where jenis = ? and pemilik = ? and kunci_idempotensi = ?",
        BatchRepository::batch, jenis, pemilik, kunci).stream().findFirst();
  }

  void insert(BatchRecord b, List<StoredRow> rows) {
    jdbc.update("""
        insert into batch (id, jenis, pemilik, kunci_idempotensi, sidik_isi, pengaju, jumlah_baris,
          jumlah_valid, jumlah_invalid, dibuat) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        b.id(), b.jenis(), b.pemilik(), b.kunciIdempotensi(), b.sidikIsi(), b.pengaju(), b.jumlahBaris(),
        b.jumlahValid(), b.jumlahInvalid(), Timestamp.valueOf(b.dibuat()));
    for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
      List<Object[]> args = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)).stream()
          .map(r -> new Object[] {b.id(), r.nomor(), r.status().name(), r.instansiId(), r.data(),
              r.violations().isEmpty() ? null : write(r.violations()), r.kunciUnik()})
          .toList();
      jdbc.batchUpdate("""
          insert into batch_baris (batch_id, nomor, status, instansi_id, data, pelanggaran, kunci_unik)
          values (?, ?, ?, ?, ?, ?, ?)""", args);
    }
  }

  /** Which of these keys a valid or started row of a batch of this kind already holds. */
  Set<String> kunciTerpakai(String jenis, Collection<String> keys) {
    Set<String> used = new HashSet<>();
    List<String> all = List.copyOf(keys);
    for (int from = 0; from < all.size(); from += INSERT_CHUNK) {
      List<String> part = all.subList(from, Math.min(all.size(), from + INSERT_CHUNK));
      String marks = String.join(",", Collections.nCopies(part.size(), "?"));
      List<Object> args = new ArrayList<>(part);
      args.add(0, jenis);
      used.addAll(jdbc.queryForList("""
          select r.kunci_unik from batch_baris r join batch b on b.id = r.batch_id
          where b.jenis = ? and r.status in ('VALID', 'STARTED') and r.kunci_unik in (""" + marks + ")",
          String.class, args.toArray()));
    }
    return used;
  }

  void setProcessInstance(String batchId, String processInstanceId) {
    jdbc.update("update batch set process_instance_id = ? where id = ?", processInstanceId, batchId);
  }

  /** The next rows whose case is not started, in row order. */
  List<PendingRow> nextValid(String batchId, int limit) {
    return jdbc.query("""
        select nomor, data from batch_baris where batch_id = ? and status = 'VALID'
        order by nomor fetch first ? rows only""",
        (rs, i) -> new PendingRow(rs.getInt("nomor"), rs.getString("data")), batchId, limit);
  }

  boolean hasValid(String batchId) {
    return !jdbc.queryForList("select nomor from batch_baris where batch_id = ? and status = 'VALID' fetch first 1 rows only",
        Integer.class, batchId).isEmpty();
  }

  /** Marks a row started; false if it was not VALID any more (another run got there first). */
  boolean markStarted(String batchId, int nomor, String businessKey, String processInstanceId) {
    return jdbc.update("""
        update batch_baris set status = 'STARTED', business_key = ?, process_instance_id = ?, dimulai = ?
        where batch_id = ? and nomor = ? and status = 'VALID'""",
        businessKey, processInstanceId, Timestamp.valueOf(LocalDateTime.now(clock)), batchId, nomor) == 1;
  }

  /**
   * Ended cases of the batch's rows: its rows' cases by key in the engine's history (an index probe
   * per started row), not a variable search over every case's history. A sub-select per row, not a
   * join: as a join, a plan cached while the batch was young paired every ended case of the database
   * with every row of the batch (0.9 s per poll at 5,000 rows after 30,000 other cases).
   */
  long countEnded(String batchId) {
    Long n = jdbc.queryForObject("""
        select count(*) from batch_baris b
        where b.batch_id = ? and b.status = 'STARTED'
          and (select h.END_TIME_ from ACT_HI_PROCINST h where h.ID_ = b.process_instance_id) is not null""",
        Long.class, batchId);
    return n == null ? 0 : n;
  }

  Map<RowStatus, Integer> countByStatus(String batchId) {
    Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
    for (RowStatus s : RowStatus.values()) {
      counts.put(s, 0);
    }
    jdbc.query("select status, count(*) n from batch_baris where batch_id = ? group by status",
        rs -> { counts.put(RowStatus.valueOf(rs.getString("status")), rs.getInt("n")); }, batchId);
    return counts;
  }

  List<RowRefusal> refusals(String batchId) {
    return jdbc.query("select nomor, pelanggaran from batch_baris where batch_id = ? and status = 'INVALID' order by nomor",
        (rs, i) -> new RowRefusal(rs.getInt("nomor"), read(rs.getString("pelanggaran"))), batchId);
  }

  List<StoredRowView> page(String batchId, Optional<RowStatus> status, int page, int size) {
    String where = status.isPresent() ? " and status = ?" : "";
    Object[] args = status.isPresent()
        ? new Object[] {batchId, status.get().name(), page * size, size}
        : new Object[] {batchId, page * size, size};
    return jdbc.query("select * from batch_baris where batch_id = ?" + where
        + " order by nomor offset ? rows fetch next ? rows only", this::rowView, args);
  }

  long countRows(String batchId, Optional<RowStatus> status) {
    return status.isPresent()
        ? jdbc.queryForObject("select count(*) from batch_baris where batch_id = ? and status = ?", Long.class,
            batchId, status.get().name())
        : jdbc.queryForObject("select count(*) from batch_baris where batch_id = ?", Long.class, batchId);
  }

  private StoredRowView rowView(ResultSet rs, int i) throws SQLException {
    return new StoredRowView(rs.getInt("nomor"), RowStatus.valueOf(rs.getString("status")), rs.getString("instansi_id"),
        read(rs.getString("pelanggaran")), rs.getString("business_key"), rs.getString("process_instance_id"));
  }

  private static BatchRecord batch(ResultSet rs, int i) throws SQLException {
    return new BatchRecord(rs.getString("id"), rs.getString("jenis"), rs.getString("pemilik"),
        rs.getString("kunci_idempotensi"), rs.getString("sidik_isi"), rs.getString("pengaju"),
        rs.getInt("jumlah_baris"), rs.getInt("jumlah_valid"), rs.getInt("jumlah_invalid"),
        rs.getString("process_instance_id"), rs.getTimestamp("dibuat").toLocalDateTime());
  }

  private String write(List<FieldViolation> violations) {
    try {
      return json.writeValueAsString(violations);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<FieldViolation> read(String violations) {
    if (violations == null) {
      return List.of();
    }
    try {
      return json.readValue(violations, VIOLATIONS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A row waiting for its case: number and the row as JSON. */
  record PendingRow(int nomor, String data) {}

  /** A stored row as the progress API shows it, before the case's state is added. */
  record StoredRowView(int nomor, RowStatus status, String instansiId, List<FieldViolation> errors,
      String businessKey, String processInstanceId) {}
}
