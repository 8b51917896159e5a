package id.meritflow.platform.batch;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a batch in one transaction: the batch, every row with its verdict, and the job that
 * will start the cases are committed together or not at all.
 */
@Service
public class BatchIntake {

  /** Scope of batches submitted by an administrator who belongs to no agency; only admins read it. */
  static final String PEMILIK_NASIONAL = "nasional";

  private final JenisBatchRegistry kinds;
  private final BatchBody body;
  private final RowChecker checker;
  private final BatchRepository repository;
  private final BatchProcessStarter processStarter;
  private final BatchSettings settings;
  private final BatchProgressService progress;
  private final java.time.Clock clock;

  BatchIntake(JenisBatchRegistry kinds, BatchBody body, RowChecker checker, BatchRepository repository,
      BatchProcessStarter processStarter, BatchSettings settings, BatchProgressService progress, java.time.Clock clock) {
    this.clock = clock;
    this.kinds = kinds;
    this.body = body;
    this.checker = checker;
    this.repository = repository;
    this.processStarter = processStarter;
    this.settings = settings;
    this.progress = progress;
  }

  /** The outcome of a submission: the receipt, and whether this call created the batch. */
  public record Submission(BatchReceipt receipt, boolean created) {}

  @Transactional
  public Submission submit(Caller caller, String jenis, String idempotencyKey, byte[] content, boolean csv) {
    JenisBatch<?> kind = kinds.get(jenis);
    String key = requireKey(idempotencyKey);
    if (!caller.isAdmin() && !caller.inGroup(Caller.GROUP_OPERATOR)) {
      throw new ForbiddenException("BATCH_TIDAK_BERWENANG", "Hanya operator instansi yang dapat mengajukan batch.");
    }
    String pemilik = pemilikOf(caller);
    String sidik = sha256(content, csv);
    Optional<BatchRecord> existing = repository.findByKey(jenis, pemilik, key);
    if (existing.isPresent()) {
      if (!existing.get().sidikIsi().equals(sidik)) {
        throw new BatchConflictException();
      }
      return new Submission(progress.receipt(existing.get()), false);
    }
    List<JsonNode> nodes = body.rows(utf8(content), csv);
    if (nodes.isEmpty()) {
      throw BatchBody.refused("BATCH_KOSONG", "Batch harus berisi sekurang-kurangnya satu baris.");
    }
    if (nodes.size() > settings.maxBaris()) {
      throw BatchBody.refused("BATCH_TERLALU_BESAR", "Batch berisi " + nodes.size()
          + " baris; paling banyak " + settings.maxBaris() + " baris per pengajuan. Bagilah menjadi beberapa batch.");
    }
    List<StoredRow> rows = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      rows.add(checker.check(kind, i + 1, nodes.get(i), caller));
    }
    rows = withoutDuplicates(jenis, rows);
    int valid = (int) rows.stream().filter(r -> r.status() == RowStatus.VALID).count();
    var batch = new BatchRecord(UUID.randomUUID().toString(), jenis, pemilik, key, sidik, caller.userId(),
        rows.size(), valid, rows.size() - valid, null, LocalDateTime.now(clock));
    repository.insert(batch, rows);
    if (valid > 0) {
      repository.setProcessInstance(batch.id(), processStarter.start(batch));
    }
    return new Submission(progress.receipt(batch), true);
  }

  /** Refuses a valid row whose proposal key an earlier row of this batch, or an earlier batch, holds. */
  private List<StoredRow> withoutDuplicates(String jenis, List<StoredRow> rows) {
    Set<String> keys = new HashSet<>();
    rows.stream().filter(r -> r.kunciUnik() != null).forEach(r -> keys.add(r.kunciUnik()));
    if (keys.isEmpty()) {
      return rows;
    }
    Set<String> taken = repository.kunciTerpakai(jenis, keys);
    Map<String, Integer> firstRow = new HashMap<>();
    List<StoredRow> result = new ArrayList<>(rows.size());
    for (StoredRow row : rows) {
      String key = row.kunciUnik();
      if (key == null) {
        result.add(row);
      } else if (taken.contains(key)) {
        result.add(row.refused(new FieldViolation("$", "USULAN_SUDAH_ADA",
            "Usulan yang sama (" + key + ") sudah diajukan dalam batch sebelumnya; baris ini tidak dibuat ulang.")));
      } else if (firstRow.containsKey(key)) {
        result.add(row.refused(new FieldViolation("$", "BARIS_GANDA",
            "Baris ini sama dengan baris " + firstRow.get(key) + " (" + key + ") dalam batch ini.")));
      } else {
        firstRow.put(key, row.nomor());
        result.add(row);
      }
    }
    return result;
  }

  /** The agency that owns the batch: the caller's (first) agency, or national for a bare admin. */
  static String pemilikOf(Caller caller) {
    return caller.tenantIds().isEmpty() ? PEMILIK_NASIONAL : caller.tenantIds().get(0);
  }

  private static String requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new InvalidRequestException(List.of(new FieldViolation("Idempotency-Key", "KUNCI_IDEMPOTENSI_WAJIB",
          "Header Idempotency-Key wajib diisi (paling panjang 200 karakter) agar pengajuan ulang tidak menggandakan kasus.")));
    }
    return key.trim();
  }

  /** The format counts: the same text sent once as JSON and once as CSV is two different bodies. */
  private static String sha256(byte[] content, boolean csv) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((byte) (csv ? 'C' : 'J'));
      return HexFormat.of().formatHex(digest.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The body as UTF-8, strictly: a file saved as Latin-1/ANSI (e.g. "é" as one byte 0xE9) is refused
   * rather than stored with replacement characters in names.
   */
  static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(content)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw BatchBody.refused("BUKAN_UTF8", "Isi permintaan bukan teks UTF-8 (misalnya CSV yang disimpan sebagai "
          + "ANSI/Latin-1). Simpan ulang berkas sebagai \"CSV UTF-8\" lalu kirim lagi.");
    }
  }
}
