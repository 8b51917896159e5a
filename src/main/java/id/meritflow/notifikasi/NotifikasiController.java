package id.meritflow.notifikasi;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app inbox: only their own notifications, whoever asks. */
@RestController
@RequestMapping("/api/notifikasi")
@Tag(name = "Notifikasi", description = "Kotak masuk pengguna yang masuk")
class NotifikasiController {

  record KotakMasuk(int belumDibaca, List<Notifikasi> notifikasi) {}

  record Ditandai(int jumlah) {}

  private final NotifikasiRepository repository;
  private final Clock clock;

  NotifikasiController(NotifikasiRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Notifikasi saya, terbaru lebih dulu (paling banyak 100 per halaman), dengan jumlah yang belum dibaca")
  KotakMasuk kotakMasuk(Caller caller, @RequestParam(defaultValue = "false") boolean belumDibaca,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    int batas = Math.min(100, Math.max(1, size));
    return new KotakMasuk(repository.jumlahBelumDibaca(caller.userId()),
        repository.kotakMasuk(caller.userId(), belumDibaca, batas, Math.max(0, page) * batas));
  }

  @PostMapping("/{id}/dibaca")
  @Operation(summary = "Tandai satu notifikasi saya sudah dibaca")
  Notifikasi dibaca(@PathVariable String id, Caller caller) {
    if (!repository.tandaiDibaca(id, caller.userId(), clock.instant())) {
      throw new NotFoundException("NOTIFIKASI_TIDAK_DITEMUKAN", "Notifikasi " + id + " tidak ditemukan di kotak masuk Anda.");
    }
    return repository.satu(id).orElseThrow();
  }

  @PostMapping("/dibaca-semua")
  @Operation(summary = "Tandai semua notifikasi saya sudah dibaca")
  Ditandai semuaDibaca(Caller caller) {
    return new Ditandai(repository.tandaiSemuaDibaca(caller.userId(), clock.instant()));
  }
}
