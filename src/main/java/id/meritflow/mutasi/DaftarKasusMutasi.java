package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Halaman;
import id.meritflow.kepegawaian.NamaRegistri;
import id.meritflow.platform.kasus.StatusKasus;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * Lists mutasi cases from the engine's history, one page at a time: a count and a page of
 * instances, then one query each for the page's variables and steps, and one for the names.
 * Scoping is the caller's: pass the tenants it may read (or none for all) and, for an employee,
 * the own NIP.
 */
@Service
class DaftarKasusMutasi {

  /** Which cases: {@code tenantIds} empty Optional = every agency (administrator). */
  record Saringan(Optional<Collection<String>> tenantIds, Optional<String> nip, Optional<StatusKasus> status) {}

  private final HistoryService history;
  private final ManagementService management;
  private final IdentityService identity;
  private final NamaRegistri nama;

  DaftarKasusMutasi(HistoryService history, ManagementService management, IdentityService identity,
      NamaRegistri nama) {
    this.history = history;
    this.management = management;
    this.identity = identity;
    this.nama = nama;
  }

  Halaman<RingkasanKasusMutasi> halaman(Saringan saringan, int page, int size) {
    if (saringan.tenantIds().isPresent() && saringan.tenantIds().get().isEmpty()) {
      return new Halaman<>(List.of(), 0, page, size);
    }
    return tanpaOtorisasi(() -> {
      long total = query(saringan).count();
      List<HistoricProcessInstance> kasus = query(saringan).orderByProcessInstanceStartTime().desc()
          .orderByProcessInstanceId().asc().listPage(page * size, size);
      return new Halaman<>(rows(kasus), total, page, size);
    });
  }

  private HistoricProcessInstanceQuery query(Saringan s) {
    HistoricProcessInstanceQuery q = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(KasusMutasi.PROCESS_KEY);
    s.tenantIds().ifPresent(ids -> q.tenantIdIn(ids.toArray(String[]::new)));
    s.nip().ifPresent(nip -> q.variableValueEquals(VariabelMutasi.NIP, nip));
    s.status().ifPresent(status -> {
      switch (status) {
        case BERJALAN -> q.unfinished();
        case SELESAI -> q.completed();
        // Deleting a case through the engine's API marks it internally terminated (no terminate end
        // event exists in the model to do the same), a few clients externally: both count.
        case DIBATALKAN -> q.or().externallyTerminated().internallyTerminated().endOr();
      }
    });
    return q;
  }

  private List<RingkasanKasusMutasi> rows(List<HistoricProcessInstance> kasus) {
    if (kasus.isEmpty()) {
      return List.of();
    }
    String[] ids = kasus.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, String>> variabel = variabel(ids);
    Map<String, List<HistoricActivityInstance>> aktivitas = aktivitas(ids);
    Map<String, String> namaPegawai = nama.namaPegawai(kolom(variabel, VariabelMutasi.NIP));
    Map<String, String> namaJabatan = nama.namaJabatan(kolom(variabel, VariabelMutasi.JABATAN_TUJUAN));
    return kasus.stream().map(k -> {
      Map<String, String> v = variabel.getOrDefault(k.getId(), Map.of());
      String nip = v.get(VariabelMutasi.NIP);
      String jabatan = v.get(VariabelMutasi.JABATAN_TUJUAN);
      return new RingkasanKasusMutasi(k.getId(), k.getBusinessKey(), nip, namaPegawai.get(nip), jabatan,
          namaJabatan.get(jabatan), langkah(k, aktivitas.getOrDefault(k.getId(), List.of())),
          instant(k.getStartTime()), instant(k.getEndTime()), StatusKasus.dari(k).name());
    }).toList();
  }

  /** The NIP and target position of each case, as the case holds them now (after a correction too). */
  private Map<String, Map<String, String>> variabel(String[] ids) {
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(VariabelMutasi.NIP, VariabelMutasi.JABATAN_TUJUAN).list().stream()
        .filter(v -> v.getValue() != null && v.getProcessInstanceId().equals(v.getExecutionId()))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
            Collectors.toMap(HistoricVariableInstance::getName, v -> v.getValue().toString(), (a, b) -> a)));
  }

  /**
   * Open activities and reached end events of the page's cases in one query: the typed query
   * cannot take several instances, so a native query with one parameter per id.
   */
  private Map<String, List<HistoricActivityInstance>> aktivitas(String[] ids) {
    String params = IntStream.range(0, ids.length).mapToObj(i -> "#{p" + i + "}").collect(Collectors.joining(", "));
    var query = history.createNativeHistoricActivityInstanceQuery().sql("select * from "
        + management.getTableName(HistoricActivityInstance.class) + " where PROC_INST_ID_ in (" + params + ")"
        + " and (END_TIME_ is null or ACT_TYPE_ like '%EndEvent') order by START_TIME_, ID_");
    for (int i = 0; i < ids.length; i++) {
      query.parameter("p" + i, ids[i]);
    }
    return query.list().stream().collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId,
        LinkedHashMap::new, Collectors.toList()));
  }

  private static String langkah(HistoricProcessInstance k, List<HistoricActivityInstance> aktivitas) {
    return aktivitas.stream()
        .filter(a -> k.getEndTime() == null ? a.getEndTime() == null : a.getActivityId().equals(k.getEndActivityId()))
        .map(HistoricActivityInstance::getActivityName).filter(n -> n != null && !n.isBlank()).distinct()
        .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? null : s));
  }


  private static List<String> kolom(Map<String, Map<String, String>> variabel, String name) {
    return variabel.values().stream().map(v -> v.get(name)).filter(x -> x != null).distinct().toList();
  }

  private static java.time.Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** Past the engine's own authorizations: the saringan already holds the caller's scope. */
  private <T> T tanpaOtorisasi(Supplier<T> query) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
