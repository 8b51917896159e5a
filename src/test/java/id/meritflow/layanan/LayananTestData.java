package id.meritflow.layanan;

import id.meritflow.support.EngineAwait;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;

/** Cases and signed SKs the portal tests need, made through the real processes (shared context: unique keys). */
final class LayananTestData {

  private final RuntimeService runtime;
  private final HistoryService history;

  LayananTestData(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** A promotion SK for the employee, signed at once by delegation; returns its number. */
  String skDelegasi(String nip, String golonganBaru) {
    String kasus = sign(nip, "KENAIKAN_PANGKAT", Map.of("golonganBaru", golonganBaru));
    EngineAwait.ended(runtime, kasus);
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(kasus).variableName("nomorSk")
        .singleResult().getValue();
  }

  /** A heavy penalty, which the PPK signs himself (LANGSUNG): the case waits at the signing task. */
  String skLangsungMenunggu(String nip) {
    return sign(nip, "DISIPLIN", Map.of("tingkatHukuman", "BERAT", "hukuman", "Penurunan jabatan setingkat lebih rendah "
        + "selama 12 bulan", "pelanggaran", "Tidak masuk kerja tanpa alasan sah 28 hari"));
  }

  /** An education update proposal about the employee, waiting for BKN's verifier; returns its number. */
  String pemutakhiran(String nip) {
    String nomor = "PP-UJI-" + UUID.randomUUID();
    runtime.startProcessInstanceByKey("pemutakhiran-pendidikan", nomor, Map.of("nip", nip, "pendidikanBaru", "S2",
        "bidangPendidikan", "Kebijakan Publik", "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/78",
        "tanggalIjazah", "2025-02-01", "pengusul", "operator-uji"));
    return nomor;
  }

  private String sign(String nip, String jenis, Map<String, Object> rincian) {
    var variables = new HashMap<String, Object>(rincian);
    variables.put("nip", nip);
    variables.put("jenisKeputusan", jenis);
    variables.put("tmt", "2026-12-01");
    return runtime.startProcessInstanceByKey("penandatanganan-sk", "SK-UJI-" + UUID.randomUUID(), variables).getId();
  }
}
