package id.meritflow.rekomendasi;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.mutasi.UsulanMutasi;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.NotFoundException;
import id.meritflow.rekomendasi.domain.HasilPeringkat;
import id.meritflow.rekomendasi.domain.PenilaianMutasi;
import id.meritflow.rekomendasi.domain.RumpunJabatan;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advice for people who decide: candidates for a position, assessment of a proposal, talent profile.
 * Tenant rules: an agency sees its own people (others answer 404, as if they did not exist);
 * national pools are for BKN verifiers and admins only (403).
 */
@RestController
@RequestMapping("/api/rekomendasi")
class RekomendasiController {

  private final RekomendasiService rekomendasi;
  private final TalentaService talenta;
  private final KelompokTalentaService kelompok;
  private final PegawaiDirectory pegawai;
  private final java.time.Clock clock;

  RekomendasiController(RekomendasiService rekomendasi, TalentaService talenta, KelompokTalentaService kelompok,
      PegawaiDirectory pegawai, java.time.Clock clock) {
    this.clock = clock;
    this.rekomendasi = rekomendasi;
    this.talenta = talenta;
    this.kelompok = kelompok;
    this.pegawai = pegawai;
  }

  @GetMapping("/jabatan/{jabatanId}/kandidat")
  HasilPeringkat kandidat(@PathVariable String jabatanId, @RequestParam(defaultValue = "INSTANSI") RekomendasiService.Lingkup lingkup,
      @RequestParam Optional<Integer> limit, Caller caller) {
    if (lingkup == RekomendasiService.Lingkup.NASIONAL && !(caller.isAdmin() || caller.inGroup(Caller.GROUP_VERIFIKATOR))) {
      throw new ForbiddenException("LINGKUP_NASIONAL_TIDAK_BERWENANG", "Kelompok talenta nasional hanya untuk verifikator BKN.");
    }
    Jabatan jabatan = rekomendasi.jabatan(jabatanId);
    if (lingkup == RekomendasiService.Lingkup.INSTANSI && !caller.mayRead(jabatan.instansiId())) {
      throw new NotFoundException("JABATAN_TIDAK_DITEMUKAN", "Jabatan tidak ditemukan.");
    }
    return rekomendasi.kandidat(jabatanId, lingkup, limit);
  }

  /** The proposal as for {@code POST /api/mutasi/pemeriksaan}; route, reason and proposal date may be left out. */
  @PostMapping("/penilaian-mutasi")
  PenilaianMutasiResponse penilaianMutasi(@RequestBody UsulanMutasi usulan, Caller caller) {
    if (usulan.nip() != null && pegawai.instansiOf(usulan.nip()).filter(caller::mayRead).isEmpty()) {
      throw new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan.");
    }
    PenilaianMutasi p = rekomendasi.penilaianMutasi(usulan);
    return new PenilaianMutasiResponse(p, rekomendasi.penjelasan(p));
  }

  @GetMapping("/pegawai/{nip}/talenta")
  ProfilTalenta talenta(@PathVariable String nip, Caller caller) {
    boolean diriSendiri = caller.nip().filter(nip::equals).isPresent();
    if (!diriSendiri && pegawai.instansiOf(nip).filter(caller::mayRead).isEmpty()) {
      throw new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan.");
    }
    return talenta.talenta(nip, LocalDate.now(clock));
  }

  /** The talent pool of a position family: one agency's, or without {@code instansiId} the national one (BKN only). */
  @GetMapping("/talenta/kelompok")
  KelompokTalenta kelompok(@RequestParam RumpunJabatan rumpun, @RequestParam Optional<String> instansiId, Caller caller) {
    if (instansiId.isEmpty() && !(caller.isAdmin() || caller.inGroup(Caller.GROUP_VERIFIKATOR))) {
      throw new ForbiddenException("LINGKUP_NASIONAL_TIDAK_BERWENANG", "Kelompok talenta nasional hanya untuk verifikator BKN.");
    }
    if (instansiId.isPresent() && !caller.mayRead(instansiId.get())) {
      throw new NotFoundException("INSTANSI_TIDAK_DITEMUKAN", "Instansi tidak ditemukan.");
    }
    return kelompok.kelompok(rumpun, instansiId, LocalDate.now(clock));
  }

  /** The assessment and the text to show: the narrative if configured and answering, else the template. */
  record PenilaianMutasiResponse(PenilaianMutasi penilaian, String penjelasan) {}
}
