package id.meritflow.mutasi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/** Adapter to the engine for mutasi cases: starts one and reads its state. Scoping is the controller's. */
@Service
class KasusMutasi {

  static final String PROCESS_KEY = "mutasi";
  private static final String HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  KasusMutasi(RuntimeService runtime, HistoryService history, IdentityService identity, Clock clock) {
    this.clock = clock;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
  }

  /** Starts the case as the authenticated caller (the API filter set the engine's authentication). */
  KasusBaru mulai(UsulanMutasi usulan) {
    String nomor = nomorUsulan();
    var instance = runtime.startProcessInstanceByKey(PROCESS_KEY, nomor, VariabelMutasi.dari(usulan));
    return new KasusBaru(instance.getId(), nomor);
  }

  /** "MUT-2026-7KQ2M9XA": the year and 8 random letters, unambiguous when read aloud or typed. */
  String nomorUsulan() {
    StringBuilder s = new StringBuilder("MUT-").append(LocalDate.now(clock).getYear()).append('-');
    for (int i = 0; i < 8; i++) {
      s.append(HURUF.charAt(random.nextInt(HURUF.length())));
    }
    return s.toString();
  }

  /**
   * The case's state, read past the engine's own authorizations: the controller decides who may
   * see it (tenant or the employee himself), which the engine's grants cannot express.
   */
  Optional<StatusMutasi> status(String businessKey) {
    return tanpaOtorisasi(() -> {
      HistoricProcessInstance hpi = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(businessKey).singleResult();
      if (hpi == null) {
        return Optional.empty();
      }
      Map<String, Object> v = history.createHistoricVariableInstanceQuery().processInstanceId(hpi.getId()).list()
          .stream().filter(x -> x.getValue() != null && hpi.getId().equals(x.getExecutionId()))
          .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
      List<String> aktif = history.createHistoricActivityInstanceQuery().processInstanceId(hpi.getId()).unfinished()
          .list().stream().map(HistoricActivityInstance::getActivityName).filter(n -> n != null).distinct().toList();
      return Optional.of(StatusMutasi.dari(hpi.getId(), hpi.getBusinessKey(), hpi.getTenantId(),
          hpi.getEndTime() != null, aktif, v));
    });
  }

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

  record KasusBaru(String id, String businessKey) {}
}
