package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/pegawai/{nip}")
@Tag(name = "Riwayat pegawai", description = "Kinerja, kasus disiplin, riwayat pangkat dan jabatan")
class PegawaiRiwayatController {

  private final RiwayatService service;
  private final PegawaiQueryService queries;

  PegawaiRiwayatController(RiwayatService service, PegawaiQueryService queries) {
    this.service = service;
    this.queries = queries;
  }

  @PutMapping("/kinerja/{tahun}")
  @Operation(summary = "Catat predikat kinerja satu tahun")
  PegawaiProfil putKinerja(Caller caller, @PathVariable String nip, @PathVariable int tahun,
      @RequestBody KinerjaRequest request) {
    service.putKinerja(caller, nip, tahun, request);
    return queries.profil(caller, nip);
  }

  @PostMapping("/disiplin")
  @Operation(summary = "Catat kasus disiplin")
  ResponseEntity<PegawaiProfil> addDisiplin(Caller caller, @PathVariable String nip,
      @RequestBody DisiplinRequest request) {
    service.addDisiplin(caller, nip, request);
    return created(caller, nip);
  }

  @PostMapping("/riwayat-pangkat")
  @Operation(summary = "Tambah SK pangkat; golongan berjalan ikut berubah bila TMT sudah berlaku")
  ResponseEntity<PegawaiProfil> addPangkat(Caller caller, @PathVariable String nip,
      @RequestBody RiwayatPangkatRequest request) {
    service.addPangkat(caller, nip, request);
    return created(caller, nip);
  }

  @PostMapping("/riwayat-jabatan")
  @Operation(summary = "Tambah SK jabatan; jabatan berjalan ikut berubah bila TMT sudah berlaku")
  ResponseEntity<PegawaiProfil> addJabatan(Caller caller, @PathVariable String nip,
      @RequestBody RiwayatJabatanRequest request) {
    service.addJabatan(caller, nip, request);
    return created(caller, nip);
  }

  private ResponseEntity<PegawaiProfil> created(Caller caller, String nip) {
    return ResponseEntity.created(URI.create("/api/pegawai/" + nip)).body(queries.profil(caller, nip));
  }
}
