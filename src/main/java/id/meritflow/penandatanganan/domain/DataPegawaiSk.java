package id.meritflow.penandatanganan.domain;

import java.util.Objects;

/** The employee as the SK names him: the values are printed as given. */
public record DataPegawaiSk(String nama, String nip, String pangkatGolongan, String jabatan) {

  public DataPegawaiSk {
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(nip, "nip");
    Objects.requireNonNull(pangkatGolongan, "pangkatGolongan");
    Objects.requireNonNull(jabatan, "jabatan");
  }
}
