package id.meritflow.kepegawaian;

import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every rule a new or changed pegawai must meet; collects all violations, never stops at the first. */
final class PegawaiRequestValidator {

  static final String NIP_SUDAH_ADA = "NIP_SUDAH_ADA";

  private final RegistryLookup lookup;
  private final LocalDate today;

  PegawaiRequestValidator(RegistryLookup lookup, LocalDate today) {
    this.lookup = lookup;
    this.today = today;
  }

  List<FieldViolation> validateCreate(PegawaiRequest r) {
    Violations v = new Violations();
    List<FieldViolation> nipViolations = Nip.validate(r.nip(), "nip");
    v.addAll(nipViolations);
    if (nipViolations.isEmpty() && lookup.pegawaiExists(r.nip())) {
      v.add("nip", NIP_SUDAH_ADA, "Pegawai dengan NIP " + r.nip() + " sudah terdaftar.");
    }
    Optional<Nip> nip = Nip.parse(r.nip());
    if (v.required("nama", r.nama(), "Nama")) {
      v.maxLength("nama", r.nama(), 200);
    }
    jenisKelamin(v, r.jenisKelamin(), nip);
    if (v.required("tanggalLahir", r.tanggalLahir(), "Tanggal lahir") && nip.isPresent()
        && !nip.get().tanggalLahir().equals(r.tanggalLahir())) {
      v.add("tanggalLahir", "TANGGAL_LAHIR_TIDAK_SESUAI_NIP", "Tanggal lahir tidak sesuai dengan angka 1-8 NIP.");
    }
    if (v.required("tmtCpns", r.tmtCpns(), "TMT CPNS")) {
      notFuture(v, "tmtCpns", r.tmtCpns(), "TMT CPNS");
      if (nip.isPresent() && !nip.get().tmtCpns().equals(YearMonth.from(r.tmtCpns()))) {
        v.add("tmtCpns", "TMT_CPNS_TIDAK_SESUAI_NIP", "Tahun dan bulan TMT CPNS tidak sesuai dengan angka 9-14 NIP.");
      }
    }
    placement(v, r);
    if (v.required("golongan", r.golongan(), "Golongan") && Golongan.fromKode(r.golongan()).isEmpty()) {
      v.add("golongan", "GOLONGAN_TIDAK_VALID", "Golongan harus salah satu dari I/a sampai IV/e.");
    }
    if (v.required("tmtGolongan", r.tmtGolongan(), "TMT golongan")) {
      notFuture(v, "tmtGolongan", r.tmtGolongan(), "TMT golongan");
      notBeforeCpns(v, "tmtGolongan", r.tmtGolongan(), r.tmtCpns(), "TMT golongan");
    }
    pendidikan(v, r.pendidikan(), r.bidangPendidikan());
    ujianDinas(v, r.lulusUjianDinas1(), r.lulusUjianDinas2());
    v.maxLength("nomorSkPangkat", r.nomorSkPangkat(), 100);
    v.maxLength("nomorSkJabatan", r.nomorSkJabatan(), 100);
    kinerja(v, r.kinerja(), r.tmtCpns());
    return v.list();
  }

  List<FieldViolation> validateUpdate(PegawaiUpdateRequest r) {
    Violations v = new Violations();
    if (v.required("nama", r.nama(), "Nama")) {
      v.maxLength("nama", r.nama(), 200);
    }
    pendidikan(v, r.pendidikan(), r.bidangPendidikan());
    ujianDinas(v, r.lulusUjianDinas1(), r.lulusUjianDinas2());
    return v.list();
  }

  private void jenisKelamin(Violations v, String kode, Optional<Nip> nip) {
    if (!v.required("jenisKelamin", kode, "Jenis kelamin")) {
      return;
    }
    Optional<JenisKelamin> jk = JenisKelamin.parse(kode);
    if (jk.isEmpty()) {
      v.add("jenisKelamin", "JENIS_KELAMIN_TIDAK_VALID", "Jenis kelamin harus L atau P.");
    } else if (nip.isPresent() && nip.get().jenisKelamin() != jk.get()) {
      v.add("jenisKelamin", "JENIS_KELAMIN_TIDAK_SESUAI_NIP", "Jenis kelamin tidak sesuai dengan angka ke-15 NIP.");
    }
  }

