package id.meritflow.dokumen;

import id.meritflow.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Adapter to the engine: finds a case and tells who took part in it. Reads past the engine's own
 * authorizations, because who may see a case's documents (agency staff, or a group that had one of
 * its tasks) is decided by {@link AksesDokumen}, which the engine's grants cannot express.
 */
@Component
class KasusEngine {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;

  KasusEngine(HistoryService history, RuntimeService runtime, IdentityService identity) {
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** The case by its process instance id, or by its business key when exactly one case has it. */
  Optional<Kasus> cari(String kasusId) {
    return tanpaOtorisasi(() -> rootInstance(kasusId).map(hpi -> {
      var nip = history.createHistoricVariableInstanceQuery().processInstanceIdIn(hpi.getId()).variableName("nip")
          .list().stream().filter(v -> hpi.getId().equals(v.getExecutionId()) && v.getValue() != null)
          .map(v -> v.getValue().toString()).findFirst();
      boolean berjalan = runtime.createProcessInstanceQuery().processInstanceId(hpi.getId()).count() > 0;
      return new Kasus(hpi.getId(), hpi.getBusinessKey(), Optional.ofNullable(hpi.getTenantId()), nip, berjalan);
    }));
  }

  private Optional<HistoricProcessInstance> rootInstance(String kasusId) {
    HistoricProcessInstance byId = history.createHistoricProcessInstanceQuery().processInstanceId(kasusId)
        .rootProcessInstances().singleResult();
    if (byId != null) {
      return Optional.of(byId);
    }
    List<HistoricProcessInstance> byKey = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(kasusId).rootProcessInstances().list();
    return byKey.size() == 1 ? Optional.of(byKey.get(0)) : Optional.empty();
  }

  /**
   * Whether the caller, one of his groups (but the plain employee's) or he himself is or was a
   * candidate or assignee of a task of this case, its sub-processes (the SK signing) included.
   */
  boolean pernahBertugas(Kasus kasus, Caller caller) {
    return tanpaOtorisasi(() -> {
      boolean sebagaiKelompok = caller.groups().stream().filter(g -> !g.equals(Caller.GROUP_PEGAWAI))
          .anyMatch(g -> history.createHistoricTaskInstanceQuery().rootProcessInstanceId(kasus.id())
              .taskHadCandidateGroup(g).count() > 0);
      return sebagaiKelompok || history.createHistoricTaskInstanceQuery().rootProcessInstanceId(kasus.id())
          .taskInvolvedUser(caller.userId()).count() > 0;
    });
  }

  private <T> T tanpaOtorisasi(Supplier<T> query) {
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
