package id.meritflow.kepegawaian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Effective-dated histories (one row per SK) and disciplinary cases of an employee. */
@Repository
class RiwayatRepository {

  private final NamedParameterJdbcTemplate jdbc;

  RiwayatRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String insertPangkat(String nip, Golongan golongan, LocalDate tmt, String nomorSk) {
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into riwayat_pangkat (id, nip, golongan, tmt, nomor_sk) values (:id, :nip, :g, :tmt, :sk)",
        new MapSqlParameterSource().addValue("id", id).addValue("nip", nip).addValue("g", golongan.kode())
            .addValue("tmt", tmt).addValue("sk", nomorSk));
    return id;
  }

  String insertJabatan(String nip, RiwayatJabatanRequest r) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into riwayat_jabatan (id, nip, instansi_id, unit_kerja_id, jabatan_id, tmt, nomor_sk)
        values (:id, :nip, :instansi, :unit, :jabatan, :tmt, :sk)""",
        new MapSqlParameterSource().addValue("id", id).addValue("nip", nip).addValue("instansi", r.instansiId())
            .addValue("unit", r.unitKerjaId())
            .addValue("jabatan", r.jabatanId() == null || r.jabatanId().isBlank() ? null : r.jabatanId())
            .addValue("tmt", r.tmt()).addValue("sk", r.nomorSk()));
    return id;
  }

  String insertDisiplin(String nip, DisiplinRequest r) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into kasus_disiplin (id, nip, pelanggaran, tanggal_kasus, status, tingkat_hukuman, jenis_hukuman,
          tmt_hukuman, akhir_hukuman)
        values (:id, :nip, :pelanggaran, :tanggal, :status, :tingkat, :jenis, :tmt, :akhir)""",
        new MapSqlParameterSource().addValue("id", id).addValue("nip", nip).addValue("pelanggaran", r.pelanggaran())
            .addValue("tanggal", r.tanggalKasus()).addValue("status", r.status())
            .addValue("tingkat", r.tingkatHukuman()).addValue("jenis", r.jenisHukuman())
            .addValue("tmt", r.tmtHukuman()).addValue("akhir", r.akhirHukuman()));
    return id;
  }

  List<RiwayatPangkat> pangkat(String nip) {
    return jdbc.query("select * from riwayat_pangkat where nip = :nip order by tmt, id", Map.of("nip", nip),
        RiwayatRepository::pangkatRow);
  }

  List<RiwayatJabatan> jabatan(String nip) {
    return jdbc.query("select * from riwayat_jabatan where nip = :nip order by tmt, id", Map.of("nip", nip),
        RiwayatRepository::jabatanRow);
  }

  List<KasusDisiplin> disiplin(String nip) {
    return jdbc.query("select * from kasus_disiplin where nip = :nip order by tanggal_kasus desc, id",
        Map.of("nip", nip), RiwayatRepository::disiplinRow);
  }

  /** The rank histories of these employees by NIP, each oldest first, in one statement. */
  Map<String, List<RiwayatPangkat>> pangkat(Collection<String> nips) {
    return perNip("select * from riwayat_pangkat where nip in (:nips) order by nip, tmt, id", nips,
        RiwayatRepository::pangkatRow);
  }

  /** The position histories of these employees by NIP, each oldest first, in one statement. */
  Map<String, List<RiwayatJabatan>> jabatan(Collection<String> nips) {
    return perNip("select * from riwayat_jabatan where nip in (:nips) order by nip, tmt, id", nips,
        RiwayatRepository::jabatanRow);
  }

  /** The disciplinary cases of these employees by NIP, each newest first, in one statement. */
  Map<String, List<KasusDisiplin>> disiplin(Collection<String> nips) {
    return perNip("select * from kasus_disiplin where nip in (:nips) order by nip, tanggal_kasus desc, id", nips,
        RiwayatRepository::disiplinRow);
  }

  private <T> Map<String, List<T>> perNip(String sql, Collection<String> nips, RowMapper<T> mapper) {
    Map<String, List<T>> out = new HashMap<>();
    if (!nips.isEmpty()) {
      jdbc.query(sql, Map.of("nips", nips), rs -> {
        out.computeIfAbsent(rs.getString("nip"), k -> new ArrayList<>()).add(mapper.mapRow(rs, 0));
      });
    }
    return out;
  }

  private static RiwayatPangkat pangkatRow(ResultSet rs, int n) throws SQLException {
    return new RiwayatPangkat(rs.getString("id"), Golongan.fromKode(rs.getString("golongan")).orElseThrow(),
        Rows.date(rs, "tmt"), rs.getString("nomor_sk"));
  }

  private static RiwayatJabatan jabatanRow(ResultSet rs, int n) throws SQLException {
    return new RiwayatJabatan(rs.getString("id"), rs.getString("instansi_id"), rs.getString("unit_kerja_id"),
        rs.getString("jabatan_id"), Rows.date(rs, "tmt"), rs.getString("nomor_sk"));
  }

  private static KasusDisiplin disiplinRow(ResultSet rs, int n) throws SQLException {
    return new KasusDisiplin(rs.getString("id"), rs.getString("pelanggaran"), Rows.date(rs, "tanggal_kasus"),
        StatusKasus.parse(rs.getString("status")).orElseThrow(),
        TingkatHukuman.parse(rs.getString("tingkat_hukuman")).orElse(null), rs.getString("jenis_hukuman"),
        Rows.date(rs, "tmt_hukuman"), Rows.date(rs, "akhir_hukuman"));
  }
}
