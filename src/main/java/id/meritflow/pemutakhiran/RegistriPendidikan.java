package id.meritflow.pemutakhiran;

import id.meritflow.kepegawaian.Pendidikan;
import java.util.Optional;

/** Port to the employee registry, as the education update uses it. Not scoped to a caller. */
public interface RegistriPendidikan {

  Optional<DataPendidikanPegawai> find(String nip);

  void updatePendidikan(String nip, Pendidikan pendidikan, String bidangPendidikan);
}
