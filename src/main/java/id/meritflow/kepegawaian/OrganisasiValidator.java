package id.meritflow.kepegawaian;

import id.meritflow.platform.web.FieldViolation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules of instansi, unit kerja and jabatan requests; collects every violation. */
final class OrganisasiValidator {

  /** Ids end up in URLs and as Camunda tenant ids, so keep them to lower-case words and hyphens. */
  private static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
  static final Set<String> JENJANG_FUNGSIONAL =
      Set.of("AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA");
  static final int BATAS_USIA_MIN = 18;
  static final int BATAS_USIA_MAX = 70;

  private final RegistryLookup lookup;

  OrganisasiValidator(RegistryLookup lookup) {
    this.lookup = lookup;
  }

  List<FieldViolation> validateInstansi(InstansiRequest r, boolean create) {
    Violations v = new Violations();
    if (create) {
      id(v, r.id(), 40);
      if (r.id() != null && lookup.instansiExists(r.id())) {
        v.add("id", "ID_SUDAH_ADA", "Instansi dengan id ini sudah ada.");
      }
    }
    if (v.required("nama", r.nama(), "Nama instansi")) {
      v.maxLength("nama", r.nama(), 200);
    }
    Optional<TingkatInstansi> tingkat = Optional.empty();
    if (v.required("tingkat", r.tingkat(), "Tingkat instansi")) {
      tingkat = TingkatInstansi.parse(r.tingkat());
      if (tingkat.isEmpty()) {
        v.add("tingkat", "TINGKAT_TIDAK_VALID", "Tingkat harus PUSAT, PROVINSI atau KABUPATEN_KOTA.");
      }
    }
    if (v.required("wilayah", r.wilayah(), "Wilayah")) {
      v.maxLength("wilayah", r.wilayah(), 100);
    }
    v.maxLength("provinsi", r.provinsi(), 100);
    boolean daerah = tingkat.isPresent() && tingkat.get() != TingkatInstansi.PUSAT;
    if (daerah) {
      v.required("provinsi", r.provinsi(), "Provinsi");
    }
    if (tingkat.isPresent() && !daerah && (r.provinsi() != null || r.tanggalPenetapanCalon() != null
        || r.tanggalPelantikanKepalaDaerah() != null || r.akhirMasaJabatanKepalaDaerah() != null)) {
      // Pilkada dates drive POL-71-2 and POL-162-3, which apply to regional agencies only.
      v.add("tingkat", "DATA_DAERAH_UNTUK_PUSAT", "Instansi pusat tidak memiliki provinsi maupun tanggal pilkada.");
    }
    if (r.tanggalPelantikanKepalaDaerah() != null && r.akhirMasaJabatanKepalaDaerah() != null
        && !r.akhirMasaJabatanKepalaDaerah().isAfter(r.tanggalPelantikanKepalaDaerah())) {
      v.add("akhirMasaJabatanKepalaDaerah", "URUTAN_TANGGAL",
          "Akhir masa jabatan kepala daerah harus setelah tanggal pelantikan.");
    }
    return v.list();
  }

  List<FieldViolation> validateUnitKerja(UnitKerjaRequest r) {
    Violations v = new Violations();
    id(v, r.id(), 60);
    if (r.id() != null && lookup.instansiOfUnitKerja(r.id()).isPresent()) {
      v.add("id", "ID_SUDAH_ADA", "Unit kerja dengan id ini sudah ada.");
    }
    boolean instansiKnown = instansi(v, r.instansiId());
    if (v.required("nama", r.nama(), "Nama unit kerja")) {
      v.maxLength("nama", r.nama(), 200);
    }
    if (r.indukId() != null && !r.indukId().isBlank()) {
      Optional<String> owner = lookup.instansiOfUnitKerja(r.indukId());
      if (owner.isEmpty()) {
        v.add("indukId", "UNIT_KERJA_TIDAK_ADA", "Unit kerja induk tidak ditemukan.");
      } else if (instansiKnown && !owner.get().equals(r.instansiId())) {
        v.add("indukId", "UNIT_KERJA_BUKAN_INSTANSI", "Unit kerja induk harus dari instansi yang sama.");
      }
    }
    return v.list();
  }

  List<FieldViolation> validateJabatan(JabatanRequest r, boolean create) {
    Violations v = new Violations();
    if (create) {
      id(v, r.id(), 60);
      if (r.id() != null && lookup.instansiOfJabatan(r.id()).isPresent()) {
        v.add("id", "ID_SUDAH_ADA", "Jabatan dengan id ini sudah ada.");
      }
    }
    boolean instansiKnown = instansi(v, r.instansiId());
    if (v.required("unitKerjaId", r.unitKerjaId(), "Unit kerja")) {
      Optional<String> owner = lookup.instansiOfUnitKerja(r.unitKerjaId());
      if (owner.isEmpty()) {
        v.add("unitKerjaId", "UNIT_KERJA_TIDAK_ADA", "Unit kerja tidak ditemukan.");
      } else if (instansiKnown && !owner.get().equals(r.instansiId())) {
        v.add("unitKerjaId", "UNIT_KERJA_BUKAN_INSTANSI", "Unit kerja bukan bagian dari instansi yang dipilih.");
      }
    }
    if (v.required("nama", r.nama(), "Nama jabatan")) {
      v.maxLength("nama", r.nama(), 200);
    }
    JabatanRules.jenisEselonJenjang(v, r.jenis(), r.eselon(), r.jenjang());
    JabatanRules.golonganRange(v, r.golonganMin(), r.golonganMax());
    if (v.required("pendidikanMin", r.pendidikanMin(), "Pendidikan minimum")
        && Pendidikan.parse(r.pendidikanMin()).isEmpty()) {
      v.add("pendidikanMin", "PENDIDIKAN_TIDAK_VALID", "Pendidikan minimum tidak dikenal.");
    }
    if (r.batasUsia() != null && (r.batasUsia() < BATAS_USIA_MIN || r.batasUsia() > BATAS_USIA_MAX)) {
      v.add("batasUsia", "BATAS_USIA_TIDAK_VALID",
          "Batas usia harus antara " + BATAS_USIA_MIN + " dan " + BATAS_USIA_MAX + " tahun.");
    }
    if (r.kebutuhan() != null && r.kebutuhan() < 0) {
      v.add("kebutuhan", "KEBUTUHAN_NEGATIF", "Kebutuhan formasi tidak boleh negatif.");
    }
    return v.list();
  }

  private boolean instansi(Violations v, String instansiId) {
    if (!v.required("instansiId", instansiId, "Instansi")) {
      return false;
    }
    if (!lookup.instansiExists(instansiId)) {
      v.add("instansiId", "INSTANSI_TIDAK_ADA", "Instansi tidak ditemukan.");
      return false;
    }
    return true;
  }

  private static void id(Violations v, String id, int max) {
    if (v.required("id", id, "Id")) {
      if (!id.matches(ID_PATTERN)) {
        v.add("id", "ID_TIDAK_VALID", "Id hanya boleh huruf kecil, angka dan tanda hubung (contoh: kota-cimahi).");
      }
      v.maxLength("id", id, max);
    }
  }
}
