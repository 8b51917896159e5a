package id.meritflow.pelaksana;

import java.util.List;

/** A user as this feature needs them: display name, groups (roles) and tenants (agencies). */
record Pengguna(String id, String nama, List<String> groups, List<String> tenants) {

  /** "Verifikator BKN (verifikator-bkn)". */
  String namaDanId() {
    return nama.equals(id) ? id : nama + " (" + id + ")";
  }

  boolean anggotaSemua(List<String> tenantLain) {
    return tenants.containsAll(tenantLain);
  }
}
