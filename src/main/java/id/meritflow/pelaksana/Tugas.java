package id.meritflow.pelaksana;

import java.util.Set;

/**
 * An open user task as delegation reads and changes it: the task being created (inside the
 * engine's create event) or one already waiting (through the task service).
 */
interface Tugas {

  /** The task-local variable that tells every reader of the task's form who acts and why not. */
  String INFO = "infoPelimpahan";

  String id();

  String tenantId();

  /** The process definition key, e.g. {@code penandatanganan-sk}. */
  String prosesKey();

  /** The user task's id in the model, e.g. {@code Task_Tandatangani}. */
  String tugasKey();

  String assignee();

  Set<String> calonPengguna();

  Set<String> calonKelompok();

  /** A variable of the case (the process instance), e.g. {@code pengusul}. */
  Object variabelKasus(String nama);

  void tambahCalon(String userId);

  void hapusCalon(String userId);

  void tetapkanAssignee(String userId);

  void tambahKelompok(String groupId);

  void hapusKelompok(String groupId);

  /** Sets the explanation; null removes it. */
  void info(String teks);
}
