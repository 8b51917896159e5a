package id.meritflow.platform.tugas;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasklist's filters as MeritFlow's staff use them, in the order Tasklist lists them. The queries
 * use Tasklist's expressions, so one filter serves every user; the engine still shows each user
 * only the tasks their groups and agency may see.
 */
final class FilterTugas {

  /** One filter: name, description, Tasklist's order and colour, and its query. */
  record Definisi(String nama, String deskripsi, int urutan, String warna, TaskQuery query) {

    Map<String, Object> properties() {
      return Map.of(
          "description", deskripsi,
          "priority", urutan,
          "color", warna,
          "refresh", true,
          "variables", KOLOM);
    }
  }

  /** The case's key variables as columns of every filter (set by {@link PenamaanTugasListener}). */
  static final List<Map<String, String>> KOLOM = List.of(
      Map.of("name", PenamaanTugasListener.NAMA_PEGAWAI, "label", "Pegawai"),
      Map.of("name", PenamaanTugasListener.NIP, "label", "NIP"));

  static final String TUGAS_KELOMPOK_SAYA = "Tugas kelompok saya";
  static final String TUGAS_SAYA = "Tugas saya";
  static final String MELEWATI_BATAS_WAKTU = "Melewati batas waktu";
  static final String USULAN_SAYA = "Usulan saya";

  private FilterTugas() {}

  /** The filters every member of a Tasklist role reads. */
  static List<Definisi> bersama(TaskService tasks) {
    return List.of(
        new Definisi(TUGAS_KELOMPOK_SAYA, "Tugas untuk kelompok (peran) saya, termasuk yang sudah diambil", -30, "#2e6da4",
            tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definisi(TUGAS_SAYA, "Tugas yang sudah saya ambil", -20, "#3c763d",
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        new Definisi(MELEWATI_BATAS_WAKTU, "Tugas kelompok saya yang sudah lewat batas waktunya", -10, "#a94442",
            tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueBeforeExpression("${now()}")));
  }

  /**
   * An operator's own filter: the steps waiting in cases that operator proposed (the process
   * variable {@code pengusul}, the start event's initiator). Tasklist's expressions do not reach
   * variable values, so each operator gets a filter of their own.
   */
  static Definisi usulanSaya(TaskService tasks, String userId) {
    return new Definisi(USULAN_SAYA, "Langkah yang menunggu pada usulan yang saya ajukan", -25, "#8a6d3b",
        tasks.createTaskQuery().processVariableValueEquals(PengusulMembacaTugasListener.PENGUSUL, userId));
  }
}
