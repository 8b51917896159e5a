package id.meritflow.kenaikanpangkat.verifikasi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The verifier's view of a promotion task, read by the verification form in Tasklist. */
@RestController
@RequestMapping("/api/kenaikan-pangkat/tugas")
@Tag(name = "Kenaikan pangkat", description = "Periode, aturan dan usulan kenaikan pangkat")
class VerifikasiKpController {

  private final RingkasanVerifikasiKpService ringkasan;

  VerifikasiKpController(RingkasanVerifikasiKpService ringkasan) {
    this.ringkasan = ringkasan;
  }

  @GetMapping("/{taskId}/ringkasan")
  @Operation(summary = "Ringkasan usulan untuk verifikator: pegawai, usulan, aturan yang perlu verifikasi atau gagal lebih dulu")
  RingkasanVerifikasiKp ringkasan(@PathVariable String taskId) {
    return ringkasan.untukTugas(taskId);
  }
}
