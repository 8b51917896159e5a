package id.meritflow.keandalan;

import java.util.Optional;

/**
 * Every demo role (one demo user each, of Kota Cimahi where the role is an agency's) and anonymous.
 * {@code terbatas} roles see their own agency only (Cimahi); {@code pegawai} only their own data.
 */
enum Peran {
  ANONIM(null, true),
  OPERATOR("operator-cimahi", true),
  PPK("ppk-cimahi", true),
  ATASAN("atasan-cimahi", true),
  PEGAWAI("pegawai-dewi", true),
  VERIFIKATOR("verifikator-bkn", false),
  SUPERVISOR("supervisor", false),
  BPASN("bpasn", false),
  KANREG("kanreg-bkn", false),
  PRESIDEN("setneg", false),
  PERANCANG("perancang", false),
  ADMIN("admin", false);

  private final String pengguna;
  private final boolean terbatas;

  Peran(String pengguna, boolean terbatas) {
    this.pengguna = pengguna;
    this.terbatas = terbatas;
  }

  Optional<String> login() {
    return Optional.ofNullable(pengguna);
  }

  String pengguna() {
    return pengguna == null ? "anonim" : pengguna;
  }

  /** Sees Cimahi only (or nothing at all): must never receive Jawa Barat's data. */
  boolean terbatas() {
    return terbatas;
  }
}
