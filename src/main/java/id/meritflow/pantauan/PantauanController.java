package id.meritflow.pantauan;

import id.meritflow.pantauan.Angka.BatchRingkas;
import id.meritflow.pantauan.Angka.DurasiLangkah;
import id.meritflow.pantauan.Angka.KasusTerbuka;
import id.meritflow.pantauan.Angka.KpAturan;
import id.meritflow.pantauan.Angka.KpInstansi;
import id.meritflow.pantauan.Angka.LangkahTerlambat;
import id.meritflow.pantauan.Angka.PeringatanDini;
import id.meritflow.pantauan.Angka.PersetujuanOtomatis;
import id.meritflow.pantauan.Angka.SlaTerlambat;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.rekomendasi.DistribusiTalenta;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors' figures (docs/pantauan.md), read-only, for the Cockpit plugin and as CSV. Every
 * table is scoped by {@link Cakupan}: a per-agency supervisor sees their agency, a national one
 * (BKN) every agency; {@code ?instansi=} narrows it to one agency within the scope.
 */
@RestController
@RequestMapping("/api/pantauan")
@Tag(name = "Pantauan", description = "Angka pemantauan supervisor (SLA, periode KP, batch, peringatan dini); "
    + "setiap tabel juga tersedia sebagai CSV dengan ?format=csv atau Accept: text/csv")
class PantauanController {

  private static final Pattern PERIODE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final String CSV = "Format jawaban: csv untuk berkas CSV (UTF-8, baris judul); tanpa ini JSON";

  private final PantauanRepository repository;
  private final PantauanService service;
  private final Clock clock;

  PantauanController(PantauanRepository repository, PantauanService service, Clock clock) {
    this.repository = repository;
    this.service = service;
    this.clock = clock;
  }

  /** Who the caller watches: national, or the listed agencies. */
  @GetMapping("/cakupan")
  @Operation(summary = "Cakupan pantauan pemanggil: nasional atau instansi tertentu")
  Cakupan cakupan(Caller caller) {
    return Cakupan.dari(caller);
  }

  @GetMapping("/kasus-terbuka")
  @Operation(summary = "Kasus berjalan per proses dan instansi, dengan umurnya sejak dimulai")
  ResponseEntity<List<KasusTerbuka>> kasusTerbuka(@RequestParam Optional<String> instansi,
      @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    return Csv.jawab(KasusTerbuka.class, repository.kasusTerbuka(cakupan, clock.instant()), "kasus-terbuka",
        format.orElse(null), accept);
  }

  @GetMapping("/sla/terlambat")
  @Operation(summary = "Langkah persetujuan terbuka yang melewati tenggat SLA, per instansi dan langkah")
  ResponseEntity<List<SlaTerlambat>> slaTerlambat(@RequestParam Optional<String> instansi,
      @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    return Csv.jawab(SlaTerlambat.class, repository.slaTerlambat(cakupan, clock.instant()), "sla-terlambat",
        format.orElse(null), accept);
  }

  @GetMapping("/sla/terlambat/langkah")
  @Operation(summary = "Daftar langkah yang melewati tenggat (paling lama dahulu, paling banyak 500), "
      + "dengan kasusnya untuk dibuka di Cockpit")
  ResponseEntity<List<LangkahTerlambat>> langkahTerlambat(@RequestParam Optional<String> instansi,
      @RequestParam Optional<String> langkah, @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    return Csv.jawab(LangkahTerlambat.class, repository.langkahTerlambat(cakupan, langkah, clock.instant()),
        "langkah-terlambat", format.orElse(null), accept);
  }

  @GetMapping("/sla/persetujuan-otomatis")
  @Operation(summary = "Persetujuan otomatis hari kerja ke-6 per minggu (Senin, WIB) dan instansi")
  ResponseEntity<List<PersetujuanOtomatis>> persetujuanOtomatis(@RequestParam Optional<String> instansi,
      @Parameter(description = "Jumlah minggu terakhir, 1 sampai 53 (bawaan 12)") @RequestParam(defaultValue = "12")
      int minggu, @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    rentang("minggu", minggu, 53);
    return Csv.jawab(PersetujuanOtomatis.class, service.persetujuanOtomatis(cakupan, minggu),
        "persetujuan-otomatis", format.orElse(null), accept);
  }

