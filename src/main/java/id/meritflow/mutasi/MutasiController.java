package id.meritflow.mutasi;

import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dry run of the merit checks of a transfer, and the list of rules. Writes nothing. */
@RestController
@RequestMapping("/api/mutasi")
@Tag(name = "Mutasi")
class MutasiController {

  private final PemeriksaanMutasi pemeriksaan;
  private final PegawaiDirectory pegawai;

  MutasiController(PemeriksaanMutasi pemeriksaan, PegawaiDirectory pegawai) {
    this.pemeriksaan = pemeriksaan;
    this.pegawai = pegawai;
  }

  @PostMapping("/pemeriksaan")
  @Operation(summary = "Uji coba pemeriksaan syarat mutasi tanpa membuat kasus")
  HasilPemeriksaanMutasi periksa(Caller caller, @RequestBody UsulanMutasi usulan) {
    // An employee of an agency the caller may not read answers exactly like an unknown NIP.
    if (usulan.nip() != null && pegawai.instansiOf(usulan.nip()).filter(caller::mayRead).isEmpty()) {
      throw new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan.");
    }
    return pemeriksaan.periksa(usulan);
  }

  @GetMapping("/aturan")
  @Operation(summary = "Daftar aturan mutasi (MUT-*, POL-*) beserta dasar hukumnya")
  List<InfoAturan> aturan() {
    return pemeriksaan.daftar().info();
  }
}
