package id.meritflow.pelaksana;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ketidakhadiran")
@Tag(name = "Ketidakhadiran", description = "Pejabat berhalangan dan pelaksana (Plh/Plt) yang mengerjakan tugasnya")
class KetidakhadiranController {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KetidakhadiranController.class);

  private final PencatatanKetidakhadiran pencatatan;
  private final RekonsiliasiPelimpahan rekonsiliasi;
  private final KetidakhadiranRepository repository;
  private final DirektoriPengguna pengguna;

  KetidakhadiranController(PencatatanKetidakhadiran pencatatan, RekonsiliasiPelimpahan rekonsiliasi,
      KetidakhadiranRepository repository, DirektoriPengguna pengguna) {
    this.pencatatan = pencatatan;
    this.rekonsiliasi = rekonsiliasi;
    this.repository = repository;
    this.pengguna = pengguna;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Catat ketidakhadiran pejabat dan pelaksananya; tugas pejabat langsung dilimpahkan")
  KetidakhadiranView catat(@RequestBody PermintaanKetidakhadiran permintaan, Caller caller) {
    Ketidakhadiran k = pencatatan.catat(permintaan, caller);
    terapkanSekarang();
    return view(k, caller);
  }

  @PostMapping("/{id}/akhiri")
  @Operation(summary = "Akhiri ketidakhadiran sekarang; tugas kembali kepada pejabat")
  KetidakhadiranView akhiri(@PathVariable String id, Caller caller) {
    Ketidakhadiran k = pencatatan.akhiri(id, caller);
    terapkanSekarang();
    return view(k, caller);
  }

  @GetMapping
  @Operation(summary = "Ketidakhadiran saya (sebagai pejabat atau pelaksana) dan yang boleh saya kelola, belum lewat")
  List<KetidakhadiranView> daftar(Caller caller) {
    var sejak = pencatatan.hariIni();
    List<Ketidakhadiran> rows = caller.isAdmin() || caller.inGroup(Caller.GROUP_OPERATOR)
        ? repository.sejak(sejak) : repository.melibatkan(List.of(caller.userId()), sejak);
    return rows.stream().filter(k -> terlihat(k, caller)).map(k -> view(k, caller)).toList();
  }

  @GetMapping("/calon-pelaksana")
  @Operation(summary = "Pengguna yang dapat menjadi pelaksana bagi pejabat ini (instansi yang sama, bekerja di Tasklist)")
  List<CalonPelaksana> calon(@RequestParam(required = false) String pejabat, Caller caller) {
    String id = pejabat == null || pejabat.isBlank() ? caller.userId() : pejabat;
    Pengguna p = pengguna.cari(id).orElseThrow(() -> new InvalidRequestException(List.of(
        new FieldViolation("pejabat", "PEJABAT_TIDAK_DIKENAL", "Pejabat " + id + " tidak dikenal."))));
    if (!PencatatanKetidakhadiran.bolehMengelola(caller, p)) {
      throw new ForbiddenException("TIDAK_BERWENANG_MENCATAT", "Anda tidak berwenang mencatat ketidakhadiran " + p.nama() + ".");
    }
    return pengguna.calonPelaksana(p).stream().map(c -> new CalonPelaksana(c.id(), c.nama())).toList();
  }

  /** Pejabat who the caller may record an absence for (themselves, or their agencies' staff). */
  @GetMapping("/pejabat")
  @Operation(summary = "Pejabat yang ketidakhadirannya boleh saya catat")
  List<CalonPelaksana> pejabat(Caller caller) {
    return pengguna.pejabatYangDikelola(caller).stream().map(c -> new CalonPelaksana(c.id(), c.nama())).toList();
  }

  /** The absence is recorded either way; what fails now, the periodic pass does in a minute. */
  private void terapkanSekarang() {
    try {
      rekonsiliasi.jalankan();
    } catch (RuntimeException e) {
      log.warn("Pelimpahan tugas segera setelah pencatatan gagal; putaran berkala akan mengulanginya", e);
    }
  }

  private boolean terlihat(Ketidakhadiran k, Caller caller) {
    return caller.userId().equals(k.pejabat()) || caller.userId().equals(k.pelaksana())
        || pengguna.cari(k.pejabat()).map(p -> PencatatanKetidakhadiran.bolehMengelola(caller, p)).orElse(false);
  }

  private KetidakhadiranView view(Ketidakhadiran k, Caller caller) {
    var hari = pencatatan.hariIni();
    String status = k.diakhiriPada().isPresent() ? "DIAKHIRI" : k.berlakuPada(hari) ? "BERLAKU"
        : k.mulai().isAfter(hari) ? "AKAN_DATANG" : "SELESAI";
    boolean boleh = k.masihBerjalan(hari)
        && pengguna.cari(k.pejabat()).map(p -> PencatatanKetidakhadiran.bolehMengelola(caller, p)).orElse(false);
    return new KetidakhadiranView(k.id(), k.pejabat(), pengguna.nama(k.pejabat()), k.pelaksana(),
        pengguna.nama(k.pelaksana()), k.jenis(), k.mulai(), k.selesai(), k.alasan(), k.dicatatOleh(), k.dicatatPada(),
        k.diakhiriPada().orElse(null), status, boleh);
  }
}
