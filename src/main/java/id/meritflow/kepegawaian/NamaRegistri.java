package id.meritflow.kepegawaian;

import java.util.Collection;
import java.util.Map;

/**
 * Read port for lists of other features: the names behind NIPs and position ids, for a whole page
 * at once. Like {@link PegawaiDirectory} it does NOT apply caller scoping: the list it serves must
 * already be scoped.
 */
public interface NamaRegistri {

  /** Employee names by NIP; an unknown NIP is absent from the map. */
  Map<String, String> namaPegawai(Collection<String> nips);

  /** Position names by id; an unknown id is absent from the map. */
  Map<String, String> namaJabatan(Collection<String> jabatanIds);
}
