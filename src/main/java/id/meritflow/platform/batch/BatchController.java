package id.meritflow.platform.batch;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/batch")
@Tag(name = "Batch", description = "Pengajuan banyak usulan sekaligus; setiap baris valid menjadi satu kasus")
class BatchController {

  static final String TEXT_CSV = "text/csv";

  private final BatchIntake intake;
  private final BatchProgressService progress;

  BatchController(BatchIntake intake, BatchProgressService progress) {
    this.intake = intake;
    this.progress = progress;
  }

  @PostMapping(value = "/{jenis}", consumes = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV})
  @Operation(summary = "Ajukan batch (array JSON atau CSV dengan pemisah ; atau ,); wajib header Idempotency-Key")
  ResponseEntity<BatchReceipt> submit(Caller caller, @PathVariable String jenis,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestHeader(value = "Content-Type") MediaType contentType, @RequestBody byte[] body) {
    boolean csv = contentType.isCompatibleWith(MediaType.parseMediaType(TEXT_CSV));
    BatchIntake.Submission submission;
    try {
      submission = intake.submit(caller, jenis, idempotencyKey, body, csv);
    } catch (DuplicateKeyException raced) {
      // The same key was committed by a concurrent request; this answer is then the stored batch (or 409).
      submission = intake.submit(caller, jenis, idempotencyKey, body, csv);
    }
    BatchReceipt receipt = submission.receipt();
    return submission.created()
        ? ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/batch/" + receipt.id())).body(receipt)
        : ResponseEntity.ok(receipt);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Kemajuan batch: status dan jumlah baris valid, tidak valid, kasus dimulai dan selesai")
  BatchView get(Caller caller, @PathVariable String id) {
    return progress.view(caller, id);
  }

  @GetMapping("/{id}/baris")
  @Operation(summary = "Baris batch per halaman, dengan alasan penolakan dan keadaan kasusnya")
  RowPage rows(Caller caller, @PathVariable String id, @RequestParam Optional<RowStatus> status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return progress.rows(caller, id, status, page, size);
  }
}
