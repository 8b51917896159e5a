package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/pegawai")
@Tag(name = "Pegawai", description = "Data induk pegawai ASN")
class PegawaiController {

  private final PegawaiQueryService queries;
  private final PegawaiService service;

  PegawaiController(PegawaiQueryService queries, PegawaiService service) {
    this.queries = queries;
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Daftar pegawai per halaman (ukuran paling banyak 200); dengan cari: pencarian nama atau NIP",
      description = "Tanpa cari: data lengkap pegawai, urut nama. Dengan cari (paling sedikit 2 karakter): angka "
          + "dicari sebagai awal NIP, selain itu setiap kata harus ada dalam nama; hasilnya ringkasan "
          + "(nip, nama, instansi, unit kerja, jabatan beserta namanya, golongan seperti \"III/c — Penata\"), "
          + "NIP yang persis sama lebih dulu, lalu urut nama. Hanya instansi yang boleh dibaca pemanggil.")
  Halaman<?> list(Caller caller, @RequestParam Optional<String> cari, @RequestParam Optional<String> instansiId,
      @RequestParam Optional<String> unitKerjaId, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (cari.isPresent()) {
      return queries.cari(caller, cari.get(), instansiId, unitKerjaId, page, size);
    }
    return queries.page(caller, instansiId, unitKerjaId, page, size);
  }

  @GetMapping("/{nip}")
  @Operation(summary = "Profil lengkap pegawai: data, kinerja, disiplin, riwayat pangkat dan jabatan")
  PegawaiProfil get(Caller caller, @PathVariable String nip) {
    return queries.profil(caller, nip);
  }

  @PostMapping
  @Operation(summary = "Daftarkan pegawai baru beserta kinerja dan riwayat awal")
  ResponseEntity<PegawaiProfil> create(Caller caller, @RequestBody PegawaiRequest request) {
    Pegawai created = service.create(caller, request);
    return ResponseEntity.created(URI.create("/api/pegawai/" + created.nip()))
        .body(queries.profil(caller, created.nip()));
  }

  @PutMapping("/{nip}")
  @Operation(summary = "Ubah data pegawai yang bukan riwayat (dengan pemeriksaan versi)")
  Pegawai update(Caller caller, @PathVariable String nip, @RequestBody PegawaiUpdateRequest request) {
    return service.update(caller, nip, request);
  }
}
