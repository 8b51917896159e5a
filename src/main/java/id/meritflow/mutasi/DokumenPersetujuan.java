package id.meritflow.mutasi;

import java.time.LocalDate;

/**
 * A recorded approval that turns a PERLU_PERSETUJUAN result of rule {@code kodeAturan} into
 * LULUS when the check is re-run. For MUT-PERSETUJUAN {@code penerbit} must be the instansi id of
 * the approving PPK (asal or tujuan), so that the two approvals can be told apart; for the other
 * rules it names the issuer (e.g. "Mendagri", "Presiden").
 */
public record DokumenPersetujuan(String kodeAturan, String nomor, LocalDate tanggal, String penerbit) {

  String uraian() {
    return nomor + " tanggal " + tanggal + " oleh " + penerbit;
  }
}
