package id.meritflow.platform.kasus;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cases the caller started (mutasi, KP, disiplin, pemutakhiran), newest first, with their current step. */
@RestController
@RequestMapping("/api/usulan-saya")
@Tag(name = "Usulan saya", description = "Kasus yang diajukan oleh pengguna yang masuk")
class UsulanSayaController {

  private final UsulanSayaService service;

  UsulanSayaController(UsulanSayaService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Kasus yang saya ajukan, terbaru lebih dulu, dengan langkah yang sedang berjalan (paling banyak 100 per halaman)")
  List<UsulanSaya> list(Caller caller, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return service.milik(caller.userId(), Math.max(0, page), Math.min(100, Math.max(1, size)));
  }
}
