package id.meritflow.mutasi;

import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.batch.JenisBatch;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Program mutasi: {@code POST /api/batch/MUTASI} starts one {@code mutasi} case per valid row.
 * A row is checked exactly like {@code POST /api/mutasi} (the proposal's own validation); the
 * merit rules run in each case.
 */
@Component
class ProgramMutasiBatch implements JenisBatch<BarisMutasi> {

  private final PemeriksaanMutasi pemeriksaan;
  private final PegawaiDirectory pegawai;

  ProgramMutasiBatch(PemeriksaanMutasi pemeriksaan, PegawaiDirectory pegawai) {
    this.pemeriksaan = pemeriksaan;
    this.pegawai = pegawai;
  }

  @Override
  public String kode() {
    return "MUTASI";
  }

  @Override
  public Class<BarisMutasi> rowType() {
    return BarisMutasi.class;
  }

  @Override
  public List<FieldViolation> validate(BarisMutasi row, Caller caller) {
    // An employee the caller may not read is answered like an unknown NIP, as over /api/mutasi.
    if (row.nip() != null && pegawai.instansiOf(row.nip()).filter(caller::mayRead).isEmpty()) {
      return List.of(new FieldViolation("nip", "NIP_TIDAK_DIKENAL", "Pegawai dengan NIP ini tidak ditemukan."));
    }
    try {
      pemeriksaan.validasi(row.usulan());
      return List.of();
    } catch (InvalidRequestException e) {
      return e.violations().stream().map(v -> new FieldViolation(kolom(v.field()), v.code(), v.message())).toList();
    }
  }

  @Override
  public String processKey() {
    return KasusMutasi.PROCESS_KEY;
  }

  @Override
  public String businessKey(String batchId, int rowNumber, BarisMutasi row) {
    return "MUT-B" + batchId + "-" + rowNumber;
  }

  @Override
  public Map<String, Object> variables(BarisMutasi row) {
    return VariabelMutasi.dari(row.usulan());
  }

  @Override
  public Optional<String> instansiOf(BarisMutasi row) {
    return row.nip() == null ? Optional.empty() : pegawai.instansiOf(row.nip());
  }

  /** The validator names the nested proposal's fields; a row's columns are flat. */
  private static String kolom(String field) {
    return switch (field) {
      case "alasan.kategori" -> "alasanKategori";
      case "alasan.uraian" -> "alasanUraian";
      default -> field;
    };
  }
}
