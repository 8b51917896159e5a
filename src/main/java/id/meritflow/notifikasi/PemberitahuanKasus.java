package id.meritflow.notifikasi;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import id.meritflow.penandatanganan.domain.TanggalIndonesia;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events of a case, told from inside the engine's transaction: a task entered a group, an SLA
 * reminder, escalation or automatic approval, a case ended, an SK was signed. Thin: it reads who
 * works on the task or case and hands one {@link Peristiwa} to {@link Pemberitahuan}.
 */
@Component
public class PemberitahuanKasus {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm");

  private final Pemberitahuan pemberitahuan;
  private final JdbcTemplate jdbc;

  PemberitahuanKasus(Pemberitahuan pemberitahuan, JdbcTemplate jdbc) {
    this.pemberitahuan = pemberitahuan;
    this.jdbc = jdbc;
  }

  /** A task was created: everyone who may work on it learns of it (inbox now, e-mail in the digest). */
  public void tugasBaru(DelegateTask task) {
    var peserta = peserta(task.getAssignee(), task.getCandidates());
    var nilai = nilaiTugas(task.getName(), task.getDueDate(), task.getExecution());
    pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.TUGAS_BARU, Optional.ofNullable(task.getTenantId()),
        Optional.of(kasus(task.getExecution())), Optional.of(task.getId()),
        Optional.of(pemberitahuan.tautanTugas(task.getId())), nilai), peserta);
  }

  /**
   * A waiting task was handed to one more person (an acting official, when an absence begins): they
   * learn of it like of a new task, in the caller's transaction.
   */
  public void tugasDiterima(String taskId, String namaTugas, Date tenggat, String instansiId, String kasusId,
      String nomorKasus, String userId) {
    var nilai = nilaiTugas(namaTugas, tenggat, nomorKasus == null ? kasusId : nomorKasus);
    pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.TUGAS_BARU, Optional.ofNullable(instansiId),
        Optional.ofNullable(kasusId), Optional.of(taskId), Optional.of(pemberitahuan.tautanTugas(taskId)), nilai),
        Sasaran.kelompokDanPengguna(List.of(), List.of(userId)));
  }

  /** Working day 3: the people of each open step of this process instance are reminded. */
  public void pengingat(DelegateExecution execution) {
    for (TaskEntity task : tugasTerbuka(execution)) {
      var nilai = nilaiTugas(task.getName(), task.getDueDate(), execution);
      nilai.put("dibuat", tanggal(task.getCreateTime()));
      nilai.put("akibat", "mutasi".equals(kunciProses(execution)) ? ", dan pada hari kerja ke-6 usulan disetujui otomatis" : "");
      pemberitahuan.kirim(peristiwa(JenisNotifikasi.PENGINGAT_SLA, execution, task, nilai),
          peserta(task.getAssignee(), task.getIdentityLinks()));
    }
  }

  /** Working day 5: the step's people and the superior role (if the model names one) are told. */
  public void eskalasi(DelegateExecution execution, String peranAtasan) {
    boolean otomatis = "mutasi".equals(kunciProses(execution));
    for (TaskEntity task : tugasTerbuka(execution)) {
      var nilai = nilaiTugas(task.getName(), task.getDueDate(), execution);
      nilai.put("kepada", peranAtasan == null || peranAtasan.isBlank() ? "" : " kepada atasan (" + peranAtasan + ")");
      nilai.put("akibat", otomatis ? "; bila tetap tidak dijawab, pada hari kerja ke-6 usulan disetujui otomatis" : "");
      var sasaran = peserta(task.getAssignee(), task.getIdentityLinks());
      var kelompok = new ArrayList<>(sasaran.kelompok());
      if (peranAtasan != null && !peranAtasan.isBlank()) {
        kelompok.add(peranAtasan);
      }
      pemberitahuan.kirim(peristiwa(JenisNotifikasi.ESKALASI_SLA, execution, task, nilai),
          Sasaran.kelompokDanPengguna(kelompok, sasaran.pengguna()));
    }
  }

  /**
   * Working day 6: the step was approved by the rule. Its task is already gone (interrupting
   * timer), so its approvers come from the task history; the superior is the role it was
   * escalated to.
   */
  public void persetujuanOtomatis(DelegateExecution execution, List<String> taskIds, Optional<String> peranAtasan) {
    for (String taskId : taskIds) {
      var kelompok = new ArrayList<String>(jdbc.queryForList("""
          select distinct GROUP_ID_ from ACT_HI_IDENTITYLINK
          where TASK_ID_ = ? and TYPE_ = 'candidate' and GROUP_ID_ is not null and OPERATION_TYPE_ = 'add'""",
          String.class, taskId));
      var pengguna = jdbc.queryForList("""
          select ASSIGNEE_ from ACT_HI_TASKINST where ID_ = ? and ASSIGNEE_ is not null""", String.class, taskId);
      peranAtasan.ifPresent(kelompok::add);
      String nama = jdbc.queryForList("select NAME_ from ACT_HI_TASKINST where ID_ = ?", String.class, taskId)
          .stream().findFirst().orElse("Langkah persetujuan");
      var nilai = nilaiTugas(nama, null, execution);
      pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.PERSETUJUAN_OTOMATIS, Optional.ofNullable(execution.getTenantId()),
          Optional.of(kasus(execution)), Optional.of(taskId), Optional.of(pemberitahuan.tautan("/usulan-saya")), nilai),
          Sasaran.kelompokDanPengguna(kelompok, pengguna));
    }
  }

  /** The case ended: the employee (portal) and the proposer (Usulan saya) learn the outcome. */
  public void kasusSelesai(DelegateExecution execution, String hasil) {
    var nilai = new java.util.HashMap<String, String>();
    nilai.put("nomorKasus", nomorKasus(execution));
    nilai.put("hasil", hasil);
    nilai.put("jenisKasus", namaProses(execution));
    nilai.put("atasNama", atasNama(execution));
    var tenant = Optional.ofNullable(execution.getTenantId());
    var kasus = Optional.of(kasus(execution));
    pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.KASUS_DIPUTUS, tenant, kasus, Optional.empty(),
        Optional.of(pemberitahuan.tautan("/layanan")), nilai), Sasaran.pegawai(teks(execution.getVariable("nip"))));
    String pengusul = teks(execution.getVariable("pengusul"));
    if (pengusul != null) {
      pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.KASUS_DIPUTUS, tenant, kasus, Optional.empty(),
          Optional.of(pemberitahuan.tautan("/usulan-saya")), nilai), Sasaran.kelompokDanPengguna(List.of(), List.of(pengusul)));
    }
  }

  /** An SK was signed: the employee (download in the portal) and the agency's PPK learn of it. */
  public void skDitandatangani(DelegateExecution execution, String nomorSk, String jenisSk, String cara,
      String tautanVerifikasi, String peranPpk) {
    var nilai = new java.util.HashMap<String, String>();
    nilai.put("nomorKasus", nomorKasus(execution));
    nilai.put("nomorSk", nomorSk);
    nilai.put("jenisSk", jenisSk);
    nilai.put("cara", cara);
    nilai.put("tautanVerifikasi", tautanVerifikasi);
    nilai.put("atasNama", atasNama(execution));
    var tenant = Optional.ofNullable(execution.getTenantId());
    var kasus = Optional.of(kasus(execution));
    pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.SK_DITANDATANGANI, tenant, kasus, Optional.empty(),
        Optional.of(pemberitahuan.tautan("/layanan")), nilai), Sasaran.pegawai(teks(execution.getVariable("nip"))));
    pemberitahuan.kirim(new Peristiwa(JenisNotifikasi.SK_DITANDATANGANI, tenant, kasus, Optional.empty(),
        Optional.of(pemberitahuan.tautan("/layanan/sk-atas-nama-saya")), nilai),
        Sasaran.kelompokDanPengguna(List.of(peranPpk), List.of()));
  }

  private Peristiwa peristiwa(JenisNotifikasi jenis, DelegateExecution execution, TaskEntity task, Map<String, String> nilai) {
    return new Peristiwa(jenis, Optional.ofNullable(task.getTenantId()), Optional.of(kasus(execution)),
        Optional.of(task.getId()), Optional.of(pemberitahuan.tautanTugas(task.getId())), nilai);
  }

  private static Sasaran peserta(String assignee, Collection<? extends IdentityLink> links) {
    var kelompok = new LinkedHashSet<String>();
    var pengguna = new LinkedHashSet<String>();
    if (assignee != null) {
      pengguna.add(assignee);
    }
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        kelompok.add(link.getGroupId());
      }
      if (link.getUserId() != null) {
        pengguna.add(link.getUserId());
      }
    }
    // a claimed task is the assignee's: the group is not told again
    return assignee != null ? Sasaran.kelompokDanPengguna(List.of(), pengguna)
        : Sasaran.kelompokDanPengguna(kelompok, pengguna);
  }

  private static List<TaskEntity> tugasTerbuka(DelegateExecution execution) {
    return Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId());
  }

  private static Map<String, String> nilaiTugas(String nama, Date tenggat, DelegateExecution execution) {
    return nilaiTugas(nama, tenggat, nomorKasus(execution));
  }

  private static Map<String, String> nilaiTugas(String nama, Date tenggat, String nomorKasus) {
    var nilai = new java.util.HashMap<String, String>();
    nilai.put("tugas", nama == null ? "Tugas" : nama);
    nilai.put("nomorKasus", nomorKasus);
    nilai.put("tenggat", tenggat == null ? "tidak ditentukan" : tanggal(tenggat));
    return nilai;
  }

  static String tanggal(Date date) {
    if (date == null) {
      return "";
    }
    var waktu = Instant.ofEpochMilli(date.getTime()).atZone(WIB);
    return TanggalIndonesia.format(waktu.toLocalDate()) + ", " + JAM.format(waktu) + " WIB";
  }


  private static String kasus(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getRootProcessInstanceId();
  }

  /** The case number: the business key of the case (the root instance), which a called sub-process may lack. */
  private static String nomorKasus(DelegateExecution execution) {
    ExecutionEntity root = ((ExecutionEntity) execution).getProcessInstance();
    while (root.getSuperExecution() != null) {
      root = root.getSuperExecution().getProcessInstance();
    }
    String key = root.getBusinessKey();
    return key == null || key.isBlank() ? root.getId() : key;
  }

  private static String kunciProses(DelegateExecution execution) {
    var definition = ((ExecutionEntity) execution).getProcessDefinition();
    return definition == null ? "" : definition.getKey();
  }

  private static String namaProses(DelegateExecution execution) {
    var definition = ((ExecutionEntity) execution).getProcessDefinition();
    return definition == null || definition.getName() == null ? "" : definition.getName().toLowerCase(Locale.ROOT);
  }

  private static String atasNama(DelegateExecution execution) {
    String nama = teks(execution.getVariable("namaPegawai"));
    String nip = teks(execution.getVariable("nip"));
    if (nama == null && nip == null) {
      return "";
    }
    return " atas nama " + (nama == null ? "" : nama) + (nip == null ? "" : (nama == null ? "NIP " : " (NIP ") + nip
        + (nama == null ? "" : ")"));
  }

  private static String teks(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
