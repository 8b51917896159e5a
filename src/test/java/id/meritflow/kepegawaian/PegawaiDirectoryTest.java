package id.meritflow.kepegawaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@MeritFlowIntegrationTest
class PegawaiDirectoryTest {

  @Autowired PegawaiDirectory directory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theRecordAloneIsTheProfilesRecord() {
    // given employees of the demo registry, with and without histories
    List<String> nips = jdbc.queryForList("select nip from pegawai order by nip limit 25", String.class);

    // when each is read as a record and as a full profile
    // then both give the same record, and an unknown NIP gives neither
    assertThat(nips).isNotEmpty();
    for (String nip : nips) {
      assertThat(directory.pegawai(nip)).isEqualTo(directory.find(nip).map(PegawaiProfil::pegawai)).isPresent();
    }
    assertThat(directory.pegawai("199999999999999999")).isEmpty();
  }
}
