package id.meritflow.kepegawaian;

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
    return jdbc.query("select * from instansi where id = :id", Map.of("id", id), InstansiRepository::instansi)
        .stream().findFirst();
  }

  void insert(Instansi i) {
    jdbc.update("""
        insert into instansi (id, nama, tingkat, wilayah, provinsi, tanggal_penetapan_calon,
          tanggal_pelantikan_kepala_daerah, akhir_masa_jabatan_kepala_daerah)
        values (:id, :nama, :tingkat, :wilayah, :provinsi, :calon, :pelantikan, :akhir)""", params(i));
  }

  void update(Instansi i) {
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
    return jdbc.query("select * from unit_kerja where id = :id", Map.of("id", id), InstansiRepository::unitKerja)
        .stream().findFirst();
  }

  private static UnitKerja unitKerja(ResultSet rs, int row) throws SQLException {
    return new UnitKerja(rs.getString("id"), rs.getString("instansi_id"), rs.getString("nama"), rs.getString("induk_id"));
  }

  void insertUnitKerja(UnitKerja u) {
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
