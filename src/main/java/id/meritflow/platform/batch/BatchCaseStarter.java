package id.meritflow.platform.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Service;

/**
 * Starts the cases of the next chunk of a batch's valid rows. Runs inside the job's transaction:
 * each case start and the row's STARTED mark commit together, and a failure anywhere in the chunk
 * rolls back every start and mark of that chunk, for the engine to retry. The batch kind may
 * prepare the chunk first ({@link JenisBatch#siapkanPotongan}): read its rows' data at once and
 * start a case past a step the chunk made unnecessary.
 */
@Service
class BatchCaseStarter {

  static final String VAR_BATCH_ID = "batchId";
  static final String VAR_ROW = "batchBaris";
  static final String VAR_SUBMITTER = "batchPengaju";
  static final String VAR_PENGUSUL = "pengusul";

  private final BatchRepository repository;
  private final JenisBatchRegistry kinds;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ObjectMapper json;

  BatchCaseStarter(BatchRepository repository, JenisBatchRegistry kinds, RuntimeService runtime,
      HistoryService history, ObjectMapper json) {
    this.repository = repository;
    this.kinds = kinds;
    this.runtime = runtime;
    this.history = history;
    this.json = json;
  }

  /** Starts up to one chunk of cases; answers whether valid rows remain. */
  boolean startNextChunk(String batchId) {
    BatchRecord batch = repository.find(batchId)
        .orElseThrow(() -> new IllegalStateException("batch " + batchId + " tidak ada"));
    startChunk(kinds.get(batch.jenis()), batch);
    return repository.hasValid(batchId);
  }

  private <R> void startChunk(JenisBatch<R> kind, BatchRecord batch) {
    List<BatchRepository.PendingRow> rows = repository.nextValid(batch.id(), kind.chunkSize());
    List<R> values = rows.stream().map(row -> read(row.data(), kind.rowType())).toList();
    List<String> keys = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      keys.add(kind.businessKey(batch.id(), rows.get(i).nomor(), values.get(i)));
    }
    Map<String, String> existing = existingCases(kind, keys);
    try (PersiapanPotongan<R> persiapan = kind.siapkanPotongan(values)) {
      for (int i = 0; i < rows.size(); i++) {
        start(kind, batch, rows.get(i), values.get(i), keys.get(i), existing, persiapan);
      }
    }
  }

  /**
   * Cases of the chunk's business keys that exist already (a row mark was lost): one query per chunk,
   * not one per row.
   */
  private Map<String, String> existingCases(JenisBatch<?> kind, List<String> keys) {
    Map<String, String> byKey = new HashMap<>();
    if (keys.isEmpty()) {
      return byKey;
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(kind.processKey())
        .processInstanceBusinessKeyIn(keys.toArray(String[]::new))
        .list()) {
      byKey.putIfAbsent(instance.getBusinessKey(), instance.getId());
    }
    return byKey;
  }

  private <R> void start(JenisBatch<R> kind, BatchRecord batch, BatchRepository.PendingRow row, R value,
      String businessKey, Map<String, String> existing, PersiapanPotongan<R> persiapan) {
    // A case with this key may exist if a row mark was ever lost; reuse it rather than start twice.
    String processInstanceId = existing.get(businessKey);
    if (processInstanceId == null) {
      ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(kind.processKey())
          .businessKey(businessKey)
          .setVariables(variables(kind, batch, row.nomor(), value));
      processInstanceId = persiapan.mulaiSebelum(value).map(builder::startBeforeActivity).orElse(builder).execute().getId();
    }
    if (!repository.markStarted(batch.id(), row.nomor(), businessKey, processInstanceId)) {
      // Only one Proses batch instance serves a batch, so this means a concurrent run: give up the chunk.
      throw new IllegalStateException("baris " + row.nomor() + " batch " + batch.id() + " sudah dimulai oleh proses lain");
    }
  }

  private static <R> Map<String, Object> variables(JenisBatch<R> kind, BatchRecord batch, int nomor, R value) {
    Map<String, Object> variables = new HashMap<>(kind.variables(value));
    variables.put(VAR_BATCH_ID, batch.id());
    variables.put(VAR_ROW, nomor);
    variables.put(VAR_SUBMITTER, batch.pengaju());
    // the proposer of each case, as the start event's initiator would be for a case started by hand:
    // Usulan saya, Tasklist's filter of that name and the proposer's read grant all look for it
    variables.put(VAR_PENGUSUL, batch.pengaju());
    return variables;
  }

  private <R> R read(String data, Class<R> type) {
    try {
      return json.readValue(data, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("baris tersimpan tidak dapat dibaca: " + e.getOriginalMessage(), e);
    }
  }
}
