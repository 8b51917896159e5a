package id.meritflow.kalender.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kalender.HariLiburTidakTersedia;
import org.junit.jupiter.api.Test;

class KalenderProblemHandlerTest {

  @Test
  void aCountPastTheDataIsAnsweredAsAProblemNamingTheYearNotAsADeadline() {
    var problem = new KalenderProblemHandler().tanpaData(new HariLiburTidakTersedia(2028));

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getProperties()).containsEntry("code", "KALENDER_TANPA_DATA").containsEntry("tahun", 2028);
    assertThat(problem.getDetail()).contains("tahun 2028").contains("hari-libur-2028.json");
  }
}
