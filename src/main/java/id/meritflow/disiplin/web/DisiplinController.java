package id.meritflow.disiplin.web;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disciplinary cases (PP 94/2021): intake, attendance data, objections, early warning. */
@RestController
@RequestMapping("/api/disiplin")
@Tag(name = "Disiplin", description = "Kasus disiplin, data kehadiran, keberatan dan peringatan dini")
class DisiplinController {

  private final KasusDisiplinService kasus;
  private final PeringatanDiniService peringatan;

  DisiplinController(KasusDisiplinService kasus, PeringatanDiniService peringatan) {
    this.kasus = kasus;
    this.peringatan = peringatan;
  }

  @PostMapping("/kasus")
  @Operation(summary = "Buka kasus disiplin (atasan atau operator instansi pegawai)")
  ResponseEntity<Jawaban.KasusDibuka> buka(Caller caller, @RequestBody Permintaan.KasusBaru permintaan) {
    var baru = kasus.buka(caller, permintaan);
    return ResponseEntity.created(URI.create("/api/disiplin/kasus/" + baru.id())).body(baru);
  }

  @PostMapping("/kehadiran")
  @Operation(summary = "Kirim data kehadiran setahun; membuka kasus bila ambang DIS-ABSEN terlampaui (idempoten)")
  List<Jawaban.HasilKehadiran> kehadiran(Caller caller, @RequestBody Permintaan.Kehadiran permintaan) {
    return kasus.kehadiran(caller, permintaan);
  }

  @GetMapping("/kasus/{id}")
  @Operation(summary = "Status kasus disiplin (staf instansi pegawai atau pegawai sendiri)")
  Jawaban.Kasus lihat(Caller caller, @PathVariable String id) {
    return kasus.lihat(caller, id);
  }

  @PostMapping("/kasus/{id}/keberatan")
  @Operation(summary = "Ajukan keberatan / banding administratif; menangguhkan hukuman")
  ResponseEntity<Jawaban.Kasus> keberatan(Caller caller, @PathVariable String id,
      @RequestBody Permintaan.Keberatan permintaan) {
    kasus.ajukanKeberatan(caller, id, permintaan);
    return ResponseEntity.accepted().body(kasus.lihat(caller, id));
  }

  @GetMapping("/peringatan-dini")
  @Operation(summary = "Peringatan dini per instansi untuk atasan: mendekati ambang, ringan berulang, atasan lalai")
  List<Jawaban.Peringatan> peringatanDini(Caller caller, @RequestParam(required = false) String instansiId,
      @RequestParam(required = false) Integer tahun) {
    String instansi = instansiId;
    if (instansi == null) {
      if (caller.tenantIds().size() != 1) {
        throw new InvalidRequestException(List.of(new FieldViolation("instansiId", "WAJIB_DIISI",
            "Pilih instansi: akun ini terhubung ke lebih dari satu instansi.")));
      }
      instansi = caller.tenantIds().get(0);
    }
    if (!caller.isStaff() || !caller.mayRead(instansi)) {
      throw new NotFoundException("INSTANSI_TIDAK_DITEMUKAN", "Instansi tidak ditemukan.");
    }
    int t = tahun != null ? tahun : ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Jakarta")).getYear();
    return peringatan.daftar(instansi, t);
  }
}
