package id.meritflow.kepegawaian;

import id.meritflow.platform.tx.TransactionMemo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Instansi and unit kerja rows. Scoping is the caller's job: pass the readable ids. */
@Repository
class InstansiRepository {

  private final NamedParameterJdbcTemplate jdbc;
  /** An agency's and a unit's row as first read in the current transaction (the merit checks and the SK read them several times). */
  private final TransactionMemo<String, Optional<Instansi>> instansiRead = new TransactionMemo<>();
  private final TransactionMemo<String, Optional<UnitKerja>> unitKerjaRead = new TransactionMemo<>();

  InstansiRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** All agencies, or only those in {@code ids} when present. */
  List<Instansi> findAll(Optional<Collection<String>> ids) {
    if (ids.isPresent() && ids.get().isEmpty()) {
      return List.of();
    }
    String where = ids.isPresent() ? " where id in (:ids)" : "";
    return jdbc.query("select * from instansi" + where + " order by nama",
        Map.of("ids", ids.orElse(List.of())), InstansiRepository::instansi);
  }

  Optional<Instansi> findById(String id) {
    return instansiRead.get(id, key -> jdbc.query("select * from instansi where id = :id", Map.of("id", key),
        InstansiRepository::instansi).stream().findFirst());
  }

  void insert(Instansi i) {
    instansiRead.forget();
    jdbc.update("""
        insert into instansi (id, nama, tingkat, wilayah, provinsi, tanggal_penetapan_calon,
          tanggal_pelantikan_kepala_daerah, akhir_masa_jabatan_kepala_daerah)
        values (:id, :nama, :tingkat, :wilayah, :provinsi, :calon, :pelantikan, :akhir)""", params(i));
  }

  void update(Instansi i) {
    instansiRead.forget();
    jdbc.update("""
        update instansi set nama = :nama, tingkat = :tingkat, wilayah = :wilayah, provinsi = :provinsi,
          tanggal_penetapan_calon = :calon, tanggal_pelantikan_kepala_daerah = :pelantikan,
          akhir_masa_jabatan_kepala_daerah = :akhir
        where id = :id""", params(i));
  }

  List<UnitKerja> findUnitKerja(String instansiId) {
    return jdbc.query("select * from unit_kerja where instansi_id = :id order by nama", Map.of("id", instansiId),
        InstansiRepository::unitKerja);
  }

  Optional<UnitKerja> findUnitKerjaById(String id) {
    return unitKerjaRead.get(id, key -> jdbc.query("select * from unit_kerja where id = :id", Map.of("id", key),
        InstansiRepository::unitKerja).stream().findFirst());
  }

  private static UnitKerja unitKerja(ResultSet rs, int row) throws SQLException {
    return new UnitKerja(rs.getString("id"), rs.getString("instansi_id"), rs.getString("nama"), rs.getString("induk_id"));
  }

  void insertUnitKerja(UnitKerja u) {
    unitKerjaRead.forget();
    jdbc.update("insert into unit_kerja (id, instansi_id, nama, induk_id) values (:id, :instansi, :nama, :induk)",
        new MapSqlParameterSource().addValue("id", u.id()).addValue("instansi", u.instansiId())
            .addValue("nama", u.nama()).addValue("induk", u.indukId()));
  }

  private static MapSqlParameterSource params(Instansi i) {
    return new MapSqlParameterSource().addValue("id", i.id()).addValue("nama", i.nama())
        .addValue("tingkat", i.tingkat().name()).addValue("wilayah", i.wilayah()).addValue("provinsi", i.provinsi())
        .addValue("calon", i.tanggalPenetapanCalon()).addValue("pelantikan", i.tanggalPelantikanKepalaDaerah())
        .addValue("akhir", i.akhirMasaJabatanKepalaDaerah());
  }

  private static Instansi instansi(ResultSet rs, int row) throws SQLException {
    return new Instansi(rs.getString("id"), rs.getString("nama"),
        TingkatInstansi.parse(rs.getString("tingkat")).orElseThrow(), rs.getString("wilayah"),
        rs.getString("provinsi"), Rows.date(rs, "tanggal_penetapan_calon"),
        Rows.date(rs, "tanggal_pelantikan_kepala_daerah"), Rows.date(rs, "akhir_masa_jabatan_kepala_daerah"));
  }
}