  @GetMapping("/sla/durasi")
  @Operation(summary = "Waktu penyelesaian per langkah (p50 dan p90, jam) atas langkah yang selesai dalam N hari")
  ResponseEntity<List<DurasiLangkah>> durasi(@RequestParam Optional<String> instansi,
      @Parameter(description = "Jumlah hari terakhir, 1 sampai 366 (bawaan 90)") @RequestParam(defaultValue = "90")
      int hari, @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    rentang("hari", hari, 366);
    return Csv.jawab(DurasiLangkah.class, service.durasi(cakupan, hari), "durasi-langkah", format.orElse(null),
        accept);
  }

  @GetMapping("/kp")
  @Operation(summary = "Periode kenaikan pangkat per instansi: diperiksa, memenuhi syarat, perlu verifikasi, "
      + "tidak memenuhi syarat, ditunda, ditolak, SK terbit (bawaan: periode terakhir)")
  ResponseEntity<List<KpInstansi>> kp(@RequestParam Optional<String> instansi,
      @Parameter(description = "Periode YYYY-MM (TMT); bawaan periode terakhir yang berisi usulan")
      @RequestParam Optional<String> periode, @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    var rows = service.periodeKp(periode(periode), cakupan).map(p -> service.kp(p, cakupan)).orElse(List.of());
    return Csv.jawab(KpInstansi.class, rows, "kp", format.orElse(null), accept);
  }

  @GetMapping("/kp/aturan")
  @Operation(summary = "Usulan kenaikan pangkat yang tidak memenuhi syarat atau ditunda, per instansi dan kode aturan")
  ResponseEntity<List<KpAturan>> kpAturan(@RequestParam Optional<String> instansi,
      @Parameter(description = "Periode YYYY-MM (TMT); bawaan periode terakhir yang berisi usulan")
      @RequestParam Optional<String> periode, @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    var rows = service.periodeKp(periode(periode), cakupan).map(p -> service.kpAturan(p, cakupan))
        .orElse(List.of());
    return Csv.jawab(KpAturan.class, rows, "kp-aturan", format.orElse(null), accept);
  }

  @GetMapping("/batch")
  @Operation(summary = "Batch terbaru (program mutasi, periode KP, dst.): baris, ditolak, dimulai, kasus selesai, "
      + "kasus dihentikan, insiden, dan instance Proses batch")
  ResponseEntity<List<BatchRingkas>> batch(@RequestParam Optional<String> instansi,
      @Parameter(description = "Jumlah batch terbaru, 1 sampai 100 (bawaan 20)") @RequestParam(defaultValue = "20")
      int jumlah, @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    rentang("jumlah", jumlah, 100);
    return Csv.jawab(BatchRingkas.class, repository.batch(cakupan, jumlah), "batch", format.orElse(null), accept);
  }

  @GetMapping("/disiplin")
  @Operation(summary = "Peringatan dini disiplin: jumlah pegawai yang ditandai per aturan dan instansi")
  ResponseEntity<List<PeringatanDini>> disiplin(@RequestParam Optional<String> instansi,
      @Parameter(description = "Tahun kehadiran; bawaan tahun ini") @RequestParam Optional<Integer> tahun,
      @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    return Csv.jawab(PeringatanDini.class, service.peringatanDini(cakupan, tahun), "peringatan-dini",
        format.orElse(null), accept);
  }

  @GetMapping("/talenta")
  @Operation(summary = "Sebaran 9-box talenta per instansi (pegawai yang jabatannya tercatat), dihitung sekali sehari")
  ResponseEntity<List<DistribusiTalenta.Kotak>> talenta(@RequestParam Optional<String> instansi,
      @Parameter(description = CSV) @RequestParam Optional<String> format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
    var cakupan = Cakupan.dari(caller).untuk(instansi);
    return Csv.jawab(DistribusiTalenta.Kotak.class, service.talenta(cakupan), "talenta", format.orElse(null),
        accept);
  }

  private static Optional<String> periode(Optional<String> periode) {
    if (periode.isPresent() && !PERIODE.matcher(periode.get()).matches()) {
      throw new InvalidRequestException(List.of(new FieldViolation("periode", "PERIODE_TIDAK_VALID",
          "Periode ditulis YYYY-MM, misalnya 2027-01.")));
    }
    return periode;
  }

  private static void rentang(String field, int nilai, int maks) {
    if (nilai < 1 || nilai > maks) {
      throw new InvalidRequestException(List.of(new FieldViolation(field, "RENTANG_TIDAK_VALID",
          "Nilai " + field + " harus 1 sampai " + maks + ".")));
    }
  }
}
