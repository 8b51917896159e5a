package id.meritflow.rekomendasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.rekomendasi.domain.HasilPeringkat;
import id.meritflow.rekomendasi.domain.KonteksJabatan;
import id.meritflow.rekomendasi.domain.Pemeringkat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The streamed registry read of the ranking (four cursors merged by NIP, fetched a thousand rows at a
 * time) on a real PostgreSQL gives exactly the ranking of the employees' profiles as the registry
 * reads them one by one. Runs when MERITFLOW_TEST_POSTGRES_URL names a database.
 */
@EnabledIfEnvironmentVariable(named = "MERITFLOW_TEST_POSTGRES_URL", matches = ".+",
    disabledReason = "PostgreSQL tests skipped: set MERITFLOW_TEST_POSTGRES_URL")
@SpringBootTest(properties = {"meritflow.demo.pegawai=1500", "meritflow.demo.contoh-kenaikan-pangkat=false",
    "camunda.bpm.process-engine-name=peringkatpg"})
@ActiveProfiles({"demo", "postgres"})
class PeringkatPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("MERITFLOW_DB_URL", () -> System.getenv("MERITFLOW_TEST_POSTGRES_URL"));
    registry.add("MERITFLOW_DB_USER", () -> env("MERITFLOW_TEST_POSTGRES_USER", "postgres"));
    registry.add("MERITFLOW_DB_PASSWORD", () -> env("MERITFLOW_TEST_POSTGRES_PASSWORD", ""));
  }

  @Autowired RekomendasiService rekomendasi;
  @Autowired KandidatRepository repository;
  @Autowired OrganisasiDirectory organisasi;
  @Autowired PegawaiDirectory pegawai;
  @Autowired Pemeringkat pemeringkat;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void nationalRankingStreamedFromPostgresEqualsRankingEveryProfileReadOneByOne() {
    for (String jenis : List.of("ADMINISTRATOR", "PELAKSANA")) {
      String jabatanId = jdbc.queryForObject("select id from jabatan where instansi_id = 'bkn' and jenis = ? order by id limit 1",
          String.class, jenis);
      Jabatan tujuan = organisasi.jabatan(jabatanId).orElseThrow();
      List<PegawaiProfil> satuPerSatu = jdbc.queryForList("select nip from pegawai order by nip", String.class).stream()
          .map(nip -> pegawai.find(nip).orElseThrow()).toList();
      KonteksJabatan k = new KonteksJabatan(tujuan, organisasi.instansi(tujuan.instansiId()).orElseThrow(),
          organisasi.pemegang(jabatanId), repository.instansi(), repository.jabatan(), LocalDate.now(clock));

      HasilPeringkat streamed = rekomendasi.kandidat(jabatanId, RekomendasiService.Lingkup.NASIONAL, Optional.of(40));
      HasilPeringkat agency = rekomendasi.kandidat(jabatanId, RekomendasiService.Lingkup.INSTANSI, Optional.of(40));

      // At least 500 employees (the first PostgreSQL test context to start generates the registry):
      // the kinerja cursor (about 2.7 rows per employee) crosses its 1,000-row fetch while the others are open.
      assertThat(satuPerSatu.size()).isGreaterThanOrEqualTo(500);
      assertThat(streamed.jumlahDinilai() + k.pemegang().size()).isEqualTo(satuPerSatu.size());
      assertThat(streamed).isEqualTo(pemeringkat.peringkat(k, satuPerSatu, 40));
      assertThat(agency).isEqualTo(pemeringkat.peringkat(k,
          satuPerSatu.stream().filter(p -> p.pegawai().instansiId().equals("bkn")).toList(), 40));
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
