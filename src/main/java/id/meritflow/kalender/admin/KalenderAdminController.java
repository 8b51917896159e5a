package id.meritflow.kalender.admin;

import id.meritflow.kalender.HariLibur;
import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar as it counts, and the admin's corrections (docs/kalender.md). */
@RestController
@RequestMapping("/api/kalender")
class KalenderAdminController {

  record HariLiburView(LocalDate tanggal, String nama, String jenis, boolean terkonfirmasi, String sumber) {}

  record KoreksiView(LocalDate tanggal, boolean libur, String nama, String jenis, String alasan, String diubahOleh,
      Instant diubahPada) {}

  record KalenderView(int tahun, Set<Integer> tahunBerdata, List<HariLiburView> hariLibur, List<KoreksiView> koreksi) {}

  record HasilUbahan(String pesan, int timerDiperbarui) {}

  private final KalenderHariKerja kalender;
  private final KalenderAdminService service;
  private final Clock clock;
  private final ZoneId zona;

  KalenderAdminController(KalenderHariKerja kalender, KalenderAdminService service, Clock clock, ZoneId zona) {
    this.kalender = kalender;
    this.service = service;
    this.clock = clock;
    this.zona = zona;
  }

  @GetMapping("/hari-libur")
  KalenderView hariLibur(Caller caller, @RequestParam Optional<Integer> tahun) {
    int year = tahun(tahun);
    List<KoreksiView> koreksi = service.koreksi(year).stream().map(k -> new KoreksiView(k.ubahan().tanggal(),
        k.ubahan().libur().isPresent(), k.ubahan().libur().map(HariLibur::nama).orElse(null),
        k.ubahan().libur().map(l -> l.jenis().name()).orElse(null), k.alasan(), k.diubahOleh(), k.diubahPada())).toList();
    Set<LocalDate> dikoreksi = new TreeSet<>(koreksi.stream().map(KoreksiView::tanggal).toList());
    List<HariLiburView> hari = kalender.hariLiburTahun(year).stream().map(l -> new HariLiburView(l.tanggal(), l.nama(),
        l.jenis().name(), l.terkonfirmasi(), dikoreksi.contains(l.tanggal()) ? "KOREKSI_ADMIN" : "BERKAS")).toList();
    return new KalenderView(year, new TreeSet<>(kalender.tahunBerdata()), hari, koreksi);
  }

  @GetMapping("/hari-libur/jejak")
  List<UbahanHariLiburRepository.Jejak> jejak(Caller caller, @RequestParam Optional<Integer> tahun) {
    return service.jejak(tahun(tahun));
  }

  @PutMapping("/hari-libur/{tanggal}")
  HasilUbahan tetapkan(Caller caller, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
      @RequestBody KalenderAdminService.Permintaan permintaan) {
    int timer = service.tetapkan(caller, tanggal, permintaan);
    return new HasilUbahan("Kalender " + tanggal + " diperbarui.", timer);
  }

  @PostMapping("/hari-libur/pemindahan")
  HasilUbahan pindahkan(Caller caller, @RequestBody KalenderAdminService.Pemindahan pemindahan) {
    int timer = service.pindahkan(caller, pemindahan);
    return new HasilUbahan("Hari libur " + pemindahan.dari() + " dipindahkan ke " + pemindahan.ke() + ".", timer);
  }

  @DeleteMapping("/hari-libur/{tanggal}/koreksi")
  HasilUbahan hapusKoreksi(Caller caller, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
      @RequestParam Optional<String> alasan) {
    int timer = service.hapusKoreksi(caller, tanggal, alasan.orElse(null));
    return new HasilUbahan("Koreksi " + tanggal + " dihapus; berlaku lagi data berkas.", timer);
  }

  private int tahun(Optional<Integer> tahun) {
    int year = tahun.orElse(LocalDate.now(clock.withZone(zona)).getYear());
    if (year < 2000 || year > 2100) {
      throw new InvalidRequestException(List.of(new FieldViolation("tahun", "TAHUN_TIDAK_VALID", "Tahun antara 2000 dan 2100.")));
    }
    return year;
  }
}
