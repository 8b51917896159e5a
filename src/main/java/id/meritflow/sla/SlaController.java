package id.meritflow.sla;

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
@RequestMapping("/api/sla")
@Tag(name = "SLA", description = "Tenggat hari kerja langkah persetujuan")
class SlaController {

  private final SlaRepository repository;

  SlaController(SlaRepository repository) {
    this.repository = repository;
  }

  /** Every approval step of a case (its called sub-processes included): due, reminded, escalated, auto-approved. */
  @GetMapping("/kasus/{processInstanceId}")
  @Operation(summary = "Status SLA setiap langkah persetujuan sebuah kasus")
  List<LangkahSla> ofCase(@PathVariable String processInstanceId, Caller caller) {
    var tenant = repository.tenantOfCase(processInstanceId);
    if (tenant.isEmpty() || !caller.mayRead(tenant.get())) {
      throw new NotFoundException("KASUS_TIDAK_DITEMUKAN", "Kasus " + processInstanceId + " tidak ditemukan.");
    }
    return repository.ofCase(processInstanceId);
  }
}
