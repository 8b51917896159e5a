package id.meritflow.kepegawaian;

import java.util.Collection;
import java.util.Optional;

/**
 * Which employees a list shows. {@code instansiIds} is the caller's scope (empty Optional = all
 * agencies, for an administrator); {@code nip} restricts a plain employee to their own record.
 */
record PegawaiFilter(Optional<Collection<String>> instansiIds, Optional<String> nip,
    Optional<String> instansiId, Optional<String> unitKerjaId) {}
