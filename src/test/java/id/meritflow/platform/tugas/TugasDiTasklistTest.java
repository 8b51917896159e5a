package id.meritflow.platform.tugas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasks as staff meet them in Tasklist: whose case a task is, when it is due, and filters that find
 * it, each seen through the engine as the logged-in user (authorizations and tenants apply).
 */
@MeritFlowIntegrationTest
class TugasDiTasklistTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void logOutAndResetClock() {
    identity.clearAuthentication();
    SuiteClock.reset();
  }

  @Test
  void aTaskSaysWhoseCaseItIsAndWhenItIsDue() {
    Task task = educationUpdateProposedBy("operator-cimahi");

    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, DemoPegawai.DEWI_NIP);
    assertThat(task.getName()).isEqualTo("Verifikasi usulan pemutakhiran — " + nama);
    assertThat(task.getDueDate()).as("every task has a due date").isNotNull()
        .isAfter(ClockUtil.getCurrentTime());
    assertThat(runtime.getVariable(task.getProcessInstanceId(), "namaPegawai")).isEqualTo(nama);
  }

  @Test
  void everyRoleSeesTheSharedFiltersAndAnOperatorOnlyTheirOwnUsulanSaya() {
    List<Filter> cimahi = filtersOf("operator-cimahi", List.of("operator"), List.of("cimahi"));
    List<Filter> verifikator = filtersOf("verifikator-bkn", List.of("verifikator-bkn"), List.of("cimahi", "jabar"));

    assertThat(cimahi).extracting(Filter::getName).contains("Tugas kelompok saya", "Tugas saya",
        "Melewati batas waktu", "Semua Tugas", "Usulan saya");
    assertThat(cimahi).filteredOn(f -> f.getName().equals("Usulan saya")).singleElement()
        .extracting(Filter::getOwner).isEqualTo("operator-cimahi");
    assertThat(verifikator).extracting(Filter::getName).contains("Tugas kelompok saya", "Melewati batas waktu")
        .doesNotContain("Usulan saya");
    assertThat(cimahi).filteredOn(f -> f.getName().equals("Tugas kelompok saya")).singleElement()
        .satisfies(f -> assertThat(f.getProperties()).containsKey("variables"));
  }

  @Test
  void theFiltersFindTheTaskForTheRightPeopleAndOnceItIsLate() {
    Task task = educationUpdateProposedBy("operator-cimahi");

    assertThat(idsIn("operator-cimahi", List.of("operator"), List.of("cimahi"), "Usulan saya"))
        .as("the proposer's own filter").contains(task.getId());
    assertThat(idsIn("verifikator-bkn", List.of("verifikator-bkn"), List.of("cimahi", "jabar"), "Tugas kelompok saya"))
        .as("the verifiers' group filter").contains(task.getId());
    assertThat(idsIn("operator-jabar", List.of("operator"), List.of("jabar"), "Usulan saya"))
        .as("another agency's operator").doesNotContain(task.getId());
    assertThat(idsIn("verifikator-bkn", List.of("verifikator-bkn"), List.of("cimahi", "jabar"), "Melewati batas waktu"))
        .as("not late yet").doesNotContain(task.getId());

    identity.setAuthentication("operator-cimahi", List.of("operator"), List.of("cimahi"));
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("keputusanVerifikasi", "SETUJU")))
        .as("the proposer reads the verifier's step but cannot decide it").isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();

    ClockUtil.setCurrentTime(new java.util.Date(task.getDueDate().getTime() + 60_000));

    assertThat(idsIn("verifikator-bkn", List.of("verifikator-bkn"), List.of("cimahi", "jabar"), "Melewati batas waktu"))
        .as("past its due date").contains(task.getId());
  }

  private Task educationUpdateProposedBy(String operator) {
    identity.setAuthentication(operator, List.of("operator"), List.of("cimahi"));
    String kasus;
    try {
      kasus = runtime.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-TUGAS-" + UUID.randomUUID(),
          Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik",
              "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/77", "tanggalIjazah", "2025-02-01"))
          .getId();
    } finally {
      identity.clearAuthentication();
    }
    return tasks.createTaskQuery().processInstanceId(kasus).singleResult();
  }

  private List<Filter> filtersOf(String user, List<String> groups, List<String> tenants) {
    identity.setAuthentication(user, groups, tenants);
    try {
      return filters.createFilterQuery().list();
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> idsIn(String user, List<String> groups, List<String> tenants, String filterName) {
    Filter filter = filtersOf(user, groups, tenants).stream().filter(f -> f.getName().equals(filterName))
        .findFirst().orElseThrow(() -> new AssertionError(user + " has no filter " + filterName));
    identity.setAuthentication(user, groups, tenants);
    try {
      return filters.<Task>list(filter.getId()).stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }
}
