package id.meritflow.keandalan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The data each scope's parameters name: per subject (Dewi of Cimahi, Sari of Jawa Barat, Budi of
 * Cimahi) an education-update case with its open task and a document, the employee's position, a
 * batch of the agency, the verifier's notification of the task, an SK and a disciplinary case of
 * the agency where the demo data has them.
 * Cases are started for the test and deleted afterwards.
 */
final class DataUji {

  static final String TIDAK_ADA = "tidak-ada";
  private static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  record Subjek(String nip, String nama, String instansi, String operator, String kasusId, String businessKey,
      String taskId, String dokumenId, String jabatanId, String batchId, String skNomor, String disiplinId,
      String notifikasiId) {

    /** What identifies this subject's data in an answer, beyond what the request named itself. */
    List<String> penanda() {
      return List.of(nip, nama, kasusId, businessKey, taskId, dokumenId).stream()
          .filter(s -> s != null && !TIDAK_ADA.equals(s)).toList();
    }
  }

  private final TestRestTemplate rest;
  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Map<Lingkup, Subjek> subjek = new EnumMap<>(Lingkup.class);
  private final List<String> kasus = new ArrayList<>();
  private final List<String> notifikasi = new ArrayList<>();
  private final List<String> sk = new ArrayList<>();

  private DataUji(TestRestTemplate rest, JdbcTemplate jdbc, RuntimeService runtimeService, TaskService taskService) {
    this.rest = rest;
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  static DataUji siapkan(TestRestTemplate rest, JdbcTemplate jdbc, RuntimeService runtimeService,
      TaskService taskService) {
    DataUji data = new DataUji(rest, jdbc, runtimeService, taskService);
    data.subjek.put(Lingkup.SENDIRI, data.subjek(DemoPegawai.DEWI_NIP, "Lestari", "cimahi", "operator-cimahi"));
    data.subjek.put(Lingkup.INSTANSI_LAIN, data.subjek(DemoPegawai.SARI_NIP, "Rahmawati", "jabar", "operator-jabar"));
    data.subjek.put(Lingkup.PEGAWAI_LAIN, data.subjek(DemoPegawai.BUDI_NIP, "Santoso", "cimahi", "operator-cimahi"));
    data.subjek.put(Lingkup.SATU, data.subjek.get(Lingkup.SENDIRI));
    return data;
  }

  Subjek get(Lingkup lingkup) {
    return subjek.get(lingkup);
  }

  /** A new case for this scope's subject, after a request completed the old one's task. */
  void baru(Lingkup lingkup) {
    Subjek s = subjek.get(lingkup);
    subjek.put(lingkup, subjek(s.nip(), s.nama(), s.instansi(), s.operator()));
    if (lingkup == Lingkup.SENDIRI) {
      subjek.put(Lingkup.SATU, subjek.get(Lingkup.SENDIRI));
    }
  }

  void lepasKlaim(Lingkup lingkup) {
    String task = subjek.get(lingkup).taskId();
    if (taskService.createTaskQuery().taskId(task).count() == 1) {
      taskService.setAssignee(task, null);
    }
  }

  boolean masihTerbuka(Lingkup lingkup) {
    return taskService.createTaskQuery().taskId(subjek.get(lingkup).taskId()).count() == 1;
  }

  void hapus() {
    notifikasi.forEach(id -> jdbc.update("delete from notifikasi where id = ?", id));
    sk.forEach(id -> jdbc.update("delete from surat_keputusan where id = ?", id));
    for (String id : kasus) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 1) {
        runtimeService.deleteProcessInstance(id, "matriks otorisasi selesai");
      }
      // the outbox rows of these cases' tasks (verifier's digest): not mailed later into another test
      jdbc.update("delete from notifikasi where kasus_id = ?", id);
    }
  }

  /**
   * Data the caller may not see in this answer: Jawa Barat's for callers who see Cimahi only,
   * another employee's for the employee, anyone's for an anonymous caller. What the caller named
   * in the request itself is not counted.
   */
  Optional<String> bocor(Peran peran, Lingkup lingkup, Jawaban jawaban) {
    List<Subjek> terlarang = new ArrayList<>();
    if (peran == Peran.ANONIM) {
      terlarang.addAll(List.of(subjek.get(Lingkup.SENDIRI), subjek.get(Lingkup.INSTANSI_LAIN),
          subjek.get(Lingkup.PEGAWAI_LAIN)));
    } else if (peran.terbatas()) {
      terlarang.add(subjek.get(Lingkup.INSTANSI_LAIN));
      if (peran == Peran.PEGAWAI) {
        terlarang.add(subjek.get(Lingkup.PEGAWAI_LAIN));
      }
    }
    String body = jawaban.body() == null ? "" : jawaban.body();
    for (Subjek s : terlarang) {
      for (String penanda : s.penanda()) {
        if (body.contains(penanda) && !jawaban.alamat().contains(penanda)) {
          return Optional.of(s.instansi() + "/" + s.nip() + " (" + penanda + ")");
        }
      }
    }
    return Optional.empty();
  }

  private Subjek subjek(String nip, String nama, String instansi, String operator) {
    String businessKey = "MATRIKS-" + UUID.randomUUID();
    String kasusId = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", businessKey,
        Map.of("nip", nip, "pendidikanBaru", "S2", "bidangPendidikan", "Administrasi Publik",
            "perguruanTinggi", "Universitas Padjadjaran", "nomorIjazah", "MATRIKS/1", "tanggalIjazah", "2024-01-10"))
        .getId();
    kasus.add(kasusId);
    String taskId = taskService.createTaskQuery().processInstanceId(kasusId).singleResult().getId();
    return new Subjek(nip, nama, instansi, operator, kasusId, businessKey, taskId, dokumen(operator, kasusId),
        satu("select jabatan_id from pegawai where nip = ?", nip),
        batch(instansi, operator),
        sk(nip, nama, instansi),
        satu("select k.id from kasus_disiplin k join pegawai p on p.nip = k.nip where p.instansi_id = ? order by k.id",
            instansi),
        notifikasi(instansi, kasusId, taskId));
  }

  /** An inbox item of the verifier about this case (written here: the outbox writes some rows later). */
  private String notifikasi(String instansi, String kasusId, String taskId) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into notifikasi (id, instansi_id, penerima, kanal, jenis, subjek, isi, kasus_id, task_id, status, dibuat,
          terkirim_pada) values (?, ?, 'verifikator-bkn', 'KOTAK_MASUK', 'TUGAS_BARU', 'Matriks', 'Matriks', ?, ?,
          'TERKIRIM', current_timestamp, current_timestamp)""", id, instansi, kasusId, taskId);
    notifikasi.add(id);
    return id;
  }

  /** An SK on the subject's name, written here (and removed afterwards) so that every scope has one. */
  private String sk(String nip, String nama, String instansi) {
    String id = UUID.randomUUID().toString();
    String nomor = "MATRIKS/" + id;
    jdbc.update("""
        insert into surat_keputusan (id, nomor, instansi_id, tahun, urutan, jenis, nip, nama_pegawai, perihal,
          kode_verifikasi, sha256, pdf, penandatangan, penandatangan_peran, penandatangan_jabatan, mode,
          ditandatangani_pada, dibuat_oleh)
        values (?, ?, ?, 1999, ?, 'MUTASI', ?, ?, 'Matriks otorisasi', ?, ?, ?, 'Penandatangan Uji', 'ppk', 'Uji',
          'LANGSUNG', current_timestamp, 'matriks')""", id, nomor, instansi, Math.abs(id.hashCode()), nip, nama,
        id.replace("-", "").substring(0, 32), "0".repeat(64), "%PDF-1.4 matriks".getBytes());
    sk.add(id);
    return nomor;
  }

  private String satu(String sql, Object arg) {
    return jdbc.queryForList(sql, String.class, arg).stream().findFirst().orElse(TIDAK_ADA);
  }

  private String dokumen(String operator, String kasusId) {
    var part = new HttpHeaders();
    part.setContentType(MediaType.IMAGE_PNG);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("jenis", "LAINNYA");
    body.add("berkas", new HttpEntity<>(new ByteArrayResource(PNG) {
      @Override
      public String getFilename() {
        return "matriks.png";
      }
    }, part));
    var created = rest.withBasicAuth(operator, "demo").postForEntity("/api/kasus/" + kasusId + "/dokumen", body,
        String.class);
    try {
      return created.getStatusCode().is2xxSuccessful() ? JSON.readTree(created.getBody()).get("id").asText() : TIDAK_ADA;
    } catch (Exception e) {
      return TIDAK_ADA;
    }
  }

  /** A batch of the agency with one refused row: it exists, and starts no case. */
  private String batch(String instansi, String operator) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", "matriks-" + instansi + "-" + UUID.randomUUID());
    var created = rest.withBasicAuth(operator, "demo").postForEntity("/api/batch/MUTASI",
        new HttpEntity<>("[{\"nip\":null}]", headers), String.class);
    try {
      return created.getStatusCode().is2xxSuccessful() ? JSON.readTree(created.getBody()).get("id").asText() : TIDAK_ADA;
    } catch (Exception e) {
      return TIDAK_ADA;
    }
  }
}
