package id.meritflow.mutasi;

import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.NotFoundException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts a mutasi case for a proposal, and shows a case to whoever may see it. */
@RestController
@RequestMapping("/api/mutasi")
class KasusMutasiController {

  private final PemeriksaanMutasi pemeriksaan;
  private final PegawaiDirectory pegawai;
  private final KasusMutasi kasus;

  KasusMutasiController(PemeriksaanMutasi pemeriksaan, PegawaiDirectory pegawai, KasusMutasi kasus) {
    this.pemeriksaan = pemeriksaan;
    this.pegawai = pegawai;
    this.kasus = kasus;
  }

  @PostMapping
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
    pemeriksaan.fakta(usulan);
    KasusMutasi.KasusBaru baru = kasus.mulai(usulan);
    return ResponseEntity.created(URI.create("/api/mutasi/" + baru.businessKey())).body(baru);
  }

  @GetMapping("/{businessKey}")
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
