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

/** Positions with their occupancy, counted on every read so that vacancy is never stale. */
@Repository
class JabatanRepository {

  private static final String SELECT = """
      select j.*, (select count(*) from pegawai p where p.jabatan_id = j.id) as terisi from jabatan j""";
  private static final String TERISI = "(select count(*) from pegawai p where p.jabatan_id = j.id)";

  private final NamedParameterJdbcTemplate jdbc;

  JabatanRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Positions of the given agencies (all agencies when {@code instansiIds} is empty), optionally
   * of one unit, and only vacant ({@code lowong = true}) or only filled ({@code false}).
   */
  List<Jabatan> find(Optional<Collection<String>> instansiIds, Optional<String> unitKerjaId,
      Optional<Boolean> lowong) {
    if (instansiIds.isPresent() && instansiIds.get().isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
    instansiIds.ifPresent(ids -> sql.append(" and j.instansi_id in (:ids)"));
    unitKerjaId.ifPresent(unit -> sql.append(" and j.unit_kerja_id = :unit"));
    lowong.ifPresent(l -> sql.append(" and j.kebutuhan - ").append(TERISI).append(l ? " > 0" : " <= 0"));
    sql.append(" order by j.instansi_id, j.nama");
    return jdbc.query(sql.toString(), Map.of("ids", instansiIds.orElse(List.of()), "unit", unitKerjaId.orElse("")),
        JabatanRepository::jabatan);
  }

  /** The positions with these ids (unknown ones are absent), in one statement. */
  List<Jabatan> findAllById(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query(SELECT + " where j.id in (:ids)", Map.of("ids", ids), JabatanRepository::jabatan);
  }

  Optional<Jabatan> findById(String id) {
    return jdbc.query(SELECT + " where j.id = :id", Map.of("id", id), JabatanRepository::jabatan).stream().findFirst();
  }

  void insert(JabatanRequest r) {
    jdbc.update("""
        insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis, eselon, jenjang, golongan_min,
          golongan_max, pendidikan_min, batas_usia, kebutuhan)
        values (:id, :instansi, :unit, :nama, :jenis, :eselon, :jenjang, :min, :max, :pendidikan, :usia, :kebutuhan)""",
        params(r));
  }

  void update(String id, JabatanRequest r) {
    jdbc.update("""
        update jabatan set instansi_id = :instansi, unit_kerja_id = :unit, nama = :nama, jenis = :jenis,
          eselon = :eselon, jenjang = :jenjang, golongan_min = :min, golongan_max = :max,
          pendidikan_min = :pendidikan, batas_usia = :usia, kebutuhan = :kebutuhan
        where id = :id""", params(r).addValue("id", id));
  }

  private static MapSqlParameterSource params(JabatanRequest r) {
    return new MapSqlParameterSource().addValue("id", r.id()).addValue("instansi", r.instansiId())
        .addValue("unit", r.unitKerjaId()).addValue("nama", r.nama()).addValue("jenis", r.jenis())
        .addValue("eselon", blankToNull(r.eselon())).addValue("jenjang", blankToNull(r.jenjang()))
        .addValue("min", r.golonganMin()).addValue("max", r.golonganMax())
        .addValue("pendidikan", r.pendidikanMin()).addValue("usia", r.batasUsia())
        .addValue("kebutuhan", r.kebutuhan() == null ? 1 : r.kebutuhan());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Jabatan jabatan(ResultSet rs, int row) throws SQLException {
    int kebutuhan = rs.getInt("kebutuhan");
    int terisi = rs.getInt("terisi");
    return new Jabatan(rs.getString("id"), rs.getString("instansi_id"), rs.getString("unit_kerja_id"),
        rs.getString("nama"), JenisJabatan.parse(rs.getString("jenis")).orElseThrow(),
        Eselon.fromKode(rs.getString("eselon")).orElse(null), rs.getString("jenjang"),
        Golongan.fromKode(rs.getString("golongan_min")).orElseThrow(),
        Golongan.fromKode(rs.getString("golongan_max")).orElseThrow(),
        Pendidikan.parse(rs.getString("pendidikan_min")).orElseThrow(), Rows.integer(rs, "batas_usia"),
        kebutuhan, terisi, kebutuhan - terisi);
  }
}