  private void placement(Violations v, PegawaiRequest r) {
    boolean instansiKnown = v.required("instansiId", r.instansiId(), "Instansi") && lookup.instansiExists(r.instansiId());
    if (r.instansiId() != null && !r.instansiId().isBlank() && !instansiKnown) {
      v.add("instansiId", "INSTANSI_TIDAK_ADA", "Instansi tidak ditemukan.");
    }
    if (v.required("unitKerjaId", r.unitKerjaId(), "Unit kerja")) {
      Optional<String> owner = lookup.instansiOfUnitKerja(r.unitKerjaId());
      if (owner.isEmpty()) {
        v.add("unitKerjaId", "UNIT_KERJA_TIDAK_ADA", "Unit kerja tidak ditemukan.");
      } else if (instansiKnown && !owner.get().equals(r.instansiId())) {
        v.add("unitKerjaId", "UNIT_KERJA_BUKAN_INSTANSI", "Unit kerja bukan bagian dari instansi yang dipilih.");
      }
    }
    if (r.jabatanId() != null && !r.jabatanId().isBlank()) {
      Optional<String> owner = lookup.instansiOfJabatan(r.jabatanId());
      if (owner.isEmpty()) {
        v.add("jabatanId", "JABATAN_TIDAK_ADA", "Jabatan tidak ditemukan.");
      } else if (instansiKnown && !owner.get().equals(r.instansiId())) {
        v.add("jabatanId", "JABATAN_BUKAN_INSTANSI", "Jabatan bukan bagian dari instansi yang dipilih.");
      }
      v.required("tmtJabatan", r.tmtJabatan(), "TMT jabatan");
    }
    if (r.tmtJabatan() != null) {
      notFuture(v, "tmtJabatan", r.tmtJabatan(), "TMT jabatan");
      notBeforeCpns(v, "tmtJabatan", r.tmtJabatan(), r.tmtCpns(), "TMT jabatan");
    }
  }

  private static void pendidikan(Violations v, String kode, String bidang) {
    if (v.required("pendidikan", kode, "Pendidikan") && Pendidikan.parse(kode).isEmpty()) {
      v.add("pendidikan", "PENDIDIKAN_TIDAK_VALID", "Pendidikan harus salah satu dari SD, SLTP, SLTA, D1, D2, D3, D4, S1, S2, S3.");
    }
    v.maxLength("bidangPendidikan", bidang, 100);
  }

  private void ujianDinas(Violations v, LocalDate tingkat1, LocalDate tingkat2) {
    notFuture(v, "lulusUjianDinas1", tingkat1, "Tanggal lulus ujian dinas tingkat I");
    notFuture(v, "lulusUjianDinas2", tingkat2, "Tanggal lulus ujian dinas tingkat II");
  }

  private void kinerja(Violations v, List<KinerjaEntry> entries, LocalDate tmtCpns) {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      KinerjaEntry e = entries.get(i);
      String prefix = "kinerja[" + i + "].";
      if (e == null) {
        v.add("kinerja[" + i + "]", "WAJIB_DIISI", "Isian kinerja tidak boleh kosong.");
        continue;
      }
      if (v.required(prefix + "tahun", e.tahun(), "Tahun kinerja")) {
        if (!seen.add(e.tahun())) {
          v.add(prefix + "tahun", "KINERJA_TAHUN_GANDA", "Kinerja tahun " + e.tahun() + " tercatat lebih dari sekali.");
        }
        KinerjaRules.tahun(v, prefix + "tahun", e.tahun(), tmtCpns, today);
      }
      KinerjaRules.predikat(v, prefix + "predikat", e.predikat());
    }
  }

  private void notFuture(Violations v, String field, LocalDate date, String label) {
    if (date != null && date.isAfter(today)) {
      v.add(field, "TANGGAL_MASA_DEPAN", label + " tidak boleh melewati hari ini.");
    }
  }

  private static void notBeforeCpns(Violations v, String field, LocalDate date, LocalDate tmtCpns, String label) {
    if (date != null && tmtCpns != null && date.isBefore(tmtCpns)) {
      v.add(field, "SEBELUM_TMT_CPNS", label + " tidak boleh sebelum TMT CPNS.");
    }
  }
}
