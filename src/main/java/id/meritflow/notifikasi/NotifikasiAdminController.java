package id.meritflow.notifikasi;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ConflictException;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox as the administrator reads it: recipient, channel, status, attempts, last error. */
@RestController
@RequestMapping("/api/admin/notifikasi")
@Tag(name = "Notifikasi (admin)", description = "Antrean notifikasi: status pengiriman dan kirim ulang")
class NotifikasiAdminController {

  private final NotifikasiRepository repository;
  private final Clock clock;

  NotifikasiAdminController(NotifikasiRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Antrean notifikasi, terbaru lebih dulu; saring menurut status, kanal, penerima, instansi atau kasus")
  List<Notifikasi> cari(Caller caller, @RequestParam Optional<String> status, @RequestParam Optional<String> kanal,
      @RequestParam Optional<String> penerima, @RequestParam Optional<String> instansiId,
      @RequestParam Optional<String> kasusId, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    wajibAdmin(caller);
    status.ifPresent(NotifikasiAdminController::statusValid);
    int batas = Math.min(500, Math.max(1, size));
    return repository.cari(status, kanal, penerima, instansiId, kasusId, batas, Math.max(0, page) * batas);
  }

  @PostMapping("/{id}/kirim-ulang")
  @Operation(summary = "Kirim ulang notifikasi yang GAGAL (percobaan dimulai dari awal)")
  Notifikasi kirimUlang(@PathVariable String id, Caller caller) {
    wajibAdmin(caller);
    var row = repository.satu(id).orElseThrow(() -> new NotFoundException("NOTIFIKASI_TIDAK_DITEMUKAN",
        "Notifikasi " + id + " tidak ditemukan."));
    if (!repository.kirimUlang(id, clock.instant())) {
      throw new ConflictException("NOTIFIKASI_TIDAK_GAGAL",
          "Hanya notifikasi berstatus GAGAL yang dapat dikirim ulang; status notifikasi ini " + row.status() + ".");
    }
    return repository.satu(id).orElseThrow();
  }

  private static void wajibAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException("BUKAN_ADMIN", "Antrean notifikasi hanya dapat dibaca oleh administrator.");
    }
  }

  private static void statusValid(String status) {
    if (Arrays.stream(StatusNotifikasi.values()).noneMatch(s -> s.name().equals(status))) {
      throw new InvalidRequestException(List.of(new FieldViolation("status", "STATUS_TIDAK_DIKENAL",
          "Status notifikasi tidak dikenal. Pilihan: " + Arrays.toString(StatusNotifikasi.values()) + ".")));
    }
  }
}
