package id.meritflow.penandatanganan.proses;

import id.meritflow.notifikasi.PemberitahuanKasus;
import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.platform.security.Caller;
import id.meritflow.penandatanganan.domain.JenisSk;
import id.meritflow.penandatanganan.domain.ModePenandatanganan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues the signed SK for the case and writes {@code nomorSk}, {@code kodeVerifikasi} and
 * {@code sha256Sk}. Runs as a job (asyncBefore): the number, the PDF and the engine's state commit
 * together, and a failure is retried, never half-done. The employee and the agency's PPK are told
 * (notification outbox, same transaction).
 */
@Component("terbitkanSkDelegate")
class TerbitkanSkDelegate implements JavaDelegate {

  private static final String[] RINCIAN = {"jabatanSasaranId", "golonganBaru", "masaKerja", "tingkatHukuman",
      "hukuman", "pelanggaran"};
  private static final String[] KEPUTUSAN = {"modeTandaTangan", "peranPenandatangan", "keppres", "atasNama",
      "untukBeliau"};

  private static final Map<JenisSk, String> JENIS = Map.of(JenisSk.MUTASI, "mutasi",
      JenisSk.KENAIKAN_PANGKAT, "kenaikan pangkat", JenisSk.DISIPLIN, "hukuman disiplin");

  private final PenandatangananKasus kasus;
  private final JejakAudit jejak;
  private final PemberitahuanKasus pemberitahuan;
  private final String baseUrl;

  TerbitkanSkDelegate(PenandatangananKasus kasus, JejakAudit jejak, PemberitahuanKasus pemberitahuan,
      @Value("${meritflow.sk.base-url:http://localhost:8080}") String baseUrl) {
    this.kasus = kasus;
    this.jejak = jejak;
    this.pemberitahuan = pemberitahuan;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @Override
  public void execute(DelegateExecution execution) {
    var sk = kasus.terbitkan(new PermintaanPenandatanganan((String) execution.getVariable("nip"),
        JenisSk.valueOf((String) execution.getVariable("jenisKeputusan")),
        LocalDate.parse(String.valueOf(execution.getVariable("tmt"))), values(execution, RINCIAN),
        values(execution, KEPUTUSAN), Optional.ofNullable((String) execution.getVariable("penandatanganPengguna")),
        "proses:" + execution.getProcessBusinessKey()));
    execution.setVariable("nomorSk", sk.nomor());
    execution.setVariable("kodeVerifikasi", sk.kodeVerifikasi());
    execution.setVariable("sha256Sk", sk.sha256());
    boolean langsung = sk.mode() == ModePenandatanganan.LANGSUNG;
    String pelaku = langsung ? (String) execution.getVariable("penandatanganPengguna") : JejakAudit.SISTEM;
    jejak.catat(execution, pelaku, "TANDA_TANGAN", sk.mode().name(), "SK " + sk.nomor() + " ditandatangani "
        + (langsung ? "langsung" : "melalui delegasi") + " oleh " + sk.penandatangan()
        + " (" + sk.penandatanganJabatan() + "), SHA-256 " + sk.sha256() + ".");
    pemberitahuan.skDitandatangani(execution, sk.nomor(), JENIS.get(sk.jenis()),
        (langsung ? "langsung oleh " : "melalui delegasi oleh ") + sk.penandatangan() + " (" + sk.penandatanganJabatan() + ")",
        baseUrl + "/verifikasi-sk/" + sk.kodeVerifikasi(), Caller.GROUP_PPK);
  }

  private static Map<String, Object> values(DelegateExecution execution, String[] names) {
    var values = new HashMap<String, Object>();
    for (String name : names) {
      if (execution.hasVariable(name) && execution.getVariable(name) != null) {
        values.put(name, execution.getVariable(name));
      }
    }
    return values;
  }
}
