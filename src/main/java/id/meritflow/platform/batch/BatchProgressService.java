package id.meritflow.platform.batch;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Progress of a batch: counts from its rows, case states from the engine's history. A batch is
 * visible to whoever may read its owning agency; to anyone else it does not exist.
 */
@Service
class BatchProgressService {

  static final int MAX_PAGE_SIZE = 200;

  private final BatchRepository repository;
  private final HistoryService history;

  BatchProgressService(BatchRepository repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  BatchView view(Caller caller, String id) {
    BatchRecord batch = visible(caller, id);
    // The rows' own cases (never the "Proses batch" instances). The caller may read the owning agency;
    // the count is the batch's, as the row counts are. Per-case details (rows) stay behind the engine's checks.
    long ended = repository.countEnded(id);
    BatchCounts counts = counts(batch, ended);
    return new BatchView(batch.id(), batch.jenis(), BatchStatus.of(counts.valid(), counts.dimulai()),
        batch.pemilik(), batch.pengaju(), batch.dibuat(), counts, batch.processInstanceId());
  }

  RowPage rows(Caller caller, String id, Optional<RowStatus> status, int page, int size) {
    visible(caller, id);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidRequestException(List.of(new FieldViolation("size", "HALAMAN_TIDAK_VALID",
          "Halaman mulai dari 0 dan ukuran halaman 1 sampai " + MAX_PAGE_SIZE + ".")));
    }
    var stored = repository.page(id, status, page, size);
    var started = stored.stream().map(BatchRepository.StoredRowView::processInstanceId)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    Map<String, HistoricProcessInstance> cases = started.isEmpty() ? Map.of()
        : history.createHistoricProcessInstanceQuery().processInstanceIds(started).list().stream()
            .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    var items = stored.stream().map(r -> new RowView(r.nomor(), r.status(), r.instansiId(), r.errors(),
        r.businessKey(), r.processInstanceId(),
        r.processInstanceId() == null ? null : stateOf(cases.get(r.processInstanceId())))).toList();
    return new RowPage(items, repository.countRows(id, status), page, size);
  }

  /** What the submitter gets back, on the first submission and on every repeat of it. */
  BatchReceipt receipt(BatchRecord batch) {
    BatchCounts counts = counts(batch, null);
    return new BatchReceipt(batch.id(), batch.jenis(), BatchStatus.of(counts.valid(), counts.dimulai()), counts,
        repository.refusals(batch.id()));
  }

  private BatchCounts counts(BatchRecord batch, Long ended) {
    int started = repository.countByStatus(batch.id()).get(RowStatus.STARTED);
    return new BatchCounts(batch.jumlahBaris(), batch.jumlahValid(), batch.jumlahInvalid(), started, ended);
  }

  private BatchRecord visible(Caller caller, String id) {
    return repository.find(id).filter(b -> caller.mayRead(b.pemilik()))
        .orElseThrow(() -> new NotFoundException("BATCH_TIDAK_DITEMUKAN", "Batch " + id + " tidak ditemukan."));
  }

  private static RowView.CaseState stateOf(HistoricProcessInstance instance) {
    if (instance == null) {
      return new RowView.CaseState("TIDAK_TERLIHAT", null);
    }
    String status = switch (instance.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "BERJALAN";
      case HistoricProcessInstance.STATE_SUSPENDED -> "DITANGGUHKAN";
      case HistoricProcessInstance.STATE_COMPLETED -> "SELESAI";
      default -> "DIHENTIKAN";
    };
    return new RowView.CaseState(status, instance.getEndActivityId());
  }
}
