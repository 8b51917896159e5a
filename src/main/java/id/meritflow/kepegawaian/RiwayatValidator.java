package id.meritflow.kepegawaian;

import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rules of the per-employee additions: kinerja of a year, disciplinary case, rank and position SK. */
final class RiwayatValidator {

  private final RegistryLookup lookup;
  private final LocalDate today;

  RiwayatValidator(RegistryLookup lookup, LocalDate today) {
    this.lookup = lookup;
    this.today = today;
  }

  List<FieldViolation> validateKinerja(int tahun, KinerjaRequest r, LocalDate tmtCpns) {
    Violations v = new Violations();
    KinerjaRules.tahun(v, "tahun", tahun, tmtCpns, today);
    KinerjaRules.predikat(v, "predikat", r.predikat());
    return v.list();
  }

  List<FieldViolation> validateDisiplin(DisiplinRequest r) {
    Violations v = new Violations();
    if (v.required("pelanggaran", r.pelanggaran(), "Uraian pelanggaran")) {
      v.maxLength("pelanggaran", r.pelanggaran(), 300);
    }
    if (v.required("tanggalKasus", r.tanggalKasus(), "Tanggal kasus") && r.tanggalKasus().isAfter(today)) {
      v.add("tanggalKasus", "TANGGAL_MASA_DEPAN", "Tanggal kasus tidak boleh melewati hari ini.");
    }
    Optional<StatusKasus> status = Optional.empty();
    if (v.required("status", r.status(), "Status kasus")) {
      status = StatusKasus.parse(r.status());
      if (status.isEmpty()) {
        v.add("status", "STATUS_KASUS_TIDAK_VALID", "Status kasus harus TERBUKA, DIPUTUS, DITANGGUHKAN atau DIHENTIKAN.");
      }
    }
    hukuman(v, r, status);
    return v.list();
  }

  private static void hukuman(Violations v, DisiplinRequest r, Optional<StatusKasus> status) {
    boolean adaHukuman = r.tingkatHukuman() != null || r.jenisHukuman() != null
        || r.tmtHukuman() != null || r.akhirHukuman() != null;
    if (status.isPresent() && status.get() != StatusKasus.DIPUTUS && adaHukuman) {
      // Only a decision imposes a penalty; an open or stopped case must not block careers by mistake.
      v.add("status", "HUKUMAN_TANPA_PUTUSAN", "Hukuman hanya dapat dicatat untuk kasus berstatus DIPUTUS.");
    }
    boolean diputus = status.isPresent() && status.get() == StatusKasus.DIPUTUS;
    Optional<TingkatHukuman> tingkat = Optional.empty();
    if (diputus ? v.required("tingkatHukuman", r.tingkatHukuman(), "Tingkat hukuman") : r.tingkatHukuman() != null) {
      tingkat = TingkatHukuman.parse(r.tingkatHukuman());
      if (tingkat.isEmpty()) {
        v.add("tingkatHukuman", "TINGKAT_HUKUMAN_TIDAK_VALID", "Tingkat hukuman harus RINGAN, SEDANG atau BERAT.");
      }
    }
    if (diputus ? v.required("jenisHukuman", r.jenisHukuman(), "Jenis hukuman") : r.jenisHukuman() != null) {
      Optional<JenisHukuman> jenis = JenisHukuman.parse(r.jenisHukuman());
      if (jenis.isEmpty()) {
        v.add("jenisHukuman", "JENIS_HUKUMAN_TIDAK_VALID", "Jenis hukuman tidak dikenal (PP 94/2021).");
      } else if (tingkat.isPresent() && jenis.get().tingkat() != tingkat.get()) {
        v.add("jenisHukuman", "JENIS_HUKUMAN_TIDAK_SESUAI_TINGKAT",
            "Jenis hukuman ini termasuk tingkat " + jenis.get().tingkat().name() + ".");
      }
    }
    if (diputus) {
      v.required("tmtHukuman", r.tmtHukuman(), "TMT hukuman");
    }
    if (r.tmtHukuman() != null && r.tanggalKasus() != null && r.tmtHukuman().isBefore(r.tanggalKasus())) {
      v.add("tmtHukuman", "TMT_HUKUMAN_SEBELUM_KASUS", "TMT hukuman tidak boleh sebelum tanggal kasus.");
    }
    if (r.akhirHukuman() != null && r.tmtHukuman() != null && !r.akhirHukuman().isAfter(r.tmtHukuman())) {
      v.add("akhirHukuman", "URUTAN_TANGGAL", "Akhir hukuman harus setelah TMT hukuman.");
    }
  }

  List<FieldViolation> validatePangkat(RiwayatPangkatRequest r, LocalDate tmtCpns) {
    Violations v = new Violations();
    if (v.required("golongan", r.golongan(), "Golongan") && Golongan.fromKode(r.golongan()).isEmpty()) {
      v.add("golongan", "GOLONGAN_TIDAK_VALID", "Golongan harus salah satu dari I/a sampai IV/e.");
    }
    tmt(v, r.tmt(), tmtCpns);
    v.maxLength("nomorSk", r.nomorSk(), 100);
    return v.list();
  }

  List<FieldViolation> validateJabatan(RiwayatJabatanRequest r, LocalDate tmtCpns) {
    Violations v = new Violations();
    boolean instansiKnown = v.required("instansiId", r.instansiId(), "Instansi") && lookup.instansiExists(r.instansiId());
    if (r.instansiId() != null && !r.instansiId().isBlank() && !instansiKnown) {
      v.add("instansiId", "INSTANSI_TIDAK_ADA", "Instansi tidak ditemukan.");
    }
    if (v.required("unitKerjaId", r.unitKerjaId(), "Unit kerja")) {
      belongs(v, "unitKerjaId", lookup.instansiOfUnitKerja(r.unitKerjaId()), instansiKnown, r.instansiId(),
          "UNIT_KERJA", "Unit kerja");
    }
    if (r.jabatanId() != null && !r.jabatanId().isBlank()) {
      belongs(v, "jabatanId", lookup.instansiOfJabatan(r.jabatanId()), instansiKnown, r.instansiId(),
          "JABATAN", "Jabatan");
    }
    tmt(v, r.tmt(), tmtCpns);
    v.maxLength("nomorSk", r.nomorSk(), 100);
    return v.list();
  }

  private static void belongs(Violations v, String field, Optional<String> owner, boolean instansiKnown,
      String instansiId, String code, String label) {
    if (owner.isEmpty()) {
      v.add(field, code + "_TIDAK_ADA", label + " tidak ditemukan.");
    } else if (instansiKnown && !owner.get().equals(instansiId)) {
      v.add(field, code + "_BUKAN_INSTANSI", label + " bukan bagian dari instansi yang dipilih.");
    }
  }

  private static void tmt(Violations v, LocalDate tmt, LocalDate tmtCpns) {
    // A future TMT is allowed: the SK is recorded now and takes effect on its date.
    if (v.required("tmt", tmt, "TMT") && tmt.isBefore(tmtCpns)) {
      v.add("tmt", "SEBELUM_TMT_CPNS", "TMT tidak boleh sebelum TMT CPNS.");
    }
  }
}
