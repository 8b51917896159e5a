package id.meritflow.platform.engine;

import java.util.Optional;

/** Port: the agency (tenant) an employee belongs to. Implemented by the registry. */
public interface CaseTenantResolver {

  Optional<String> instansiOf(String nip);
}
