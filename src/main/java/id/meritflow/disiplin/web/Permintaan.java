package id.meritflow.disiplin.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of {@code /api/disiplin}. */
final class Permintaan {

  private Permintaan() {}

  /** A superior reports a violation. {@code perkiraanTingkat}: the level the violation may deserve. */
  // Named for the OpenAPI document: mutasi has a response record of the same simple name.
  @Schema(name = "PermintaanKasusDisiplin")
  record KasusBaru(String nip, String pelanggaran, String jenisPelanggaran, LocalDate tanggalKasus,
      String perkiraanTingkat, Boolean timDiminta) {}

  /** Attendance of an agency's employees in one year, as its attendance system counts it. */
  record Kehadiran(Integer tahun, List<KehadiranPegawai> pegawai) {}

  /** Unexcused absence (working days) in the year, and the longest run of consecutive ones. */
  record KehadiranPegawai(String nip, Integer hariTidakMasuk, Integer tidakMasukBeruntun) {}

  /** Keberatan or banding administratif: the employee's reason. */
  record Keberatan(String alasan) {}
}
