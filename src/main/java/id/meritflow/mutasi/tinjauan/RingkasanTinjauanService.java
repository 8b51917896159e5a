package id.meritflow.mutasi.tinjauan;

import id.meritflow.platform.engine.TeksPanjang;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.dokumen.DokumenService;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.mutasi.InfoAturan;
import id.meritflow.mutasi.KategoriAlasan;
import id.meritflow.mutasi.PemeriksaanMutasi;
import id.meritflow.mutasi.RuteMutasi;
import id.meritflow.mutasi.StatusPemeriksaan;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import id.meritflow.rekomendasi.domain.KodeRisiko;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Builds the reviewer's view of a transfer task from the case's variables and the registry. The
 * task is looked up as the caller (authorizations and tenant checks apply), so a task the caller
 * may not work on is simply not found.
 */
@Service
class RingkasanTinjauanService {

  static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final DokumenService dokumen;
  private final Map<String, InfoAturan> aturan;
  private final ObjectMapper json = new ObjectMapper();

  RingkasanTinjauanService(TaskService tasks, RuntimeService runtime, PegawaiDirectory pegawai,
      OrganisasiDirectory organisasi, PemeriksaanMutasi pemeriksaan, DokumenService dokumen) {
    this.dokumen = dokumen;
    this.tasks = tasks;
    this.runtime = runtime;
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.aturan = pemeriksaan.daftar().info().stream().collect(Collectors.toMap(InfoAturan::kode, Function.identity()));
  }

