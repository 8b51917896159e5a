package id.meritflow.keandalan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every demo role and anonymous × every endpoint of {@code /api/openapi} and every engine REST
 * endpoint the webapps use × own agency / another agency / another employee, against the expected
 * table {@code src/test/resources/keandalan/matriks-otorisasi.csv}. An endpoint without a row fails
 * the build with the row to add (as observed, to be checked before it is pasted). Whatever the
 * table says, no answer is 5xx and no answer to a caller outside Jawa Barat (or to an employee about
 * someone else) carries that agency's or that employee's data.
 *
 * <p>Write requests carry an empty body ({@code {}}, an empty form): a caller the endpoint lets
 * through gets a validation answer (SALAH), a refused one 401/403/404, and nothing is written.
 */
@MeritFlowIntegrationTest
class MatriksOtorisasiTest {

  static final String TABEL = "keandalan/matriks-otorisasi.csv";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private DataUji data;

  @AfterEach
  void bersihkan() {
    if (data != null) {
      data.hapus();
    }
  }

  @Test
  void everyRoleOnEveryEndpointGetsWhatTheTableSaysAndNeverAnotherAgencysData() throws Exception {
    // given the expected table, the API's endpoints and a case, task, document, batch and SK per subject
    TabelOtorisasi tabel = TabelOtorisasi.baca(MatriksOtorisasiTest.class.getClassLoader().getResource(TABEL));
    JsonNode openApi = JSON.readTree(rest.withBasicAuth("admin", "demo").getForObject("/api/openapi", String.class));
    List<Endpoint> endpoints = new ArrayList<>(Endpoint.dariOpenApi(openApi));
    endpoints.addAll(tabel.endpointEngineRest());
    data = DataUji.siapkan(rest, jdbc, runtimeService, taskService);
    PemanggilMatriks pemanggil = new PemanggilMatriks(rest, data);

    // when each role calls each endpoint in each scope
    List<String> salah = new ArrayList<>();
    List<String> tanpaBaris = new ArrayList<>();
    Map<String, Map<String, String>> teramati = new LinkedHashMap<>();
    int permintaan = 0;
    for (Endpoint endpoint : endpoints) {
      Map<String, String> baris = new TreeMap<>();
      for (Peran peran : Peran.values()) {
        List<String> sel = new ArrayList<>();
        for (Lingkup lingkup : endpoint.lingkup()) {
          Jawaban jawaban = pemanggil.panggil(endpoint, peran, lingkup);
          permintaan++;
          // then never a 5xx, never another agency's or employee's data to one who may not see it
          if (jawaban.status() >= 500) {
            salah.add(endpoint + " " + peran.pengguna() + " " + lingkup + ": " + jawaban.status() + " " + jawaban.ringkas());
          }
          data.bocor(peran, lingkup, jawaban).ifPresent(b -> salah.add(endpoint + " " + peran.pengguna() + " " + lingkup
              + ": memuat data " + b + " (" + jawaban.status() + ")"));
          sel.add(Kelas.dari(jawaban.status()).name());
        }
        baris.put(peran.name(), String.join("/", sel));
      }
      teramati.put(endpoint.kunci(), baris);
      if (!tabel.punya(endpoint.kunci())) {
        tanpaBaris.add(TabelOtorisasi.barisCsv(endpoint.kunci(), baris));
      }
    }
    System.out.printf("Matriks otorisasi: %d endpoint, %d peran, %d permintaan%n", endpoints.size(),
        Peran.values().length, permintaan);
    String tulis = System.getProperty("meritflow.matriks.tulis");
    if (tulis != null) {
      Files.writeString(Path.of(tulis), TabelOtorisasi.tulis(teramati), StandardCharsets.UTF_8);
    }

    // and the table has a row for every endpoint, none for one that is gone, and each row matches
    assertThat(tanpaBaris).as("""
        Endpoint tanpa baris di src/test/resources/%s. Tambahkan barisnya (di bawah: yang teramati sekarang; \
        periksa dulu bahwa setiap peran memang boleh/tidak boleh seperti itu):
        %s""".formatted(TABEL, String.join("\n", tanpaBaris))).isEmpty();
    assertThat(tabel.kunci()).as("baris di %s untuk endpoint yang tidak ada lagi", TABEL)
        .isSubsetOf(teramati.keySet());
    assertThat(salah).as("jawaban 5xx atau data yang bocor").isEmpty();
    List<String> beda = new ArrayList<>();
    teramati.forEach((kunci, baris) -> baris.forEach((peran, sel) -> {
      String harapan = tabel.harapan(kunci, peran);
      if (!sel.equals(harapan)) {
        beda.add(kunci + " " + peran + ": diharapkan " + harapan + ", teramati " + sel);
      }
    }));
    assertThat(beda).as("sel yang berbeda dari %s (urutan sel: %s)", TABEL, Lingkup.URUTAN).isEmpty();
    assertThat(permintaan).isGreaterThan(1000);
  }
}
