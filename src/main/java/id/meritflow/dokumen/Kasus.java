package id.meritflow.dokumen;

import java.util.Optional;

/**
 * A case as documents see it: the root process instance, its number and agency (tenant), the
 * employee it is about, and whether it is still running.
 */
record Kasus(String id, String businessKey, Optional<String> instansiId, Optional<String> nip, boolean berjalan) {}
