package id.meritflow.kepegawaian;

import java.util.Optional;

/** Consistency of a position's type, echelon, functional level and rank range. */
final class JabatanRules {

  private JabatanRules() {}

  static void jenisEselonJenjang(Violations v, String jenisKode, String eselonKode, String jenjang) {
    Optional<JenisJabatan> jenis = Optional.empty();
    if (v.required("jenis", jenisKode, "Jenis jabatan")) {
      jenis = JenisJabatan.parse(jenisKode);
      if (jenis.isEmpty()) {
        v.add("jenis", "JENIS_JABATAN_TIDAK_VALID", "Jenis jabatan tidak dikenal.");
      }
    }
    if (eselonKode != null && !eselonKode.isBlank()) {
      Optional<Eselon> eselon = Eselon.fromKode(eselonKode);
      if (eselon.isEmpty()) {
        v.add("eselon", "ESELON_TIDAK_VALID", "Eselon harus salah satu dari I.a, I.b, II.a, II.b, III.a, III.b, IV.a, IV.b.");
      } else if (jenis.isPresent() && eselon.get().jenis() != jenis.get()) {
        // domain.md glossary: I.a/I.b = JPT utama/madya, II = JPT pratama, III = administrator, IV = pengawas.
        v.add("eselon", "ESELON_TIDAK_SESUAI_JENIS",
            "Eselon " + eselonKode + " hanya untuk jabatan " + eselon.get().jenis().name() + ".");
      }
    }
    boolean fungsional = jenis.isPresent() && jenis.get() == JenisJabatan.FUNGSIONAL;
    if (fungsional && v.required("jenjang", jenjang, "Jenjang jabatan fungsional")
        && !OrganisasiValidator.JENJANG_FUNGSIONAL.contains(jenjang)) {
      v.add("jenjang", "JENJANG_TIDAK_VALID", "Jenjang jabatan fungsional tidak dikenal.");
    }
    if (jenis.isPresent() && !fungsional && jenjang != null && !jenjang.isBlank()) {
      v.add("jenjang", "JENJANG_BUKAN_FUNGSIONAL", "Jenjang hanya untuk jabatan fungsional.");
    }
  }

  static void golonganRange(Violations v, String minKode, String maxKode) {
    Optional<Golongan> min = golongan(v, "golonganMin", minKode, "Golongan minimum");
    Optional<Golongan> max = golongan(v, "golonganMax", maxKode, "Golongan maksimum");
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      v.add("golonganMax", "RENTANG_GOLONGAN_TERBALIK", "Golongan maksimum tidak boleh di bawah golongan minimum.");
    }
  }

  private static Optional<Golongan> golongan(Violations v, String field, String kode, String label) {
    if (!v.required(field, kode, label)) {
      return Optional.empty();
    }
    Optional<Golongan> golongan = Golongan.fromKode(kode);
    if (golongan.isEmpty()) {
      v.add(field, "GOLONGAN_TIDAK_VALID", "Golongan harus salah satu dari I/a sampai IV/e.");
    }
    return golongan;
  }
}
