package id.meritflow.kenaikanpangkat.verifikasi;

import id.meritflow.platform.engine.TeksPanjang;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.kenaikanpangkat.VariabelKp;
import id.meritflow.kenaikanpangkat.domain.AturanKp;
import id.meritflow.kenaikanpangkat.domain.DaftarAturanKp;
import id.meritflow.kenaikanpangkat.domain.HasilAturanKp;
import id.meritflow.kenaikanpangkat.domain.JenisKenaikanPangkat;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import id.meritflow.kenaikanpangkat.domain.RuteKp;
import id.meritflow.kenaikanpangkat.domain.StatusAturanKp;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.web.NotFoundException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Builds the verifier's view of a promotion task from the case's variables and the registry. The
 * task is looked up as the caller (authorizations and tenant checks apply), so a task the caller
 * may not work on is simply not found.
 */
@Service
class RingkasanVerifikasiKpService {

  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
  private static final TypeReference<List<HasilAturanKp>> HASIL = new TypeReference<>() {};

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final ObjectMapper json;
  private final Map<String, String> judul = DaftarAturanKp.SEMUA.stream()
      .collect(Collectors.toMap(AturanKp::kode, AturanKp::nama));

  RingkasanVerifikasiKpService(TaskService tasks, RuntimeService runtime, PegawaiDirectory pegawai,
      OrganisasiDirectory organisasi, ObjectMapper json) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.json = json;
  }

  RingkasanVerifikasiKp untukTugas(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey("kenaikan-pangkat").singleResult();
    if (task == null) {
      throw new NotFoundException("TUGAS_TIDAK_DITEMUKAN", "Tugas tidak ditemukan.");
    }
    Map<String, Object> v = runtime.getVariables(task.getExecutionId());
    String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    Pegawai p = pegawai.find(teks(v, VariabelKp.NIP)).map(pr -> pr.pegawai()).orElseThrow(() ->
        new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai kasus ini tidak ada lagi di registri."));
    Optional<LocalDate> tmt = Optional.ofNullable(teks(v, VariabelKp.TMT)).map(LocalDate::parse);
    return new RingkasanVerifikasiKp(businessKey, pegawai(p),
        new RingkasanVerifikasiKp.Usulan(
            jenis(teks(v, VariabelKp.JENIS)),
            PeriodeKp.parse(teks(v, VariabelKp.PERIODE)).map(PeriodeKp::nama).orElse("—"),
            Optional.ofNullable(teks(v, VariabelKp.GOLONGAN_TUJUAN)).flatMap(Golongan::fromKode)
                .map(RingkasanVerifikasiKpService::golongan).orElse("—"),
            tmt.map(TANGGAL::format).orElse("—"),
            tmt.map(t -> lama(p.tmtGolongan(), t)).orElse("—"),
            Optional.ofNullable(teks(v, VariabelKp.MASA_KERJA)).orElse("—"),
            penetapan(teks(v, VariabelKp.RUTE))),
        kesimpulan(teks(v, VariabelKp.KESIMPULAN)),
        aturan(teks(v, VariabelKp.HASIL)));
  }

  private RingkasanVerifikasiKp.Pegawai pegawai(Pegawai p) {
    Optional<Jabatan> jabatan = Optional.ofNullable(p.jabatanId()).flatMap(organisasi::jabatan);
    String unit = Optional.ofNullable(p.unitKerjaId()).flatMap(organisasi::unitKerja).map(u -> u.nama()).orElse("—");
    String instansi = Optional.ofNullable(p.instansiId()).flatMap(organisasi::instansi).map(i -> i.nama()).orElse("—");
    return new RingkasanVerifikasiKp.Pegawai(p.nama(), p.nip(), golongan(p.golongan()),
        jabatan.map(Jabatan::nama).orElse("Pelaksana"), unit, instansi);
  }

  /** Failed rules first, then postponed, then those needing verification, then the passed ones. */
  private List<RingkasanVerifikasiKp.Aturan> aturan(String hasilJson) {
    if (hasilJson == null) {
      return List.of();
    }
    List<HasilAturanKp> hasil;
    try {
      hasil = json.readValue(hasilJson, HASIL);
    } catch (Exception e) {
      throw new IllegalStateException("hasil pemeriksaan kasus tidak terbaca", e);
    }
    return hasil.stream()
        .sorted(Comparator.comparing(HasilAturanKp::status, Comparator.reverseOrder()))
        .map(h -> new RingkasanVerifikasiKp.Aturan(h.kode(), judul.getOrDefault(h.kode(), "Aturan kenaikan pangkat"),
            status(h.status()), h.pesan(), h.status() != StatusAturanKp.LULUS))
        .toList();
  }

  static String status(StatusAturanKp s) {
    return switch (s) {
      case GAGAL -> "Tidak memenuhi";
      case DITUNDA -> "Ditunda";
      case PERLU_VERIFIKASI -> "Perlu verifikasi";
      case LULUS -> "Memenuhi";
    };
  }

  static String kesimpulan(String kesimpulan) {
    if (kesimpulan == null) {
      return null;
    }
    return switch (StatusAturanKp.valueOf(kesimpulan)) {
      case GAGAL -> "Ada syarat yang tidak terpenuhi";
      case DITUNDA -> "Ditunda karena kasus atau hukuman disiplin";
      case PERLU_VERIFIKASI -> "Dokumen perlu diverifikasi sebelum pertek diterbitkan";
      case LULUS -> "Semua syarat terpenuhi";
    };
  }

  /** The promotion type in words, never its enum name. */
  static String jenis(String kode) {
    return JenisKenaikanPangkat.parse(kode).map(j -> switch (j) {
      case REGULER -> "Reguler";
      case PILIHAN_STRUKTURAL -> "Pilihan (jabatan struktural)";
      case PILIHAN_FUNGSIONAL -> "Pilihan (jabatan fungsional)";
      case PENYESUAIAN_IJAZAH -> "Penyesuaian ijazah";
      case PRESTASI_LUAR_BIASA -> "Prestasi luar biasa";
    }).orElse("—");
  }

  static String penetapan(String rute) {
    if (rute == null) {
      return null;
    }
    return switch (RuteKp.valueOf(rute)) {
      case KEPPRES -> "Keputusan Presiden; SK ditandatangani langsung, tidak melalui delegasi";
      case DELEGASI -> "SK ditandatangani melalui delegasi PPK";
    };
  }

  /** "Penata (III/c)". */
  static String golongan(Golongan g) {
    return g.pangkat() + " (" + g.kode() + ")";
  }

  /** "4 tahun 3 bulan". */
  static String lama(LocalDate dari, LocalDate sampai) {
    Period p = Period.between(dari, sampai);
    return p.getYears() + " tahun " + p.getMonths() + " bulan";
  }

  private static String teks(Map<String, Object> v, String name) {
    return TeksPanjang.teks(v.get(name));
  }
}
