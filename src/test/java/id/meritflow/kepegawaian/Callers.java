package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import java.util.List;
import java.util.Optional;

/** Callers of the API as the authentication filter would build them. */
final class Callers {

  private Callers() {}

  static Caller admin() {
    return new Caller("admin", List.of(Caller.GROUP_ADMIN), List.of(), Optional.empty());
  }

  static Caller operatorOf(String instansiId) {
    return new Caller("operator-" + instansiId, List.of(Caller.GROUP_OPERATOR), List.of(instansiId), Optional.empty());
  }

  /** Staff who read the agency's registry but may not change it. */
  static Caller ppkOf(String instansiId) {
    return new Caller("ppk-" + instansiId, List.of(Caller.GROUP_PPK), List.of(instansiId), Optional.empty());
  }

  static Caller pegawai(String instansiId, String nip) {
    return new Caller("pegawai-" + nip, List.of(Caller.GROUP_PEGAWAI), List.of(instansiId), Optional.of(nip));
  }
}
