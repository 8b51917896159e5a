package id.meritflow.platform.kasus;

import id.meritflow.kepegawaian.PegawaiDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * Reads the cases a user proposed from the engine's history: two queries a page (instances, their
 * employees' NIPs) and one per running case for its open steps. The engine applies the caller's
 * authorizations and tenants, as set by the API filter.
 */
@Service
class UsulanSayaService {

  private static final String PENGUSUL = "pengusul";

  private final HistoryService history;
  private final PegawaiDirectory pegawai;

  UsulanSayaService(HistoryService history, PegawaiDirectory pegawai) {
    this.history = history;
    this.pegawai = pegawai;
  }

  List<UsulanSaya> milik(String userId, int page, int size) {
    // "pengusul": the start event's initiator, or set by whoever starts a case for a person (the
    // disiplin API, the batch platform for each row of a list), so a case started in the
    // background still belongs to the operator who proposed it
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .variableValueEquals(PENGUSUL, userId)
        .orderByProcessInstanceStartTime().desc().listPage(page * size, size);
    if (instances.isEmpty()) {
      return List.of();
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, String> nips = history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).variableName("nip")
        .list().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> v.getValue().toString(), (a, b) -> a));
    return instances.stream().map(i -> {
      String nip = nips.get(i.getId());
      String nama = Optional.ofNullable(nip).flatMap(pegawai::find).map(p -> p.pegawai().nama()).orElse(null);
      StatusKasus status = StatusKasus.dari(i);
      List<String> langkah = status != StatusKasus.BERJALAN ? List.<String>of()
          : TugasTerbuka.dari(history, i.getId()).stream().map(HistoricTaskInstance::getName).toList();
      return new UsulanSaya(i.getBusinessKey(), i.getProcessDefinitionName(), nama, nip, i.getStartTime().toInstant(),
          status.name(), keterangan(status, !langkah.isEmpty()), langkah);
    }).toList();
  }

  private static String keterangan(StatusKasus status, boolean adaTugas) {
    if (status == StatusKasus.BERJALAN) {
      return adaTugas ? "Menunggu tindakan" : "Diproses otomatis";
    }
    return status.label();
  }
}
