package id.meritflow.demo;

import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A few open cases so that Tasklist has work on the first demo start: proposals waiting for BKN's
 * verifier in two agencies, and returned ones waiting for each agency's operator. Runs after the
 * registry exists, and only once per database.
 *
 * <p>One of them is back-dated: started with the engine's clock set {@value #HARI_MUNDUR} days back,
 * so that its verification task is already past its 5-working-day SLA (escalated to the Kanreg head)
 * and Pantauan in Cockpit shows a breach on the first start. It is demo data, not a real delay.
 */
@Component
@Profile("demo")
@Order(DemoCases.ORDER)
class DemoCases implements ApplicationRunner {

  static final int ORDER = 100;
  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
  private static final String PROCESS = "pemutakhiran-pendidikan";
  static final int HARI_MUNDUR = 21;
  static final String KASUS_TERLAMBAT = "DEMO-PP-0004";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final PegawaiDirectory pegawai;
  private final JdbcTemplate jdbc;

  DemoCases(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
      PegawaiDirectory pegawai, JdbcTemplate jdbc) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.pegawai = pegawai;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("DEMO-%").count() > 0) {
      return;
    }
    propose("DEMO-PP-0001", DemoPegawai.DEWI_NIP, "S2", "Administrasi Publik", "Universitas Padjadjaran");
    propose("DEMO-PP-0002", DemoPegawai.SARI_NIP, "S2", "Psikologi Industri dan Organisasi", "Universitas Indonesia");
    returned(propose("DEMO-PP-0003", DemoPegawai.BUDI_NIP, "S3", "Ilmu Pemerintahan", "Institut Pemerintahan Dalam Negeri"));
    terlambat();
    log.info("Demo profile: started 4 demo cases of {} (one back-dated past its SLA)", PROCESS);
    skKenaikanPangkatTerakhir(DemoPegawai.DEWI_NIP);
  }

  /**
   * The decree of the employee's last promotion, as her rank history records it, signed by
   * delegation in the agency PPK's name: so that a new user finds an SK in the employee portal
   * (SK saya), in the PPK's list (SK atas nama saya) and can verify it at /verifikasi-sk.
   */
  private void skKenaikanPangkatTerakhir(String nip) {
    Pegawai p = pegawai.find(nip).orElseThrow().pegawai();
    runtimeService.startProcessInstanceByKey("penandatanganan-sk", "DEMO-SK-0001", Map.of("nip", nip,
        "jenisKeputusan", "KENAIKAN_PANGKAT", "golonganBaru", p.golongan().kode(), "tmt", p.tmtGolongan().toString()));
    log.info("Demo profile: started the signing of a demo SK for {}", nip);
  }

  /** A Jawa Barat employee's proposal started {@value #HARI_MUNDUR} days ago: its verification is overdue. */
  private void terlambat() {
    String nip = jdbc.queryForObject("select min(nip) from pegawai where instansi_id = ? and nip <> ?", String.class,
        DemoIdentities.JABAR, DemoPegawai.SARI_NIP);
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    try {
      ClockUtil.offset(offset - Duration.ofDays(HARI_MUNDUR).toMillis());
      propose(KASUS_TERLAMBAT, nip, "S3", "Ilmu Administrasi Negara", "Universitas Padjadjaran");
    } finally {
      ClockUtil.offset(offset);
    }
  }

  private String propose(String businessKey, String nip, String pendidikan, String bidang, String kampus) {
    return runtimeService.startProcessInstanceByKey(PROCESS, businessKey, Map.of(
        "nip", nip, "pendidikanBaru", pendidikan, "bidangPendidikan", bidang, "perguruanTinggi", kampus,
        "nomorIjazah", businessKey.replace("DEMO-PP", "IJZ"), "tanggalIjazah", "2026-08-28",
        "alasan", "Ijazah baru hasil tugas belajar")).getId();
  }

  private void returned(String processInstanceId) {
    String task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    taskService.complete(task, Map.of("keputusanVerifikasi", "TOLAK",
        "catatanVerifikasi", "Lampirkan ijazah yang telah dilegalisasi perguruan tinggi."));
  }
}
