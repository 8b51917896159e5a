package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Tenant scoping of the registry. Data of an agency the caller may not read answers exactly as if
 * it did not exist, so that another agency's data cannot be probed.
 */
final class Access {

  private Access() {}

  /** The agencies whose data the caller reads; empty Optional means all (administrator). */
  static Optional<Collection<String>> readScope(Caller caller) {
    if (caller.isAdmin()) {
      return Optional.empty();
    }
    return Optional.of(caller.isStaff() ? caller.tenantIds() : List.of());
  }

  static boolean maySee(Caller caller, Pegawai pegawai) {
    return caller.mayRead(pegawai.instansiId()) || caller.nip().filter(pegawai.nip()::equals).isPresent();
  }

  static void requireReadable(Caller caller, String instansiId) {
    if (!caller.mayRead(instansiId)) {
      throw instansiNotFound();
    }
  }

  /** 404 when the caller may not even read the agency, 403 when it may read but not write. */
  static void requireWritable(Caller caller, String instansiId) {
    if (caller.mayWrite(instansiId)) {
      return;
    }
    if (!caller.mayRead(instansiId)) {
      throw instansiNotFound();
    }
    throw mayNotChange();
  }

  static ForbiddenException mayNotChange() {
    return new ForbiddenException("TIDAK_BERWENANG_MENGUBAH",
        "Anda tidak berwenang mengubah data kepegawaian instansi ini.");
  }

  static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException("HANYA_ADMIN", "Hanya administrator yang dapat mengelola data instansi.");
    }
  }

  static NotFoundException instansiNotFound() {
    return new NotFoundException("INSTANSI_TIDAK_DITEMUKAN", "Instansi tidak ditemukan.");
  }

  static NotFoundException pegawaiNotFound() {
    return new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan.");
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
