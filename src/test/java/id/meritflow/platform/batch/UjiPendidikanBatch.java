package id.meritflow.platform.batch;

import id.meritflow.platform.engine.CaseTenantResolver;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A batch kind for tests only, over the existing education-update process: shows how a feature
 * plugs in. A row whose nomorIjazah starts with {@value #FAIL_ONCE} makes the case starter fail
 * the first time it reaches that row, as a crash would.
 */
@Component
class UjiPendidikanBatch implements JenisBatch<UjiPendidikanBatch.Baris> {

  static final String KODE = "UJI_PENDIDIKAN";
  static final String FAIL_ONCE = "GAGAL-SEKALI";

  private final CaseTenantResolver tenants;
  private final Set<String> failed = ConcurrentHashMap.newKeySet();
  private volatile int chunkSize = 10;

  UjiPendidikanBatch(CaseTenantResolver tenants) {
    this.tenants = tenants;
  }

  record Baris(String nip, String pendidikanBaru, String bidangPendidikan, String perguruanTinggi,
      String nomorIjazah, LocalDate tanggalIjazah) {}

  @Override
  public String kode() {
    return KODE;
  }

  @Override
  public Class<Baris> rowType() {
    return Baris.class;
  }

  @Override
  public List<FieldViolation> validate(Baris row, Caller caller) {
    List<FieldViolation> violations = new ArrayList<>();
    if (row.nip() == null || !row.nip().matches("\\d{18}")) {
      violations.add(new FieldViolation("nip", "NIP_TIDAK_VALID", "NIP wajib diisi 18 angka."));
    }
    if (row.pendidikanBaru() == null || !Set.of("D3", "D4", "S1", "S2", "S3").contains(row.pendidikanBaru())) {
      violations.add(new FieldViolation("pendidikanBaru", "PENDIDIKAN_TIDAK_DIKENAL", "Jenjang pendidikan tidak dikenal."));
    }
    if (row.nomorIjazah() == null) {
      violations.add(new FieldViolation("nomorIjazah", "NOMOR_IJAZAH_WAJIB", "Nomor ijazah wajib diisi."));
    }
    return violations;
  }

  @Override
  public String processKey() {
    return "pemutakhiran-pendidikan";
  }

  @Override
  public String businessKey(String batchId, int rowNumber, Baris row) {
    return "UJI-" + batchId + "-" + rowNumber;
  }

  @Override
  public Map<String, Object> variables(Baris row) {
    if (row.nomorIjazah().startsWith(FAIL_ONCE) && failed.add(row.nomorIjazah())) {
      throw new IllegalStateException("simulasi crash pada ijazah " + row.nomorIjazah());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("nip", row.nip());
    variables.put("pendidikanBaru", row.pendidikanBaru());
    variables.put("bidangPendidikan", row.bidangPendidikan());
    variables.put("perguruanTinggi", row.perguruanTinggi());
    variables.put("nomorIjazah", row.nomorIjazah());
    variables.put("tanggalIjazah", row.tanggalIjazah() == null ? null : row.tanggalIjazah().toString());
    return variables;
  }

  @Override
  public Optional<String> instansiOf(Baris row) {
    return tenants.instansiOf(row.nip());
  }

  /** Small chunks by default, so that a 50-row batch spans five transactions. */
  @Override
  public int chunkSize() {
    return chunkSize;
  }

  /** For the throughput measurement, which runs with production-sized chunks. */
  void useChunkSize(int size) {
    this.chunkSize = size;
  }
}
