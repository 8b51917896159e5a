package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Instansi dan unit kerja", description = "Instansi (tenant) dan unit kerjanya")
class InstansiController {

  private final OrganisasiService service;

  InstansiController(OrganisasiService service) {
    this.service = service;
  }

  @GetMapping("/instansi")
  @Operation(summary = "Daftar instansi yang boleh dibaca pemanggil")
  List<Instansi> list(Caller caller) {
    return service.listInstansi(caller);
  }

  @GetMapping("/instansi/{id}")
  @Operation(summary = "Data satu instansi")
  Instansi get(Caller caller, @PathVariable String id) {
    return service.getInstansi(caller, id);
  }

  @PostMapping("/instansi")
  @Operation(summary = "Tambah instansi (khusus administrator)")
  ResponseEntity<Instansi> create(Caller caller, @RequestBody InstansiRequest request) {
    Instansi created = service.createInstansi(caller, request);
    return ResponseEntity.created(URI.create("/api/instansi/" + created.id())).body(created);
  }

  @PutMapping("/instansi/{id}")
  @Operation(summary = "Ubah instansi (khusus administrator)")
  Instansi update(Caller caller, @PathVariable String id, @RequestBody InstansiRequest request) {
    return service.updateInstansi(caller, id, request);
  }

  @GetMapping("/instansi/{id}/unit-kerja")
  @Operation(summary = "Daftar unit kerja sebuah instansi")
  List<UnitKerja> unitKerja(Caller caller, @PathVariable String id) {
    return service.listUnitKerja(caller, id);
  }

  @GetMapping("/unit-kerja")
  @Operation(summary = "Daftar unit kerja sebuah instansi (instansiId wajib)")
  List<UnitKerja> unitKerjaInstansi(Caller caller, @RequestParam Optional<String> instansiId) {
    String id = instansiId.filter(Access::present).orElseThrow(() ->
        Violations.invalid("instansiId", "WAJIB_DIISI", "Instansi wajib dipilih."));
    return service.listUnitKerja(caller, id);
  }

  @PostMapping("/unit-kerja")
  @Operation(summary = "Tambah unit kerja")
  ResponseEntity<UnitKerja> createUnitKerja(Caller caller, @RequestBody UnitKerjaRequest request) {
    UnitKerja created = service.createUnitKerja(caller, request);
    return ResponseEntity.created(URI.create("/api/instansi/" + created.instansiId() + "/unit-kerja")).body(created);
  }
}
