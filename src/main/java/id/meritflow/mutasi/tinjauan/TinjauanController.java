package id.meritflow.mutasi.tinjauan;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer's view of a transfer task, read by the review form in Tasklist. */
@RestController
@RequestMapping("/api/mutasi/tugas")
@Tag(name = "Mutasi", description = "Usulan dan kasus mutasi")
class TinjauanController {

  private final RingkasanTinjauanService ringkasan;

  TinjauanController(RingkasanTinjauanService ringkasan) {
    this.ringkasan = ringkasan;
  }

  @GetMapping("/{taskId}/ringkasan")
  @Operation(summary = "Ringkasan usulan untuk peninjau: nama, jabatan asal dan tujuan, syarat yang tidak terpenuhi lebih dulu, dokumen kasus")
  RingkasanTinjauan ringkasan(Caller caller, @PathVariable String taskId) {
    return ringkasan.untukTugas(caller, taskId);
  }
}
