package id.meritflow.layanan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.platform.engine.SebagaiEngine;
import id.meritflow.platform.kasus.StatusKasus;
import id.meritflow.platform.kasus.TugasTerbuka;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The cases about one employee (process variable {@code nip}) from the engine's history: mutasi,
 * kenaikan pangkat, disiplin and pemutakhiran, newest first. Read as the engine, because an employee
 * holds no grants on cases: the query itself is the scope (the caller's own NIP, nothing else).
 */
@Service
class KasusSayaService {

  static final List<String> PROSES = List.of("mutasi", "kenaikan-pangkat", "disiplin", "pemutakhiran-pendidikan");
  private static final int MAKS = 100;

  private final HistoryService history;
  private final IdentityService identity;
  private final AlasanKasus alasan;

  KasusSayaService(HistoryService history, IdentityService identity, ObjectMapper json) {
    this.history = history;
    this.identity = identity;
    this.alasan = new AlasanKasus(json);
  }

  List<KasusSaya> milik(String nip) {
    return SebagaiEngine.jalankan(identity, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PROSES.toArray(String[]::new)).variableValueEquals("nip", nip)
        .orderByProcessInstanceStartTime().desc().listPage(0, MAKS).stream().map(this::kasus).toList());
  }

  /** One of the employee's cases by its number; another's, or none, is empty. */
  Optional<KasusSaya> satu(String nip, String nomor) {
    return SebagaiEngine.jalankan(identity, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PROSES.toArray(String[]::new)).processInstanceBusinessKey(nomor)
        .variableValueEquals("nip", nip).list().stream().findFirst().map(this::kasus));
  }

  private KasusSaya kasus(HistoricProcessInstance i) {
    Map<String, Object> variabel = variabel(i.getId());
    StatusKasus status = StatusKasus.dari(i);
    List<KasusSaya.Langkah> langkah = status == StatusKasus.BERJALAN ? langkah(i.getId()) : List.of();
    Instant batas = langkah.stream().map(KasusSaya.Langkah::batasWaktu).filter(d -> d != null)
        .min(Comparator.naturalOrder()).orElse(null);
    Object nomorSk = variabel.get("nomorSk");
    return new KasusSaya(i.getBusinessKey(), i.getProcessDefinitionName(), i.getStartTime().toInstant(), status.name(),
        keterangan(i, status, langkah), langkah, batas, alasan.dari(variabel), nomorSk == null ? null : nomorSk.toString());
  }

  /** Tasks open in the case or its sub-processes (a signature); else the named steps it waits in (a timer, a job). */
  private List<KasusSaya.Langkah> langkah(String caseId) {
    var tugas = TugasTerbuka.dari(history, caseId);
    if (!tugas.isEmpty()) {
      return tugas.stream().map(t -> new KasusSaya.Langkah(t.getName(), instant(t.getDueDate()))).toList();
    }
    return history.createHistoricActivityInstanceQuery().processInstanceId(caseId).unfinished()
        .orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .filter(a -> a.getActivityName() != null && !a.getActivityType().endsWith("Gateway"))
        .map(HistoricActivityInstance::getActivityName).distinct().map(n -> new KasusSaya.Langkah(n, null)).toList();
  }

  private String keterangan(HistoricProcessInstance i, StatusKasus status, List<KasusSaya.Langkah> langkah) {
    return switch (status) {
      case BERJALAN -> langkah.isEmpty() ? status.label() : status.label() + ": " + langkah.get(0).nama();
      case DIBATALKAN -> status.label();
      case SELESAI -> Optional.ofNullable(i.getEndActivityId()).flatMap(end -> history.createHistoricActivityInstanceQuery()
              .processInstanceId(i.getId()).activityId(end).list().stream().findFirst())
          .map(HistoricActivityInstance::getActivityName).map(n -> "Selesai: " + n).orElse("Selesai");
    };
  }

  private Map<String, Object> variabel(String caseId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(caseId)
        .variableNameIn(nama()).disableCustomObjectDeserialization().list()) {
      // binary fetching stays on: the check results are a Bytes variable (TeksPanjang)
      if (v.getValue() != null) {
        values.putIfAbsent(v.getName(), v.getValue());
      }
    }
    return values;
  }

  private static String[] nama() {
    var names = new java.util.ArrayList<>(AlasanKasus.VARIABEL);
    names.add("nomorSk");
    return names.toArray(String[]::new);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
