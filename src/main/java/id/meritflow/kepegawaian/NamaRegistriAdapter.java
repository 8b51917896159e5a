package id.meritflow.kepegawaian;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link NamaRegistri} with one query per kind of name. */
@Component
class NamaRegistriAdapter implements NamaRegistri {

  private final NamedParameterJdbcTemplate jdbc;

  NamaRegistriAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, String> namaPegawai(Collection<String> nips) {
    return nama("select nip as id, nama from pegawai where nip in (:ids)", nips);
  }

  @Override
  public Map<String, String> namaJabatan(Collection<String> jabatanIds) {
    return nama("select id, nama from jabatan where id in (:ids)", jabatanIds);
  }

  private Map<String, String> nama(String sql, Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.query(sql, Map.of("ids", ids), rs -> {
        names.put(rs.getString("id"), rs.getString("nama"));
      });
    }
    return names;
  }
}
