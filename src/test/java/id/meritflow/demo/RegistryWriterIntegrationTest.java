package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Writes a small registry into H2 migrated by Flyway; no engine, no web layer. */
// The admin-password guard runs for every Spring application; this slice needs no engine but passes it.
@JdbcTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RegistryWriterIntegrationTest {

  private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void writesEveryGeneratedRowWithValidForeignKeys() {
    RowCounts counts = new RegistryWriter(jdbc, transactionManager)
        .write(new RegistryGenerator(7L, REFERENCE_DATE), 500);

    assertThat(count("instansi")).isEqualTo(4).isEqualTo(counts.instansi());
    assertThat(count("pegawai")).isEqualTo(500).isEqualTo(counts.pegawai());
    assertThat(count("unit_kerja")).isEqualTo(counts.unitKerja());
    assertThat(count("jabatan")).isEqualTo(counts.jabatan());
    assertThat(count("kinerja")).isEqualTo(counts.kinerja()).isGreaterThan(1_000);
    assertThat(count("riwayat_pangkat")).isEqualTo(counts.riwayatPangkat()).isGreaterThanOrEqualTo(500);
    assertThat(count("riwayat_jabatan")).isEqualTo(counts.riwayatJabatan()).isGreaterThanOrEqualTo(500);
    assertThat(count("kasus_disiplin")).isEqualTo(counts.kasusDisiplin());
    assertThat(jdbc.queryForObject("""
        select count(*) from pegawai p
          join jabatan j on j.id = p.jabatan_id and j.unit_kerja_id = p.unit_kerja_id
          join unit_kerja u on u.id = p.unit_kerja_id and u.instansi_id = p.instansi_id""", Long.class))
        .isEqualTo(500);
    assertThat(jdbc.queryForObject("""
        select count(*) from jabatan j
         where j.kebutuhan < (select count(*) from pegawai p where p.jabatan_id = j.id)""", Long.class))
        .isZero();
  }

  @Test
  void storesNamedEmployeesAndPilkadaDates() {
    new RegistryWriter(jdbc, transactionManager).write(new RegistryGenerator(7L, REFERENCE_DATE), 500);

    assertThat(jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, DemoPegawai.BUDI_NIP))
        .isEqualTo("Budi Santoso");
    assertThat(jdbc.queryForObject("select tanggal_penetapan_calon from instansi where id = 'cimahi'",
        LocalDate.class)).isEqualTo(LocalDate.of(2024, 9, 22));
    assertThat(jdbc.queryForObject("select count(*) from instansi where provinsi is null", Long.class))
        .isEqualTo(2);
  }

  @Test
  void loaderGeneratesOnlyIntoAnEmptyRegistry() {
    var loader = new DemoDataLoader(jdbc, transactionManager, new DemoProperties(300, 1L, REFERENCE_DATE));

    loader.run(null);
    loader.run(null);

    assertThat(count("instansi")).isEqualTo(4);
    assertThat(count("pegawai")).isEqualTo(300);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
