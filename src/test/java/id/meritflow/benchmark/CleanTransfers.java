package id.meritflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transfer proposals that go straight through, found in the benchmark registry with the
 * application's own dry runs (as the test support {@code MutasiProposals} does): the merit rules
 * pass ({@code /api/mutasi/pemeriksaan} LULUS) and the assessment does not ask for review
 * ({@code /api/rekomendasi/penilaian-mutasi}). Within each agency, to a vacant post of the same type,
 * TMT today so the TMT timer is due at once and the case ends with the registry updated.
 *
 * <p>Proposals are chosen so that, submitted together, they stay clean: no post receives more than
 * its vacancies, and no unit loses more than {@value #PER_SOURCE_UNIT} people (EKSODUS_UNIT would
 * send the fifth move out of a unit within 90 days to review).
 */
final class CleanTransfers {

  static final List<String> AGENCIES = List.of("cimahi", "jabar", "kemenpanrb");
  static final int PER_SOURCE_UNIT = 3;
  private static final int TRIES_PER_EMPLOYEE = 3;

  record Proposal(String operator, String json) {}

  private final Http http;
  private final JdbcTemplate jdbc;
  /** Moves out of each unit chosen so far, by every {@link #find} of this instance. */
  private final Map<String, Integer> leaving = new HashMap<>();

  CleanTransfers(Http http, JdbcTemplate jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  /** Up to {@code needed} clean proposals into posts of this type (ADMINISTRATOR = eselon III). */
  List<Proposal> find(String jenisJabatan, int needed) {
    return find(jenisJabatan, needed, Set.of());
  }

  /**
   * As {@link #find}, but never out of a unit an earlier call chose a move out of: the warm-up's
   * transfers of another post type run before the measured ones, and a unit's moves count towards
   * EKSODUS_UNIT whatever the post (the dry runs only see the moves already made).
   */
  List<Proposal> findOutsideChosenUnits(String jenisJabatan, int needed) {
    return find(jenisJabatan, needed, Set.copyOf(leaving.keySet()));
  }

  private List<Proposal> find(String jenisJabatan, int needed, Set<String> excludedUnits) {
    String today = LocalDate.now(new id.meritflow.platform.waktu.EngineClock()).toString();
    List<Proposal> found = new ArrayList<>();
    Map<String, Integer> capacity = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> postsByAgency = new HashMap<>();
    for (Map<String, Object> post : jdbc.queryForList("""
        select j.id, j.unit_kerja_id, j.instansi_id, j.kebutuhan - (select count(*) from pegawai p where p.jabatan_id = j.id) sisa
        from jabatan j where j.jenis = ? order by j.id""", jenisJabatan)) {
      int sisa = ((Number) post.get("sisa")).intValue();
      if (sisa > 0 && AGENCIES.contains((String) post.get("instansi_id"))) {
        capacity.put((String) post.get("id"), sisa);
        postsByAgency.computeIfAbsent((String) post.get("instansi_id"), k -> new ArrayList<>()).add(post);
      }
    }
    List<Map<String, Object>> people = jdbc.queryForList("""
        select p.nip, p.unit_kerja_id, j.instansi_id, p.jabatan_id from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.jenis = ? order by p.nip""", jenisJabatan);
    int dryRuns = 0;
    for (Map<String, Object> person : people) {
      if (found.size() >= needed || dryRuns > needed * 20 + 40) {
        break;
      }
      String agency = (String) person.get("instansi_id");
      String unit = (String) person.get("unit_kerja_id");
      if (!AGENCIES.contains(agency) || excludedUnits.contains(unit) || leaving.getOrDefault(unit, 0) >= PER_SOURCE_UNIT) {
        continue;
      }
      int tries = 0;
      for (Map<String, Object> post : postsByAgency.getOrDefault(agency, List.of())) {
        String postId = (String) post.get("id");
        if (capacity.get(postId) <= 0 || postId.equals(person.get("jabatan_id")) || tries++ >= TRIES_PER_EMPLOYEE) {
          continue;
        }
        String body = Json.write(Map.of("nip", person.get("nip"), "instansiTujuanId", agency,
            "unitKerjaTujuanId", post.get("unit_kerja_id"), "jabatanTujuanId", postId, "rute", "DALAM_INSTANSI",
            "alasan", Map.of("kategori", "PENGEMBANGAN_KARIER", "uraian", "Pengisian jabatan lowong"),
            "atasPermintaanSendiri", false, "tanggalUsulan", today, "tmt", today));
        String operator = "operator-" + agency;
        dryRuns++;
        JsonNode check = Json.read(http.post(operator, "api/mutasi/pemeriksaan", body).body());
        if (!"LULUS".equals(check.path("kesimpulan").asText())) {
          continue;
        }
        JsonNode assessment = Json.read(http.post("verifikator-bkn", "api/rekomendasi/penilaian-mutasi", body).body());
        if (assessment.path("penilaian").path("perluTinjauan").asBoolean(true)) {
          continue;
        }
        found.add(new Proposal(operator, body));
        capacity.merge(postId, -1, Integer::sum);
        leaving.merge(unit, 1, Integer::sum);
        break;
      }
    }
    return found;
  }
}
