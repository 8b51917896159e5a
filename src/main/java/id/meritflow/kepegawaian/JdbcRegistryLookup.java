package id.meritflow.kepegawaian;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcRegistryLookup implements RegistryLookup {

  private final NamedParameterJdbcTemplate jdbc;

  JdbcRegistryLookup(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean instansiExists(String instansiId) {
    return exists("select count(*) from instansi where id = :id", instansiId);
  }

  @Override
  public Optional<String> instansiOfUnitKerja(String unitKerjaId) {
    return owner("select instansi_id from unit_kerja where id = :id", unitKerjaId);
  }

  @Override
  public Optional<String> instansiOfJabatan(String jabatanId) {
    return owner("select instansi_id from jabatan where id = :id", jabatanId);
  }

  @Override
  public boolean pegawaiExists(String nip) {
    return exists("select count(*) from pegawai where nip = :id", nip);
  }

  private boolean exists(String sql, String id) {
    Integer count = jdbc.queryForObject(sql, Map.of("id", id), Integer.class);
    return count != null && count > 0;
  }

  private Optional<String> owner(String sql, String id) {
    return jdbc.queryForList(sql, Map.of("id", id), String.class).stream().findFirst();
  }
}
