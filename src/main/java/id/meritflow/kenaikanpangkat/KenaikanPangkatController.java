package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.KenaikanPangkatConfiguration.HariIniKp;
import id.meritflow.kenaikanpangkat.domain.DaftarAturanKp;
import id.meritflow.kenaikanpangkat.domain.HasilAturanKp;
import id.meritflow.kenaikanpangkat.domain.KalenderPeriodeKp;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import id.meritflow.kenaikanpangkat.domain.StatusAturanKp;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Periods, rules and proposals of kenaikan pangkat. Proposals are submitted as a period's list
 * through {@code POST /api/batch/KENAIKAN_PANGKAT} (docs/batch.md); this API shows how each fared.
 */
@RestController
@RequestMapping("/api/kenaikan-pangkat")
class KenaikanPangkatController {

  record PeriodeView(String kode, String nama, LocalDate tmt, LocalDate dibuka, LocalDate batasPengajuan,
      KalenderPeriodeKp.Status status) {}

  record KalenderView(int tahun, LocalDate hariIni, List<String> terbuka, List<PeriodeView> periode) {}

  record AturanView(String kode, String nama, String dasarHukum) {}

  record PemeriksaanView(String kesimpulan, String golonganAsal, String golonganTujuan, String rute, String masaKerja,
      LocalDate tmt, List<HasilAturanKp> hasil) {}

  private final KalenderPeriodeKp kalender;
  private final HariIniKp hariIni;
  private final KenaikanPangkatQueryService query;
  private final KenaikanPangkatBatch baris;
  private final PemeriksaanKp pemeriksaan;

  KenaikanPangkatController(KalenderPeriodeKp kalender, HariIniKp hariIni, KenaikanPangkatQueryService query,
      KenaikanPangkatBatch baris, PemeriksaanKp pemeriksaan) {
    this.kalender = kalender;
    this.hariIni = hariIni;
    this.query = query;
    this.baris = baris;
    this.pemeriksaan = pemeriksaan;
  }

  /**
   * Dry run: screens one proposal as of today against every KP-* rule without starting a case or
   * writing anything, so an operator can check a list before submitting it.
   */
  @PostMapping("/pemeriksaan")
  PemeriksaanView periksa(Caller caller, @RequestBody BarisKenaikanPangkat usulan) {
    List<FieldViolation> errors = baris.validate(usulan, caller);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    UsulanKp u = UsulanKp.dari(usulan.nip(), usulan.jenis(), usulan.periode(), usulan.golonganTujuan(), hariIni.get());
    var h = pemeriksaan.periksa(u);
    return new PemeriksaanView(h.kesimpulan().name(), h.golonganAsal().kode(),
        h.golonganTujuan().map(Golongan::kode).orElse(null), h.rute().name(), h.masaKerja(),
        u.periode().tmt(), h.hasil());
  }

  @GetMapping("/periode")
  KalenderView periode(Caller caller, @RequestParam Optional<Integer> tahun) {
    LocalDate today = hariIni.get();
    int year = tahun.orElse(today.getYear());
    if (year < 2025 || year > 2100) {
      throw invalid("tahun", "TAHUN_TIDAK_VALID", "Tahun periode antara 2025 dan 2100 (12 periode berlaku sejak Oktober 2025).");
    }
    List<PeriodeView> periods = kalender.tahun(year).stream().map(p -> view(p, today)).toList();
    return new KalenderView(year, today, kalender.terbuka(today).stream().map(PeriodeKp::kode).toList(), periods);
  }

  @GetMapping("/aturan")
  List<AturanView> aturan(Caller caller) {
    return DaftarAturanKp.SEMUA.stream().map(a -> new AturanView(a.kode(), a.nama(), a.dasarHukum())).toList();
  }

  @GetMapping("/usulan")
  KenaikanPangkatQueryService.Halaman usulan(Caller caller, @RequestParam Optional<String> periode,
      @RequestParam Optional<String> batchId, @RequestParam Optional<String> kesimpulan,
      @RequestParam Optional<String> status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<FieldViolation> errors = new ArrayList<>();
    if (periode.isPresent() && PeriodeKp.parse(periode.get()).isEmpty()) {
      errors.add(new FieldViolation("periode", "PERIODE_TIDAK_VALID", "Periode dengan format TAHUN-BULAN, misalnya 2027-01."));
    }
    if (kesimpulan.isPresent() && Arrays.stream(StatusAturanKp.values()).noneMatch(k -> k.name().equals(kesimpulan.get()))) {
      errors.add(new FieldViolation("kesimpulan", "KESIMPULAN_TIDAK_VALID",
          "Kesimpulan salah satu dari LULUS, PERLU_VERIFIKASI, DITUNDA, GAGAL."));
    }
    Optional<StatusUsulanKp> st = status.flatMap(s -> Arrays.stream(StatusUsulanKp.values())
        .filter(x -> x.name().equals(s)).findFirst());
    if (status.isPresent() && st.isEmpty()) {
      errors.add(new FieldViolation("status", "STATUS_TIDAK_VALID", "Status usulan tidak dikenal."));
    }
    if (page < 0 || size < 1 || size > 500) {
      errors.add(new FieldViolation("size", "HALAMAN_TIDAK_VALID", "Halaman mulai 0; ukuran 1 sampai 500."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return query.list(caller, periode, batchId, kesimpulan, st, page, size);
  }

  @GetMapping("/usulan/{businessKey}")
  UsulanKpView usulan(Caller caller, @PathVariable String businessKey) {
    return query.get(caller, businessKey);
  }

  private PeriodeView view(PeriodeKp p, LocalDate today) {
    return new PeriodeView(p.kode(), p.nama(), p.tmt(), kalender.dibuka(p), kalender.batasPengajuan(p), kalender.status(p, today));
  }

  private static InvalidRequestException invalid(String field, String code, String message) {
    return new InvalidRequestException(List.of(new FieldViolation(field, code, message)));
  }
}