  RingkasanTinjauan untukTugas(Caller caller, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey("mutasi").singleResult();
    if (task == null) {
      throw new NotFoundException("TUGAS_TIDAK_DITEMUKAN", "Tugas tidak ditemukan.");
    }
    Map<String, Object> v = runtime.getVariables(task.getExecutionId());
    String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    Pegawai p = pegawai.find(teks(v, "nip")).map(pr -> pr.pegawai()).orElseThrow(() ->
        new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai kasus ini tidak ada lagi di registri."));
    return new RingkasanTinjauan(
        task.getProcessInstanceId(),
        businessKey,
        new RingkasanTinjauan.Orang(p.nama(), p.nip(), p.golongan().pangkat() + " (" + p.golongan().kode() + ")"),
        posisi(Optional.ofNullable(p.jabatanId()), p.unitKerjaId(), p.instansiId(), false),
        posisi(Optional.ofNullable(teks(v, "jabatanTujuanId")), teks(v, "unitKerjaTujuanId"), teks(v, "instansiTujuanId"), true),
        tanggal(teks(v, "tmt")),
        rute(teks(v, "rute")),
        alasan(teks(v, "alasanKategori")),
        teks(v, "alasanUraian"),
        Boolean.TRUE.equals(v.get("atasPermintaanSendiri")),
        kesimpulan(teks(v, "kesimpulanPemeriksaan")),
        aturan(teks(v, "hasilPemeriksaan")),
        risiko(teks(v, "risikoMutasi")),
        teks(v, "penjelasanRekomendasi"),
        v.get("skorKecocokan") instanceof Number n ? String.format(Locale.forLanguageTag("id-ID"), "%.1f", n.doubleValue()) : null,
        dokumen.daftarBilaBoleh(caller, task.getProcessInstanceId()));
  }

  private RingkasanTinjauan.Posisi posisi(Optional<String> jabatanId, String unitKerjaId, String instansiId, boolean tujuan) {
    Optional<Jabatan> j = jabatanId.flatMap(organisasi::jabatan);
    String unit = Optional.ofNullable(j.map(Jabatan::unitKerjaId).orElse(unitKerjaId)).flatMap(organisasi::unitKerja)
        .map(u -> u.nama()).orElse("—");
    String instansi = Optional.ofNullable(j.map(Jabatan::instansiId).orElse(instansiId)).flatMap(organisasi::instansi)
        .map(i -> i.nama()).orElse("—");
    String syarat = j.map(x -> "Golongan " + x.golonganMin().kode() + " s.d. " + x.golonganMax().kode()
        + (x.pendidikanMin() != null ? ", pendidikan minimal " + x.pendidikanMin().name() : "")).orElse(null);
    return new RingkasanTinjauan.Posisi(j.map(Jabatan::nama).orElse(tujuan ? "—" : "Pelaksana"), unit, instansi,
        tujuan ? syarat : null, tujuan ? j.map(Jabatan::lowong).orElse(null) : null);
  }

  /** Failed rules first, then those waiting for approval, then the passed ones; each as a sentence. */
  private List<RingkasanTinjauan.Aturan> aturan(String hasilJson) {
    if (hasilJson == null) {
      return List.of();
    }
    List<StatusPemeriksaan> urutan = List.of(StatusPemeriksaan.GAGAL, StatusPemeriksaan.PERLU_PERSETUJUAN, StatusPemeriksaan.LULUS);
    List<JsonNode> rows = new ArrayList<>();
    try {
      json.readTree(hasilJson).forEach(rows::add);
    } catch (Exception e) {
      throw new IllegalStateException("hasil pemeriksaan kasus tidak terbaca", e);
    }
    return rows.stream()
        .sorted(Comparator.comparingInt(r -> urutan.indexOf(StatusPemeriksaan.valueOf(r.path("status").asText()))))
        .map(r -> {
          StatusPemeriksaan s = StatusPemeriksaan.valueOf(r.path("status").asText());
          String kode = r.path("kode").asText();
          String pesan = r.path("pesan").asText();
          InfoAturan info = aturan.get(kode);
          if (info == null) {
            // not a merit rule but a field the check could not read (ProsesMutasi turns those into GAGAL
            // results): named by its field, without the problem code, which is no rule's code
            String isian = r.path("fakta").path("isian").asText("");
            return new RingkasanTinjauan.Aturan(null, "Isian usulan: " + isian(isian), status(s),
                pesanIsian(kode, isian, pesan), true);
          }
          return new RingkasanTinjauan.Aturan(kode, info.judul(), status(s), pesan, s != StatusPemeriksaan.LULUS);
        }).toList();
  }

  /** A proposal's field in words, as within a sentence. */
  static String isian(String field) {
    return switch (field.replaceAll("[.\\[].*", "")) {
      case "nip" -> "pegawai";
      case "instansiTujuanId" -> "instansi tujuan";
      case "unitKerjaTujuanId" -> "unit kerja tujuan";
      case "jabatanTujuanId" -> "jabatan tujuan";
      case "tmt" -> "TMT";
      case "tanggalUsulan" -> "tanggal usulan";
      case "rute" -> "rute mutasi";
      case "alasan" -> "alasan";
      case "dokumenPersetujuan" -> "dokumen persetujuan";
      default -> "isian lain";
    };
  }

  /** The validator's sentence, with field and route names (written for API clients) in words. */
  static String pesanIsian(String kode, String field, String pesan) {
    if ("WAJIB_DIISI".equals(kode)) {
      String nama = isian(field);
      return nama.substring(0, 1).toUpperCase(Locale.ROOT) + nama.substring(1) + " wajib diisi.";
    }
    String teks = pesan;
    for (RuteMutasi r : RuteMutasi.values()) {
      teks = teks.replace(r.name(), "\u201c" + rute(r.name()).split(";")[0].toLowerCase(Locale.ROOT) + "\u201d");
    }
    return teks;
  }

  static String status(StatusPemeriksaan s) {
    return switch (s) {
      case GAGAL -> "Tidak memenuhi";
      case PERLU_PERSETUJUAN -> "Perlu persetujuan";
      case LULUS -> "Memenuhi";
    };
  }

  private List<String> risiko(String risikoJson) {
    if (risikoJson == null) {
      return List.of();
    }
    try {
      List<String> labels = new ArrayList<>();
      for (JsonNode k : json.readTree(risikoJson)) {
        labels.add(KodeRisiko.valueOf(k.asText()).label());
      }
      return labels;
    } catch (Exception e) {
      throw new IllegalStateException("kode risiko kasus tidak terbaca", e);
    }
  }

  static String tanggal(String iso) {
    return iso == null ? null : LocalDate.parse(iso).format(TANGGAL);
  }

  static String rute(String rute) {
    if (rute == null) {
      return null;
    }
    return switch (RuteMutasi.valueOf(rute)) {
      case DALAM_INSTANSI -> "Dalam satu instansi (rotasi); pertek oleh tim penilai kinerja internal";
      case ANTAR_INSTANSI_SATU_PROVINSI -> "Antarinstansi dalam satu provinsi; pertek Kantor Regional BKN";
      case ANTAR_PROVINSI -> "Antarprovinsi; pertek Kepala BKN";
      case PUSAT_DAERAH -> "Pusat–daerah atau antarinstansi pusat; pertek Kepala BKN";
    };
  }

  static String alasan(String kategori) {
    if (kategori == null) {
      return null;
    }
    return switch (KategoriAlasan.valueOf(kategori)) {
      case PELANGGARAN -> "Pelanggaran oleh pejabat";
      case TIDAK_MEMENUHI_SYARAT -> "Pejabat tidak lagi memenuhi syarat";
      case PENGEMBANGAN_KARIER -> "Pengembangan karier";
      case ROTASI -> "Rotasi berkala";
      case LAINNYA -> "Lainnya";
    };
  }

  static String kesimpulan(String kesimpulan) {
    if (kesimpulan == null) {
      return null;
    }
    return switch (kesimpulan) {
      case "LULUS" -> "Semua syarat terpenuhi";
      case "PERLU_PERSETUJUAN" -> "Menunggu dokumen persetujuan";
      case "GAGAL" -> "Ada syarat yang tidak terpenuhi";
      default -> kesimpulan;
    };
  }

  private static String teks(Map<String, Object> v, String name) {
    return TeksPanjang.teks(v.get(name));
  }
}
