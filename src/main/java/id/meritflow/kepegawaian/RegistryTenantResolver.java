package id.meritflow.kepegawaian;

import id.meritflow.platform.engine.CaseTenantResolver;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The registry answers which agency (tenant) an employee's case belongs to. */
@Component
class RegistryTenantResolver implements CaseTenantResolver {

  private final PegawaiDirectory directory;

  RegistryTenantResolver(PegawaiDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Optional<String> instansiOf(String nip) {
    return directory.instansiOf(nip);
  }
}
