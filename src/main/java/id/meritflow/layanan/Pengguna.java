package id.meritflow.layanan;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.Roles;
import id.meritflow.platform.web.ForbiddenException;
import java.util.List;

/** Who may use which part of the portal: employees their own data, signing officials the SKs set in their name. */
final class Pengguna {

  /** The signer roles whose name an SK is set in, in the order the portal shows them. */
  static final List<String> PERAN_PENETAP = List.of(Caller.GROUP_PPK, Roles.GROUP_PRESIDEN);

  private Pengguna() {}

  /** The caller's own NIP; staff (and an account without a NIP) are refused: the portal shows one's own data only. */
  static String nipSendiri(Caller caller) {
    if (!caller.inGroup(Caller.GROUP_PEGAWAI) || caller.nip().isEmpty()) {
      throw new ForbiddenException("LAYANAN_KHUSUS_PEGAWAI",
          "Halaman ini untuk pegawai yang akunnya terhubung dengan NIP.");
    }
    return caller.nip().get();
  }

  static List<String> peranPenetap(Caller caller) {
    return PERAN_PENETAP.stream().filter(caller::inGroup).toList();
  }

  static List<String> wajibPenetap(Caller caller) {
    List<String> peran = peranPenetap(caller);
    if (peran.isEmpty()) {
      throw new ForbiddenException("LAYANAN_KHUSUS_PENANDATANGAN",
          "Halaman ini untuk pejabat penandatangan SK (PPK atau Presiden).");
    }
    return peran;
  }
}
