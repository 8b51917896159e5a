package id.meritflow.mutasi.proses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds transfer proposals in the demo registry through the application's own dry runs, so tests
 * do not hard-code employees whose data the generator decides. Public for other features' tests
 * that need a real transfer case (e.g. case documents).
 */
public class MutasiProposals {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final JdbcTemplate jdbc;

  public MutasiProposals(TestRestTemplate rest, JdbcTemplate jdbc) {
    this.rest = rest;
    this.jdbc = jdbc;
  }

  /** A Cimahi administrator and a vacant administrator post that the dry runs pass with no review. */
  Optional<String> cleanEselonIIIInCimahi() throws Exception {
    return cleanInCimahi("ADMINISTRATOR");
  }

  /**
   * A Cimahi employee in a position of this type, and a vacant post of the same type, that the rules
   * pass and the assessment does not send to review. Each end-to-end transfer fills a post and moves
   * an employee, so tests that only need "a clean transfer" draw from the large pelaksana pool.
   */
  public Optional<String> cleanInCimahi(String jenisJabatan) throws Exception {
    return inCimahi(jenisJabatan, false, java.util.Set.of()).stream().findFirst();
  }

  /**
   * Cimahi transfers the rules pass and the assessment sends to BKN's verifier for review (a risk
   * flag), for employees not in {@code except}: each becomes a "Tinjau usulan mutasi" task.
   */
  public List<String> needingReviewInCimahi(String jenisJabatan, int count, java.util.Set<String> except)
      throws Exception {
    var found = new java.util.ArrayList<String>();
    var used = new java.util.HashSet<>(except);
    while (found.size() < count) {
      var next = inCimahi(jenisJabatan, true, used).stream().findFirst();
      if (next.isEmpty()) {
        break;
      }
      found.add(next.get());
      used.add(JSON.readTree(next.get()).get("nip").asText());
    }
    return found;
  }

  private List<String> inCimahi(String jenisJabatan, boolean review, java.util.Set<String> except) throws Exception {
    List<String> nips = jdbc.queryForList("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.instansi_id = 'cimahi' and j.jenis = ? order by p.nip""", String.class, jenisJabatan);
    List<Map<String, Object>> vacant = jdbc.queryForList("""
        select j.id, j.unit_kerja_id from jabatan j
        where j.instansi_id = 'cimahi' and j.jenis = ?
          and j.kebutuhan > (select count(*) from pegawai p where p.jabatan_id = j.id) order by j.id""", jenisJabatan);
    String today = today().toString();
    for (String nip : nips) {
      if (except.contains(nip)) {
        continue;
      }
      for (Map<String, Object> post : vacant) {
        String body = JSON.writeValueAsString(Map.of("nip", nip, "instansiTujuanId", "cimahi",
            "unitKerjaTujuanId", post.get("unit_kerja_id"), "jabatanTujuanId", post.get("id"), "rute", "DALAM_INSTANSI",
            "alasan", Map.of("kategori", "PENGEMBANGAN_KARIER", "uraian", "Pengisian jabatan lowong"),
            "atasPermintaanSendiri", false, "tanggalUsulan", today, "tmt", today));
        JsonNode check = JSON.readTree(post("operator-cimahi", "/api/mutasi/pemeriksaan", body).getBody());
        if (!"LULUS".equals(check.path("kesimpulan").asText())) {
          continue;
        }
        JsonNode assessment = JSON.readTree(post("verifikator-bkn", "/api/rekomendasi/penilaian-mutasi", body).getBody());
        if (assessment.path("penilaian").path("perluTinjauan").asBoolean(!review) == review) {
          return List.of(body);
        }
      }
    }
    return List.of();
  }

  /** POST with JSON as a demo user (password "demo"). */
  public ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static LocalDate today() {
    return id.meritflow.support.SuiteClock.hariIni();
  }
}
