package id.meritflow.rekomendasi;

import id.meritflow.mutasi.UsulanMutasi;
import id.meritflow.rekomendasi.domain.PenilaianMutasi;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Thin translator for the mutasi process: reads the proposal's variables, asks for the advice and
 * writes it back. It never rejects: {@code perluTinjauan} only routes the case to a person.
 *
 * <p>Reads {@code nip}, {@code jabatanTujuanId}, {@code instansiTujuanId}, {@code unitKerjaTujuanId},
 * {@code tmt} (LocalDate, java.util.Date or ISO text). Writes {@code skorKecocokan} (Double),
 * {@code risikoMutasi} (codes as a JSON array in a String), {@code perluTinjauan} (Boolean) and
 * {@code penjelasanRekomendasi} (String, Bahasa Indonesia).
 */
@Component("nilaiUsulanMutasiDelegate")
class NilaiUsulanMutasiDelegate implements JavaDelegate {

  private final RekomendasiService rekomendasi;

  NilaiUsulanMutasiDelegate(RekomendasiService rekomendasi) {
    this.rekomendasi = rekomendasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate tmt = tanggal(execution.getVariable("tmt"));
    UsulanMutasi usulan = new UsulanMutasi(teks(execution, "nip"), teks(execution, "instansiTujuanId"),
        teks(execution, "unitKerjaTujuanId"), teks(execution, "jabatanTujuanId"), null, null, false, tmt, tmt, List.of());
    PenilaianMutasi p = rekomendasi.penilaianMutasi(usulan);
    execution.setVariable("skorKecocokan", p.kecocokan().skor().doubleValue());
    execution.setVariable("risikoMutasi", json(p.kodeRisiko()));
    execution.setVariable("perluTinjauan", p.perluTinjauan());
    execution.setVariable("penjelasanRekomendasi", rekomendasi.penjelasan(p));
  }

  static String json(List<String> kode) {
    // Codes are upper-case identifiers, so no escaping is needed.
    return kode.stream().map(k -> "\"" + k + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  private static String teks(DelegateExecution execution, String nama) {
    Object v = execution.getVariable(nama);
    return v == null ? null : v.toString();
  }

  static LocalDate tanggal(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate();
    }
    return v == null ? null : LocalDate.parse(v.toString().substring(0, Math.min(10, v.toString().length())));
  }
}
