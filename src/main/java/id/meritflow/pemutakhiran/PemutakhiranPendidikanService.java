package id.meritflow.pemutakhiran;

import id.meritflow.kepegawaian.Pendidikan;
import org.springframework.stereotype.Service;

/** Use cases of the education update process. */
@Service
public class PemutakhiranPendidikanService {

  /** A proposal that cannot go on; the message is for the user, in Bahasa Indonesia. */
  public static class UsulanTidakValid extends RuntimeException {
    private final String code;

    UsulanTidakValid(String code, String message) {
      super(message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final RegistriPendidikan registri;

  PemutakhiranPendidikanService(RegistriPendidikan registri) {
    this.registri = registri;
  }

  /** The facts a verifier needs on the form. */
  public DataPendidikanPegawai dataSaatIni(String nip) {
    return registri.find(nip).orElseThrow(() ->
        new UsulanTidakValid("NIP_TIDAK_TERDAFTAR", "Pegawai dengan NIP " + nip + " tidak terdaftar."));
  }

  /** Applies an approved proposal. */
  public void terapkan(String nip, String pendidikanBaru, String bidang) {
    Pendidikan baru = Pendidikan.parse(pendidikanBaru).orElseThrow(() ->
        new UsulanTidakValid("PENDIDIKAN_TIDAK_VALID", "Jenjang pendidikan '" + pendidikanBaru + "' tidak dikenal."));
    dataSaatIni(nip);
    registri.updatePendidikan(nip, baru, bidang);
  }
}
