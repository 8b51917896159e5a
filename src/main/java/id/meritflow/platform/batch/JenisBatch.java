package id.meritflow.platform.batch;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port a feature implements to accept batches of rows, each of which becomes one case (process
 * instance). Register an implementation as a Spring bean; the platform finds it by {@link #kode()}
 * and serves {@code POST /api/batch/{kode}}.
 *
 * <p>The platform owns parsing (JSON array or CSV), idempotency, storage, the caller's authority
 * over each row's agency, and starting the cases crash-safely. The feature owns only what a row
 * means.
 *
 * @param <R> the row type, read from JSON (or from a CSV line whose header names its properties)
 */
public interface JenisBatch<R> {

  /** Stable code of the batch kind, used in the URL, e.g. {@code MUTASI}, {@code KENAIKAN_PANGKAT}. */
  String kode();

  /** The row type; Jackson reads each JSON element or CSV line into it. */
  Class<R> rowType();

  /**
   * The row's own rules. Field names are relative to the row ({@code nip}, not {@code [3].nip});
   * messages in Bahasa Indonesia. An empty list means the row is valid.
   */
  List<FieldViolation> validate(R row, Caller caller);

  /** Key of the process definition every valid row starts. */
  String processKey();

  /** Business key of the row's case; must be unique across batches (include the batch id). */
  String businessKey(String batchId, int rowNumber, R row);

  /**
   * Start variables of the row's case. Must let the engine find the case's tenant: an employee's
   * {@code nip} or an {@code instansiId}. The platform adds {@code batchId}, {@code batchBaris}
   * and {@code batchPengaju}.
   */
  Map<String, Object> variables(R row);

  /** The agency (tenant) the row acts on; the caller must be allowed to write it. Empty if unknown. */
  Optional<String> instansiOf(R row);

  /**
   * What makes a row one proposal, e.g. {@code 2027-01/198503122010012001} for one employee's
   * promotion in one period. When present, the platform refuses a second row with the same key in
   * the batch ({@code BARIS_GANDA}) and a row whose key a valid or started row of an earlier batch
   * of the same kind holds ({@code USULAN_SUDAH_ADA}), so a list sent again under a new
   * Idempotency-Key creates no second case. Empty (the default): rows are not compared.
   */
  default Optional<String> kunciUnik(R row) {
    return Optional.empty();
  }

  /**
   * Rows started per transaction. Smaller when starting a case does much work (a failure rolls
   * back and retries the whole chunk); larger for throughput.
   */
  default int chunkSize() {
    return 100;
  }

  /**
   * Called in the chunk's transaction with the rows whose cases are about to start, before any of
   * them starts: a kind may read what its cases need for the whole chunk at once (one read per
   * table instead of one per row) and say where each case starts. Default: nothing prepared.
   */
  default PersiapanPotongan<R> siapkanPotongan(List<R> rows) {
    return PersiapanPotongan.tidakAda();
  }
}
