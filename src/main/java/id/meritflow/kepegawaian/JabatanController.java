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
@RequestMapping("/api/jabatan")
@Tag(name = "Jabatan", description = "Peta jabatan dan kebutuhan (formasi); lowong dihitung, tidak disimpan")
class JabatanController {

  private final JabatanService service;

  JabatanController(JabatanService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Daftar jabatan beserta jumlah lowong, dapat disaring per instansi, unit kerja dan status lowong")
  List<Jabatan> list(Caller caller, @RequestParam Optional<String> instansiId,
      @RequestParam Optional<String> unitKerjaId, @RequestParam Optional<Boolean> lowong) {
    return service.list(caller, instansiId.filter(Access::present), unitKerjaId.filter(Access::present), lowong);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Data satu jabatan beserta jumlah lowong")
  Jabatan get(Caller caller, @PathVariable String id) {
    return service.get(caller, id);
  }

  @PostMapping
  @Operation(summary = "Tambah jabatan")
  ResponseEntity<Jabatan> create(Caller caller, @RequestBody JabatanRequest request) {
    Jabatan created = service.create(caller, request);
    return ResponseEntity.created(URI.create("/api/jabatan/" + created.id())).body(created);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Ubah jabatan")
  Jabatan update(Caller caller, @PathVariable String id, @RequestBody JabatanRequest request) {
    return service.update(caller, id, request);
  }
}
