package id.meritflow.kepegawaian;

import id.meritflow.platform.engine.CaseTenantResolver;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The registry answers which agency (tenant) an employee's case belongs to. */
@Component
class RegistryTenantResolver implements CaseTenantResolver {

  private final JdbcTemplate jdbc;

  RegistryTenantResolver(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<String> instansiOf(String nip) {
    return jdbc.queryForList("select instansi_id from pegawai where nip = ?", String.class, nip).stream().findFirst();
  }
}
