package id.meritflow.platform.audit;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/jejak")
@Tag(name = "Jejak audit", description = "Jejak audit kasus: siapa, kapan, mengapa")
class JejakController {

  private final JejakAudit jejak;

  JejakController(JejakAudit jejak) {
    this.jejak = jejak;
  }

  /** A case's audit trail: staff of the case's agency, or the employee the case is about. */
  @GetMapping("/kasus/{kasusId}")
  @Operation(summary = "Jejak audit sebuah kasus (termasuk sub-prosesnya)")
  List<Jejak> kasus(@PathVariable String kasusId, Caller caller) {
    List<Jejak> entries = jejak.kasus(kasusId);
    boolean allowed = !entries.isEmpty() && entries.stream().allMatch(e -> caller.isAdmin()
        || (e.instansiId() != null && caller.mayRead(e.instansiId()))
        || caller.nip().filter(nip -> nip.equals(e.nip())).isPresent());
    if (!allowed) {
      throw new NotFoundException("KASUS_TIDAK_DITEMUKAN", "Kasus " + kasusId + " tidak ditemukan.");
    }
    return entries;
  }
}
