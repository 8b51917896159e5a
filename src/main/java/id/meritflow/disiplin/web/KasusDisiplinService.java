package id.meritflow.disiplin.web;

import id.meritflow.disiplin.proses.KasusDisiplinRepository;
import id.meritflow.disiplin.proses.VariabelDisiplin;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.TingkatHukuman;
import id.meritflow.platform.engine.SebagaiEngine;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.Roles;
import id.meritflow.platform.web.ConflictException;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens disciplinary cases (by a superior, or from attendance data), files objections and shows a
 * case. Callers are checked here; the cases are started as the engine, their tenant being the
 * employee's agency.
 */
@Service
class KasusDisiplinService {

  private static final String HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final DecisionService decisions;
  private final PegawaiDirectory pegawai;
  private final KasusDisiplinRepository kasus;
  private final SecureRandom random = new SecureRandom();

  KasusDisiplinService(RuntimeService runtime, HistoryService history, IdentityService identity,
      DecisionService decisions, PegawaiDirectory pegawai, KasusDisiplinRepository kasus) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.decisions = decisions;
    this.pegawai = pegawai;
    this.kasus = kasus;
  }

  @Transactional
  Jawaban.KasusDibuka buka(Caller caller, Permintaan.KasusBaru r) {
    List<FieldViolation> v = new ArrayList<>();
    if (r.nip() != null) {
      String instansi = pegawai.instansiOf(r.nip()).filter(caller::mayRead).orElseThrow(() ->
          new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan."));
      if (!caller.isAdmin() && !(caller.tenantIds().contains(instansi)
          && (caller.inGroup(Roles.GROUP_ATASAN) || caller.inGroup(Caller.GROUP_OPERATOR)))) {
        throw new ForbiddenException("DISIPLIN_TIDAK_BERWENANG",
            "Hanya atasan atau operator instansi pegawai yang dapat membuka kasus disiplin.");
      }
    } else {
      v.add(new FieldViolation("nip", "WAJIB_DIISI", "NIP wajib diisi."));
    }
    teks(v, "pelanggaran", r.pelanggaran(), "Uraian pelanggaran", 300);
    if (teks(v, "jenisPelanggaran", r.jenisPelanggaran(), "Jenis pelanggaran", 40)
        && !r.jenisPelanggaran().matches("[A-Z][A-Z0-9_]*")) {
      v.add(new FieldViolation("jenisPelanggaran", "FORMAT_TIDAK_VALID",
          "Jenis pelanggaran berupa kode huruf besar, mis. PENYALAHGUNAAN_WEWENANG (dibandingkan oleh DIS-BERULANG)."));
    }
    if (r.tanggalKasus() == null) {
      v.add(new FieldViolation("tanggalKasus", "WAJIB_DIISI", "Tanggal kasus wajib diisi."));
    } else if (r.tanggalKasus().isAfter(hariIni())) {
      v.add(new FieldViolation("tanggalKasus", "TANGGAL_MASA_DEPAN", "Tanggal kasus tidak boleh melewati hari ini."));
    }
    if (r.perkiraanTingkat() == null) {
      v.add(new FieldViolation("perkiraanTingkat", "WAJIB_DIISI", "Perkiraan tingkat hukuman wajib diisi."));
    } else if (TingkatHukuman.parse(r.perkiraanTingkat()).isEmpty()) {
      v.add(new FieldViolation("perkiraanTingkat", "TINGKAT_HUKUMAN_TIDAK_VALID",
          "Perkiraan tingkat hukuman harus RINGAN, SEDANG atau BERAT."));
    }
    if (!v.isEmpty()) {
      throw new InvalidRequestException(v);
    }
    Map<String, Object> var = new HashMap<>();
    var.put(VariabelDisiplin.PELANGGARAN, r.pelanggaran().trim());
    var.put(VariabelDisiplin.JENIS_PELANGGARAN, r.jenisPelanggaran());
    var.put(VariabelDisiplin.TANGGAL_KASUS, r.tanggalKasus().toString());
    var.put(VariabelDisiplin.SUMBER, "ATASAN");
    var.put(VariabelDisiplin.PERKIRAAN_TINGKAT, r.perkiraanTingkat());
    var.put(VariabelDisiplin.TIM_DIMINTA, Boolean.TRUE.equals(r.timDiminta()));
    return mulai(caller, r.nip(), var);
  }

  /** Stores the counts and opens a case per DIS-ABSEN band crossed; all or nothing. */
  @Transactional
  List<Jawaban.HasilKehadiran> kehadiran(Caller caller, Permintaan.Kehadiran r) {
    List<FieldViolation> v = new ArrayList<>();
    int tahunIni = hariIni().getYear();
    if (r.tahun() == null) {
      v.add(new FieldViolation("tahun", "WAJIB_DIISI", "Tahun wajib diisi."));
    } else if (r.tahun() < 2021 || r.tahun() > tahunIni) {
      v.add(new FieldViolation("tahun", "TAHUN_TIDAK_VALID", "Tahun harus antara 2021 (PP 94/2021) dan " + tahunIni + "."));
    }
    List<Permintaan.KehadiranPegawai> daftar = r.pegawai() == null ? List.of() : r.pegawai();
    if (daftar.isEmpty()) {
      v.add(new FieldViolation("pegawai", "WAJIB_DIISI", "Daftar kehadiran pegawai wajib diisi."));
    }
    Set<String> terlihat = new HashSet<>();
    for (int i = 0; i < daftar.size(); i++) {
      var k = daftar.get(i);
      String f = "pegawai[" + i + "].";
      if (k == null || k.nip() == null) {
        v.add(new FieldViolation(f + "nip", "WAJIB_DIISI", "NIP wajib diisi."));
        continue;
      }
      Optional<String> instansi = pegawai.instansiOf(k.nip()).filter(caller::mayRead);
      if (instansi.isEmpty()) {
        v.add(new FieldViolation(f + "nip", "PEGAWAI_TIDAK_DITEMUKAN", "Pegawai " + k.nip() + " tidak ditemukan."));
      } else if (!caller.mayWrite(instansi.get())) {
        throw new ForbiddenException("DISIPLIN_TIDAK_BERWENANG",
            "Hanya operator instansi pegawai yang dapat mengirim data kehadiran.");
      }
      if (!terlihat.add(k.nip())) {
        v.add(new FieldViolation(f + "nip", "NIP_GANDA", "NIP " + k.nip() + " muncul lebih dari sekali."));
      }
      if (k.hariTidakMasuk() == null || k.hariTidakMasuk() < 0 || k.hariTidakMasuk() > 366) {
        v.add(new FieldViolation(f + "hariTidakMasuk", "JUMLAH_TIDAK_VALID",
            "Jumlah hari tidak masuk harus 0 sampai 366."));
      }
      if (k.tidakMasukBeruntun() != null && (k.tidakMasukBeruntun() < 0
          || (k.hariTidakMasuk() != null && k.tidakMasukBeruntun() > k.hariTidakMasuk()))) {
        v.add(new FieldViolation(f + "tidakMasukBeruntun", "JUMLAH_TIDAK_VALID",
            "Hari tidak masuk berturut-turut harus 0 sampai jumlah hari tidak masuk."));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidRequestException(v);
    }
    List<Jawaban.HasilKehadiran> hasil = new ArrayList<>();
    for (var k : daftar) {
      int beruntun = k.tidakMasukBeruntun() == null ? 0 : k.tidakMasukBeruntun();
      kasus.simpanKehadiran(new KasusDisiplinRepository.Kehadiran(k.nip(), r.tahun(), k.hariTidakMasuk(), beruntun),
          ClockUtil.getCurrentTime().toInstant());
      Map<String, Object> masukan = Map.of(VariabelDisiplin.HARI_TIDAK_MASUK, k.hariTidakMasuk(),
          VariabelDisiplin.TIDAK_MASUK_BERUNTUN, beruntun);
      var dmn = tanpaOtorisasi(() -> decisions.evaluateDecisionTableByKey("dis-absen", masukan));
      if (dmn.getResultList().isEmpty()) {
        hasil.add(new Jawaban.HasilKehadiran(k.nip(), "DI_BAWAH_AMBANG", null, null));
        continue;
      }
      String jenis = dmn.getSingleResult().getEntry("jenisHukuman");
      Optional<String> ada = kasus.kasusKehadiran(k.nip(), r.tahun(), jenis);
      if (ada.isPresent()) {
        hasil.add(new Jawaban.HasilKehadiran(k.nip(), "SUDAH_ADA", jenis, ada.get()));
        continue;
      }
      Map<String, Object> var = new HashMap<>(masukan);
      var.put(VariabelDisiplin.PELANGGARAN, "Tidak masuk kerja tanpa alasan yang sah " + k.hariTidakMasuk()
          + " hari kerja pada tahun " + r.tahun() + (beruntun >= 10 ? " (" + beruntun + " hari kerja berturut-turut)" : ""));
      var.put(VariabelDisiplin.JENIS_PELANGGARAN, VariabelDisiplin.PELANGGARAN_ABSEN);
      var.put(VariabelDisiplin.TANGGAL_KASUS, hariIni().toString());
      var.put(VariabelDisiplin.SUMBER, "KEHADIRAN");
      var.put("tahunKehadiran", r.tahun());
      var.put(VariabelDisiplin.TIM_DIMINTA, false);
      var baru = mulai(caller, k.nip(), var);
      kasus.catatKasusKehadiran(k.nip(), r.tahun(), jenis, baru.id());
      hasil.add(new Jawaban.HasilKehadiran(k.nip(), "KASUS_DIBUKA", jenis, baru.id()));
    }
    return hasil;
  }

  Jawaban.Kasus lihat(Caller caller, String id) {
    var k = bolehLihat(caller, id);
    return tanpaOtorisasi(() -> {
      var hpi = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
          .processDefinitionKey(VariabelDisiplin.PROCESS_KEY).singleResult();
      List<String> aktif = hpi == null ? List.of() : history.createHistoricActivityInstanceQuery()
          .processInstanceId(hpi.getId()).unfinished().list().stream().map(HistoricActivityInstance::getActivityName)
          .filter(n -> n != null).distinct().toList();
      return new Jawaban.Kasus(k.id(), k.nip(), k.instansiId(), k.pelanggaran(), k.jenisPelanggaran(), k.tanggalKasus(),
          k.status(), k.tingkatHukuman(), k.jenisHukuman(), k.tmtHukuman(), k.akhirHukuman(), k.sumber(),
          hpi != null && hpi.getEndTime() == null, aktif, variabel(hpi == null ? null : hpi.getId(), "nomorSk"),
          variabel(hpi == null ? null : hpi.getId(), "pejabatBerwenang"));
    });
  }

  /** Keberatan / banding: only while the case waits for one (after delivery, before the deadline). */
  @Transactional
  void ajukanKeberatan(Caller caller, String id, Permintaan.Keberatan r) {
    var k = bolehLihat(caller, id);
    boolean diriSendiri = caller.nip().filter(k.nip()::equals).isPresent();
    if (!diriSendiri && !caller.mayWrite(k.instansiId())) {
      throw new ForbiddenException("DISIPLIN_TIDAK_BERWENANG",
          "Keberatan diajukan oleh pegawai yang bersangkutan atau operator instansinya.");
    }
    if (r == null || r.alasan() == null || r.alasan().isBlank() || r.alasan().length() > 2000) {
      throw new InvalidRequestException(List.of(new FieldViolation("alasan", "WAJIB_DIISI",
          "Alasan keberatan wajib diisi (paling banyak 2000 karakter).")));
    }
    tanpaOtorisasi(() -> {
      boolean menunggu = runtime.createExecutionQuery().processInstanceBusinessKey(id)
          .messageEventSubscriptionName(VariabelDisiplin.PESAN_KEBERATAN).count() > 0;
      if (!menunggu) {
        throw new ConflictException("KEBERATAN_TIDAK_DAPAT_DIAJUKAN", "Keberatan hanya dapat diajukan setelah "
            + "keputusan disampaikan dan sebelum batas waktu pengajuan, dan hanya sekali.");
      }
      runtime.createMessageCorrelation(VariabelDisiplin.PESAN_KEBERATAN).processInstanceBusinessKey(id)
          .setVariable("alasanKeberatan", r.alasan().trim()).setVariable("pengajuKeberatan", caller.userId())
          .correlateWithResult();
      return null;
    });
  }

  KasusDisiplinRepository.Baris bolehLihat(Caller caller, String id) {
    return kasus.find(id).filter(k -> caller.isStaff() ? caller.mayRead(k.instansiId())
        : caller.nip().filter(k.nip()::equals).isPresent()).orElseThrow(() ->
        new NotFoundException("KASUS_DISIPLIN_TIDAK_DITEMUKAN", "Kasus disiplin tidak ditemukan."));
  }

  private Jawaban.KasusDibuka mulai(Caller caller, String nip, Map<String, Object> variabel) {
    String id = nomorKasus();
    Map<String, Object> var = new HashMap<>(variabel);
    var.put(VariabelDisiplin.NIP, nip);
    var.put("pengusul", caller.userId());
    // The API checked the caller; the case is the agency's own, started as the engine.
    String prosesId = tanpaOtorisasi(() -> runtime.startProcessInstanceByKey(VariabelDisiplin.PROCESS_KEY, id, var).getId());
    return new Jawaban.KasusDibuka(id, prosesId);
  }

  private String variabel(String prosesId, String nama) {
    if (prosesId == null) {
      return null;
    }
    var v = history.createHistoricVariableInstanceQuery().processInstanceId(prosesId).variableName(nama).list();
    return v.isEmpty() || v.get(0).getValue() == null ? null : v.get(0).getValue().toString();
  }

  /** "DIS-2026-7KQ2M9XA": the year and 8 random letters, unambiguous when read aloud. */
  private String nomorKasus() {
    StringBuilder s = new StringBuilder("DIS-").append(hariIni().getYear()).append('-');
    for (int i = 0; i < 8; i++) {
      s.append(HURUF.charAt(random.nextInt(HURUF.length())));
    }
    return s.toString();
  }

  private static LocalDate hariIni() {
    return ClockUtil.getCurrentTime().toInstant().atZone(JAKARTA).toLocalDate();
  }

  private static boolean teks(List<FieldViolation> v, String field, String value, String label, int max) {
    if (value == null || value.isBlank()) {
      v.add(new FieldViolation(field, "WAJIB_DIISI", label + " wajib diisi."));
      return false;
    }
    if (value.length() > max) {
      v.add(new FieldViolation(field, "TERLALU_PANJANG", label + " paling banyak " + max + " karakter."));
      return false;
    }
    return true;
  }

  private <T> T tanpaOtorisasi(Supplier<T> action) {
    return SebagaiEngine.jalankan(identity, action);
  }
}
