package id.meritflow.kepegawaian;

import id.meritflow.pemutakhiran.DataPendidikanPegawai;
import id.meritflow.pemutakhiran.RegistriPendidikan;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The registry side of the education update process. */
@Component
class RegistriPendidikanAdapter implements RegistriPendidikan {

  private final PegawaiDirectory directory;
  private final PegawaiService pegawaiService;

  RegistriPendidikanAdapter(PegawaiDirectory directory, PegawaiService pegawaiService) {
    this.directory = directory;
    this.pegawaiService = pegawaiService;
  }

  @Override
  public Optional<DataPendidikanPegawai> find(String nip) {
    return directory.find(nip).map(profil -> profil.pegawai())
        .map(p -> new DataPendidikanPegawai(p.nip(), p.nama(), p.pendidikan(), p.bidangPendidikan()));
  }

  @Override
  public void updatePendidikan(String nip, Pendidikan pendidikan, String bidangPendidikan) {
    pegawaiService.updatePendidikan(nip, pendidikan, bidangPendidikan);
  }
}
