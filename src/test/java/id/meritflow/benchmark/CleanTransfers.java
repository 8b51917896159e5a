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
import java.util.concurrent.ConcurrentHashMap;
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
  private final Map<String, Integer> leaving = new ConcurrentHashMap<>();

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
    Map<String, Integer> capacity = new ConcurrentHashMap<>();
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
    Map<String, List<Map<String, Object>>> peopleByAgency = new LinkedHashMap<>();
    AGENCIES.forEach(agency -> peopleByAgency.put(agency, new ArrayList<>()));
    for (Map<String, Object> person : jdbc.queryForList("""
        select p.nip, p.unit_kerja_id, j.instansi_id, p.jabatan_id from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.jenis = ? order by p.nip""", jenisJabatan)) {
      List<Map<String, Object>> people = peopleByAgency.get((String) person.get("instansi_id"));
      if (people != null) {
        people.add(person);
      }
    }
    List<AgencySearch> searches = AGENCIES.stream().map(agency -> new AgencySearch(agency, peopleByAgency.get(agency),
        postsByAgency.getOrDefault(agency, List.of()), capacity, excludedUnits, today)).toList();
    // Agencies share no post and no unit, so each is searched on its own thread (the dry runs are the
    // search's time: about 25 s of the quick run for the warm-up's transfers with one thread), each up
    // to its share; what one agency cannot give, the others make up afterwards, one after another.
    int share = (needed + searches.size() - 1) / searches.size();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(searches.size());
    try {
      java.util.concurrent.CompletableFuture.allOf(searches.stream()
          .map(search -> java.util.concurrent.CompletableFuture.runAsync(() -> search.run(share), pool))
          .toArray(java.util.concurrent.CompletableFuture[]::new)).join();
    } finally {
      pool.shutdownNow();
    }
    for (AgencySearch search : searches) {
      int missing = needed - searches.stream().mapToInt(a -> a.found.size()).sum();
      if (missing > 0) {
        search.run(search.found.size() + missing);
      }
    }
    // One agency after another, as the people came in NIP order before: the measured cases mix them.
    List<Proposal> found = new ArrayList<>();
    int longest = searches.stream().mapToInt(a -> a.found.size()).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (AgencySearch search : searches) {
        if (i < search.found.size()) {
          found.add(search.found.get(i));
        }
      }
    }
    return List.copyOf(found.subList(0, Math.min(needed, found.size())));
  }

  /** One agency's search, which can go on where it stopped. */
  private final class AgencySearch {

    private final String agency;
    private final List<Map<String, Object>> people;
    private final List<Map<String, Object>> posts;
    private final Map<String, Integer> capacity;
    private final Set<String> excludedUnits;
    private final String today;
    private final List<Proposal> found = new ArrayList<>();
    private int next;
    private int dryRuns;

    AgencySearch(String agency, List<Map<String, Object>> people, List<Map<String, Object>> posts,
        Map<String, Integer> capacity, Set<String> excludedUnits, String today) {
      this.agency = agency;
      this.people = people;
      this.posts = posts;
      this.capacity = capacity;
      this.excludedUnits = excludedUnits;
      this.today = today;
    }

    void run(int wanted) {
      while (found.size() < wanted && next < people.size() && dryRuns <= wanted * 20 + 40) {
        Map<String, Object> person = people.get(next++);
        String unit = (String) person.get("unit_kerja_id");
        if (excludedUnits.contains(unit) || leaving.getOrDefault(unit, 0) >= PER_SOURCE_UNIT) {
          continue;
        }
        int tries = 0;
        for (Map<String, Object> post : posts) {
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
    }
  }
}
