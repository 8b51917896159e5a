package id.meritflow.kepegawaian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry lists behind the start forms, on the demo registry: employee search, an agency's
 * units, a unit's positions with their vacancies. Each answers only within the caller's agencies.
 */
@MeritFlowIntegrationTest
class PegawaiCariApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void searchByFragmentsOfTheNameFindsTheEmployeeWithNamesAndAReadableGolongan() throws Exception {
    // given Dewi Lestari of Kota Cimahi, whose golongan is stored as a code
    String golongan = jdbc.queryForObject("select golongan from pegawai where nip = ?", String.class,
        DemoPegawai.DEWI_NIP);

    // when Cimahi's operator types two fragments of her name, in another order and case
    JsonNode page = get("operator-cimahi", "/api/pegawai?cari=LEST dew&size=10");

    // then she is found, with what the form shows
    JsonNode dewi = item(page, DemoPegawai.DEWI_NIP);
    assertThat(dewi.get("nama").asText()).isEqualTo("Dewi Lestari");
    assertThat(dewi.get("instansiId").asText()).isEqualTo("cimahi");
    assertThat(dewi.get("namaInstansi").asText()).isEqualTo("Pemerintah Kota Cimahi");
    assertThat(dewi.get("namaUnitKerja").asText()).isEqualTo("Bidang Mutasi dan Promosi");
    assertThat(dewi.get("unitKerjaId").asText()).isNotBlank();
    assertThat(dewi.get("jabatanId").asText()).isNotBlank();
    assertThat(dewi.get("namaJabatan").asText()).isNotBlank().isNotEqualTo(dewi.get("jabatanId").asText());
    assertThat(dewi.get("golongan").asText())
        .isEqualTo(Golongan.fromKode(golongan).orElseThrow().kode() + " \u2014 " + Golongan.fromKode(golongan).orElseThrow().pangkat())
        .doesNotContain("_");
    // and every hit has both fragments in its name
    assertThat(names(page)).allSatisfy(n -> assertThat(n.toLowerCase(Locale.ROOT)).contains("dew", "lest"));
  }

  @Test
  void searchByTheStartOfANipFindsOnlyNipsWithThatStart() throws Exception {
    JsonNode byPrefix = get("operator-cimahi", "/api/pegawai?cari=19850312&size=10");
    assertThat(nips(byPrefix)).contains(DemoPegawai.DEWI_NIP).allSatisfy(n -> assertThat(n).startsWith("19850312"));

    JsonNode exact = get("operator-cimahi", "/api/pegawai?cari=" + DemoPegawai.DEWI_NIP);
    assertThat(nips(exact)).containsExactly(DemoPegawai.DEWI_NIP);
    assertThat(exact.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void searchIsPagedSortedByNameAndCountsEveryHit() throws Exception {
    long withA = jdbc.queryForObject("select count(*) from pegawai where instansi_id = 'cimahi'"
        + " and lower(nama) like '%a%'", Long.class);

    JsonNode first = get("operator-cimahi", "/api/pegawai?cari=a A&size=3");
    JsonNode second = get("operator-cimahi", "/api/pegawai?cari=a A&size=3&page=1");

    assertThat(withA).isGreaterThan(6);
    assertThat(first.get("total").asLong()).isEqualTo(withA);
    assertThat(second.get("total").asLong()).isEqualTo(withA);
    assertThat(names(first)).hasSize(3).isSorted();
    assertThat(nips(second)).hasSize(3).doesNotContainAnyElementsOf(nips(first));
    assertThat(names(second).get(0)).isGreaterThanOrEqualTo(names(first).get(2));
  }

  @Test
  void anotherAgencysEmployeeIsNotFoundButBknsVerifierFindsEveryAgency() throws Exception {
    assertThat(nips(get("operator-cimahi", "/api/pegawai?cari=Sari Rahmawati"))).doesNotContain(DemoPegawai.SARI_NIP);
    assertThat(nips(get("operator-cimahi", "/api/pegawai?cari=" + DemoPegawai.SARI_NIP))).isEmpty();

    assertThat(nips(get("operator-jabar", "/api/pegawai?cari=Sari Rahmawati"))).contains(DemoPegawai.SARI_NIP);
    assertThat(nips(get("verifikator-bkn", "/api/pegawai?cari=Rahmawati sari"))).contains(DemoPegawai.SARI_NIP);
    assertThat(nips(get("verifikator-bkn", "/api/pegawai?cari=" + DemoPegawai.DEWI_NIP))).contains(DemoPegawai.DEWI_NIP);
  }

  @Test
  void instansiIdNarrowsTheSearchAndAnotherAgencyIsNotFound() throws Exception {
    assertThat(nips(get("admin", "/api/pegawai?cari=Dewi Lestari&instansiId=jabar"))).doesNotContain(DemoPegawai.DEWI_NIP);
    assertThat(nips(get("admin", "/api/pegawai?cari=Dewi Lestari&instansiId=cimahi"))).contains(DemoPegawai.DEWI_NIP);
    assertThat(status("operator-cimahi", "/api/pegawai?cari=Sari&instansiId=jabar")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void searchShorterThanTwoCharactersIsRefusedOnFieldCari() throws Exception {
    for (String cari : List.of("D", "  ", " x ")) {
      ResponseEntity<String> answer = rest.withBasicAuth("operator-cimahi", "demo")
          .getForEntity("/api/pegawai?cari=" + cari, String.class);
      assertThat(answer.getStatusCode()).as(cari).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType().toString()).contains("application/problem+json");
      JsonNode error = JSON.readTree(answer.getBody()).get("errors").get(0);
      assertThat(error.get("field").asText()).isEqualTo("cari");
      assertThat(error.get("code").asText()).isEqualTo("CARI_TERLALU_PENDEK");
      assertThat(error.get("message").asText()).contains("paling sedikit 2");
    }
  }

  @Test
  void listingWithoutCariKeepsTheFullRecords() throws Exception {
    JsonNode page = get("operator-cimahi", "/api/pegawai?size=5");
    assertThat(page.get("items")).hasSize(5);
    assertThat(page.get("items").get(0).has("tanggalLahir")).isTrue();
    assertThat(page.get("total").asLong()).isEqualTo(
        jdbc.queryForObject("select count(*) from pegawai where instansi_id = 'cimahi'", Long.class));
  }

  @Test
  void unitsOfOneAgencyAreListedByInstansiId() throws Exception {
    JsonNode units = get("operator-cimahi", "/api/unit-kerja?instansiId=cimahi");

    assertThat(units.size()).isEqualTo(jdbc.queryForObject(
        "select count(*) from unit_kerja where instansi_id = 'cimahi'", Integer.class));
    List<String> ids = new ArrayList<>();
    units.forEach(u -> {
      assertThat(u.get("instansiId").asText()).isEqualTo("cimahi");
      ids.add(u.get("id").asText());
    });
    assertThat(ids).contains("cimahi-bkpsdm-2");
    assertThat(units.findValuesAsText("nama")).contains("Bidang Mutasi dan Promosi");
  }

  @Test
  void unitListNeedsInstansiIdAndHidesAnotherAgency() throws Exception {
    ResponseEntity<String> missing = rest.withBasicAuth("operator-cimahi", "demo").getForEntity("/api/unit-kerja", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(missing.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("instansiId");

    assertThat(status("operator-cimahi", "/api/unit-kerja?instansiId=jabar")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("operator-cimahi", "/api/unit-kerja?instansiId=tidak-ada")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void positionsAreFilteredByUnitAndCarryTheirVacancy() throws Exception {
    // given Dewi's unit, which has several positions, in an agency with many more
    String unit = jdbc.queryForObject("select unit_kerja_id from pegawai where nip = ?", String.class, DemoPegawai.DEWI_NIP);
    String jabatanDewi = jdbc.queryForObject("select jabatan_id from pegawai where nip = ?", String.class, DemoPegawai.DEWI_NIP);

    // when the form asks for that unit's positions
    JsonNode positions = get("operator-cimahi", "/api/jabatan?instansiId=cimahi&unitKerjaId=" + unit);

    // then it gets exactly them, each with id, nama and lowong = kebutuhan - terisi
    assertThat(positions.size()).isEqualTo(jdbc.queryForObject(
        "select count(*) from jabatan where unit_kerja_id = ?", Integer.class, unit)).isGreaterThan(1);
    assertThat(positions.size()).isLessThan(get("operator-cimahi", "/api/jabatan?instansiId=cimahi").size());
    assertThat(positions.findValuesAsText("id")).contains(jabatanDewi);
    positions.forEach(j -> {
      assertThat(j.get("unitKerjaId").asText()).isEqualTo(unit);
      assertThat(j.get("nama").asText()).isNotBlank();
      assertThat(j.get("lowong").asInt()).isEqualTo(j.get("kebutuhan").asInt() - j.get("terisi").asInt());
    });
    JsonNode held = positions.findParents("id").stream().filter(j -> j.get("id").asText().equals(jabatanDewi))
        .findFirst().orElseThrow();
    assertThat(held.get("terisi").asInt()).isEqualTo(jdbc.queryForObject(
        "select count(*) from pegawai where jabatan_id = ?", Integer.class, jabatanDewi));
  }

  @Test
  void positionsOfAnotherAgencysUnitAreAbsent() throws Exception {
    String unitJabar = jdbc.queryForObject("select unit_kerja_id from pegawai where nip = ?", String.class,
        DemoPegawai.SARI_NIP);
    assertThat(get("operator-cimahi", "/api/jabatan?unitKerjaId=" + unitJabar).size()).isZero();
    assertThat(get("operator-jabar", "/api/jabatan?unitKerjaId=" + unitJabar).size()).isPositive();
    assertThat(status("operator-cimahi", "/api/jabatan?instansiId=jabar&unitKerjaId=" + unitJabar))
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anonymousCallersGetNoList() {
    for (String path : List.of("/api/pegawai?cari=Dewi", "/api/unit-kerja?instansiId=cimahi",
        "/api/jabatan?instansiId=cimahi&unitKerjaId=cimahi-bkpsdm-2", "/api/mutasi")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
  }

  private static JsonNode item(JsonNode page, String nip) {
    for (JsonNode item : page.get("items")) {
      if (item.get("nip").asText().equals(nip)) {
        return item;
      }
    }
    throw new AssertionError(nip + " not among " + nips(page));
  }

  private static List<String> nips(JsonNode page) {
    return page.get("items").findValuesAsText("nip");
  }

  private static List<String> names(JsonNode page) {
    return page.get("items").findValuesAsText("nama");
  }
}
