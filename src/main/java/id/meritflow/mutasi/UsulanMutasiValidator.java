package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.UnitKerja;
import id.meritflow.platform.web.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a proposal is well-formed and consistent with the registry. These are errors of
 * the proposal (answered 400 with every violation), not merit results: a proposal that names an
 * unknown position or the wrong route cannot be judged at all.
 */
final class UsulanMutasiValidator {

  private final Set<String> kodeAturan;
  private final List<FieldViolation> violations = new ArrayList<>();

  UsulanMutasiValidator(Set<String> kodeAturan) {
    this.kodeAturan = kodeAturan;
  }

  List<FieldViolation> violations() {
    return List.copyOf(violations);
  }

  void wajib(UsulanMutasi u) {
    wajib("nip", u.nip());
    wajib("instansiTujuanId", u.instansiTujuanId());
    wajib("unitKerjaTujuanId", u.unitKerjaTujuanId());
    wajib("jabatanTujuanId", u.jabatanTujuanId());
    wajib("alasan.kategori", u.alasan() == null ? null : u.alasan().kategori());
    wajib("alasan.uraian", u.alasan() == null ? null : u.alasan().uraian());
    wajib("tanggalUsulan", u.tanggalUsulan());
    wajib("tmt", u.tmt());
    if (u.tanggalUsulan() != null && u.tmt() != null && u.tmt().isBefore(u.tanggalUsulan())) {
      add("tmt", "TMT_SEBELUM_TANGGAL_USULAN", "TMT mutasi tidak boleh sebelum tanggal usulan.");
    }
    for (int i = 0; i < u.dokumenPersetujuan().size(); i++) {
      DokumenPersetujuan d = u.dokumenPersetujuan().get(i);
      String at = "dokumenPersetujuan[" + i + "].";
      if (d == null) {
        add("dokumenPersetujuan[" + i + "]", "WAJIB_DIISI", "Dokumen persetujuan tidak boleh kosong.");
        continue;
      }
      if (wajib(at + "kodeAturan", d.kodeAturan()) && !kodeAturan.contains(d.kodeAturan())) {
        add(at + "kodeAturan", "KODE_ATURAN_TIDAK_DIKENAL", "Kode aturan " + d.kodeAturan() + " tidak dikenal.");
      }
      wajib(at + "nomor", d.nomor());
      wajib(at + "tanggal", d.tanggal());
      wajib(at + "penerbit", d.penerbit());
    }
  }

  void pegawaiDikenal(boolean dikenal) {
    if (!dikenal) {
      add("nip", "NIP_TIDAK_DIKENAL", "Pegawai dengan NIP ini tidak ditemukan.");
    }
  }

  /** The target place must exist and nest: unit in the agency, position in the unit. */
  void tujuan(UsulanMutasi u, Optional<Instansi> instansi, Optional<UnitKerja> unit, Optional<Jabatan> jabatan) {
    if (u.instansiTujuanId() != null && instansi.isEmpty()) {
      add("instansiTujuanId", "INSTANSI_TIDAK_DIKENAL", "Instansi tujuan tidak ditemukan.");
    }
    if (u.unitKerjaTujuanId() != null && unit.isEmpty()) {
      add("unitKerjaTujuanId", "UNIT_KERJA_TIDAK_DIKENAL", "Unit kerja tujuan tidak ditemukan.");
    } else if (unit.isPresent() && instansi.isPresent() && !unit.get().instansiId().equals(instansi.get().id())) {
      add("unitKerjaTujuanId", "UNIT_KERJA_BUKAN_INSTANSI_TUJUAN", "Unit kerja tujuan bukan bagian dari instansi tujuan.");
    }
    if (u.jabatanTujuanId() != null && jabatan.isEmpty()) {
      add("jabatanTujuanId", "JABATAN_TIDAK_DIKENAL", "Jabatan tujuan tidak ditemukan.");
    } else if (jabatan.isPresent() && unit.isPresent() && !jabatan.get().unitKerjaId().equals(unit.get().id())) {
      add("jabatanTujuanId", "JABATAN_BUKAN_UNIT_KERJA_TUJUAN", "Jabatan tujuan tidak ada dalam peta jabatan unit kerja tujuan.");
    }
  }

  /** The declared route must be the one the two agencies' tiers and provinces imply. */
  void rute(RuteMutasi dinyatakan, Instansi asal, Instansi tujuan) {
    Optional<RuteMutasi> seharusnya = RuteMutasi.antara(asal, tujuan);
    if (seharusnya.isEmpty()) {
      add("rute", "RUTE_TIDAK_DAPAT_DITENTUKAN", "Rute mutasi tidak dapat ditentukan karena provinsi instansi asal atau tujuan tidak tercatat.");
    } else if (dinyatakan != null && seharusnya.get() != dinyatakan) {
      add("rute", "RUTE_TIDAK_SESUAI", "Rute " + dinyatakan + " tidak sesuai dengan instansi asal dan tujuan; seharusnya "
          + seharusnya.get() + ".");
    }
  }

  private boolean wajib(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "WAJIB_DIISI", "Isian " + field + " wajib diisi.");
      return false;
    }
    return true;
  }

  private void add(String field, String code, String message) {
    violations.add(new FieldViolation(field, code, message));
  }
}
