package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Halaman;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.kasus.StatusKasus;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Starts a mutasi case for a proposal, lists an agency's cases, and shows a case to whoever may see it. */
@RestController
@RequestMapping("/api/mutasi")
@Tag(name = "Mutasi", description = "Usulan dan kasus mutasi pegawai")
class KasusMutasiController {

  static final int MAX_PAGE_SIZE = 200;

  private final PemeriksaanMutasi pemeriksaan;
  private final PegawaiDirectory pegawai;
  private final KasusMutasi kasus;
  private final DaftarKasusMutasi daftar;

  KasusMutasiController(PemeriksaanMutasi pemeriksaan, PegawaiDirectory pegawai, KasusMutasi kasus,
      DaftarKasusMutasi daftar) {
    this.pemeriksaan = pemeriksaan;
    this.pegawai = pegawai;
    this.kasus = kasus;
    this.daftar = daftar;
  }

  @GetMapping
  @Operation(summary = "Daftar kasus mutasi instansi pemanggil, terbaru lebih dulu (ukuran paling banyak 200)",
      description = "Saringan status: BERJALAN, SELESAI, DIBATALKAN; nip: kasus seorang pegawai. Setiap baris: nomor "
          + "usulan (businessKey), NIP dan nama pegawai, jabatan tujuan, langkah sekarang (atau akhir yang dicapai), "
          + "waktu mulai dan selesai, status. Pegawai hanya melihat kasusnya sendiri.")
  Halaman<RingkasanKasusMutasi> daftar(Caller caller, @RequestParam Optional<String> status,
      @RequestParam Optional<String> nip, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<FieldViolation> errors = new ArrayList<>();
    Optional<StatusKasus> st = status.flatMap(StatusKasus::parse);
    if (status.isPresent() && st.isEmpty()) {
      errors.add(new FieldViolation("status", "STATUS_TIDAK_VALID",
          "Status kasus salah satu dari BERJALAN, SELESAI, DIBATALKAN."));
    }
    if (nip.isPresent() && !nip.get().matches("\\d{18}")) {
      errors.add(new FieldViolation("nip", "NIP_FORMAT", "NIP harus terdiri atas tepat 18 angka."));
    }
    if (page < 0) {
      errors.add(new FieldViolation("page", "HALAMAN_TIDAK_VALID", "Halaman mulai dari 0."));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(new FieldViolation("size", "UKURAN_TIDAK_VALID", "Ukuran halaman 1 sampai " + MAX_PAGE_SIZE + "."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return daftar.halaman(saringan(caller, nip, st), page, size);
  }

  /** Staff: the agencies they read (all for an administrator); an employee: their own cases only. */
  private static DaftarKasusMutasi.Saringan saringan(Caller caller, Optional<String> nip,
      Optional<StatusKasus> status) {
    if (!caller.isStaff()) {
      // Another employee's NIP finds nothing, exactly like a NIP without cases.
      String own = caller.nip().orElse("");
      String only = nip.isEmpty() || nip.get().equals(own) ? own : "";
      return new DaftarKasusMutasi.Saringan(Optional.empty(), Optional.of(only), status);
    }
    Optional<Collection<String>> tenants = caller.isAdmin() ? Optional.empty()
        : Optional.of(caller.tenantIds().stream().filter(caller::mayRead).toList());
    return new DaftarKasusMutasi.Saringan(tenants, nip, status);
  }

  @PostMapping
  @Operation(summary = "Ajukan usulan mutasi (operator instansi pegawai); syarat diperiksa di dalam kasus")
  ResponseEntity<KasusMutasi.KasusBaru> ajukan(Caller caller, @RequestBody UsulanMutasi diajukan) {
    UsulanMutasi usulan = pemeriksaan.lengkapi(diajukan);
    if (usulan.nip() != null) {
      String instansi = pegawai.instansiOf(usulan.nip()).filter(caller::mayRead).orElseThrow(() ->
          new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan."));
      if (!caller.mayWrite(instansi)) {
        throw new ForbiddenException("MUTASI_TIDAK_BERWENANG",
            "Hanya operator instansi pegawai yang dapat mengajukan mutasi.");
      }
    }
    // Validation only (400 with every violation); the merit rules run in the case, where a
    // result needing approval or a correction can be acted on.
    pemeriksaan.validasi(usulan);
    KasusMutasi.KasusBaru baru = kasus.mulai(usulan);
    return ResponseEntity.created(URI.create("/api/mutasi/" + baru.businessKey())).body(baru);
  }

  @GetMapping("/{businessKey}")
  @Operation(summary = "Status satu kasus mutasi menurut nomor usulan")
  StatusMutasi status(Caller caller, @PathVariable String businessKey) {
    return kasus.status(businessKey).filter(s -> bolehMelihat(caller, s)).orElseThrow(() ->
        new NotFoundException("KASUS_MUTASI_TIDAK_DITEMUKAN", "Kasus mutasi tidak ditemukan."));
  }

  private static boolean bolehMelihat(Caller caller, StatusMutasi s) {
    if (caller.isStaff()) {
      return s.tenantId() != null && caller.mayRead(s.tenantId()) || caller.isAdmin();
    }
    return caller.nip().filter(nip -> nip.equals(s.nip())).isPresent();
  }
}
