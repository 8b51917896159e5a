package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.UnitKerja;
import id.meritflow.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Use case: judge a transfer proposal against every merit rule. Used by the dry-run endpoint and
 * by the process (re-run after each approval document is recorded). Does not scope by caller;
 * the controller does.
 */
@Service
public class PemeriksaanMutasi {

  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final DaftarAturanMutasi daftar;
  private final Clock clock;

  PemeriksaanMutasi(PegawaiDirectory pegawai, OrganisasiDirectory organisasi, DaftarAturanMutasi daftar, Clock clock) {
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.daftar = daftar;
    this.clock = clock;
  }

  /**
   * All rule results and the overall conclusion for a proposal.
   *
   * @throws InvalidRequestException when the proposal is incomplete or inconsistent with the registry
   */
  public HasilPemeriksaanMutasi periksa(UsulanMutasi usulan) {
    return daftar.periksa(fakta(usulan));
  }

  /**
   * The proposal with what the registry and the clock imply filled in: a route left out is the one
   * the two agencies imply (a declared route must match it, see {@link #fakta}); a proposal date
   * left out is today (a form in Tasklist does not trust the browser's clock).
   */
  public UsulanMutasi lengkapi(UsulanMutasi diajukan) {
    UsulanMutasi usulan = diajukan.tanggalUsulan() == null ? diajukan.denganTanggalUsulan(LocalDate.now(clock)) : diajukan;
    if (usulan.rute() != null || usulan.nip() == null || usulan.instansiTujuanId() == null) {
      return usulan;
    }
    Optional<Instansi> asal = pegawai.instansiOf(usulan.nip()).flatMap(organisasi::instansi);
    Optional<Instansi> tujuan = organisasi.instansi(usulan.instansiTujuanId());
    return asal.isPresent() && tujuan.isPresent()
        ? RuteMutasi.antara(asal.get(), tujuan.get()).map(usulan::denganRute).orElse(usulan)
        : usulan;
  }

  /**
   * Validates a proposal as {@link #fakta} does (400 with every violation), reading only what the
   * validation needs: the employee's own record, the target agency, unit and post, and the agency of
   * origin — five reads, not the profile's histories and the post's holders that the rules read in
   * the case.
   *
   * @throws InvalidRequestException when the proposal is incomplete or inconsistent with the registry
   */
  public void validasi(UsulanMutasi diajukan) {
    UsulanMutasi usulan = lengkapi(diajukan);
    Optional<Pegawai> p = Optional.ofNullable(usulan.nip()).flatMap(pegawai::pegawai);
    valid(usulan, p, Optional.ofNullable(usulan.jabatanTujuanId()).flatMap(organisasi::jabatan));
  }

  /** The facts the rules read, assembled from the registry after validating the proposal. */
  public FaktaMutasi fakta(UsulanMutasi diajukan) {
    UsulanMutasi usulan = lengkapi(diajukan);
    Optional<PegawaiProfil> profil = Optional.ofNullable(usulan.nip()).flatMap(pegawai::find);
    // The target post, the current one and those of the employee's history: one read.
    Map<String, Jabatan> posts = organisasi.jabatanAll(idJabatan(usulan, profil));
    Optional<Jabatan> jabatan = Optional.ofNullable(usulan.jabatanTujuanId()).map(posts::get);
    Agencies agencies = valid(usulan, profil.map(PegawaiProfil::pegawai), jabatan);
    PegawaiProfil p = profil.orElseThrow();
    return new FaktaMutasi(usulan, p, Optional.ofNullable(p.pegawai().jabatanId()).map(posts::get),
        agencies.asal().orElseThrow(), agencies.tujuan().orElseThrow(), jabatan.orElseThrow(),
        organisasi.pemegang(jabatan.get().id()), jabatanRiwayat(p, posts), usulan.tmt());
  }

  /** The agency of origin and the target agency a valid proposal names. */
  private record Agencies(Optional<Instansi> asal, Optional<Instansi> tujuan) {}

  /**
   * Every violation of the proposal at once, given the employee and the target post as the caller
   * read them; or, when there is none, the two agencies.
   */
  private Agencies valid(UsulanMutasi usulan, Optional<Pegawai> p, Optional<Jabatan> jabatan) {
    UsulanMutasiValidator validator = new UsulanMutasiValidator(daftar.kode());
    validator.wajib(usulan);
    if (usulan.nip() != null) {
      validator.pegawaiDikenal(p.isPresent());
    }
    Optional<Instansi> tujuan = Optional.ofNullable(usulan.instansiTujuanId()).flatMap(organisasi::instansi);
    Optional<UnitKerja> unit = Optional.ofNullable(usulan.unitKerjaTujuanId()).flatMap(organisasi::unitKerja);
    validator.tujuan(usulan, tujuan, unit, jabatan);
    Optional<Instansi> asal = p.flatMap(x -> organisasi.instansi(x.instansiId()));
    if (asal.isPresent() && tujuan.isPresent()) {
      validator.rute(usulan.rute(), asal.get(), tujuan.get());
    }
    if (!validator.violations().isEmpty()) {
      throw new InvalidRequestException(validator.violations());
    }
    return new Agencies(asal, tujuan);
  }

  public DaftarAturanMutasi daftar() {
    return daftar;
  }

  private static Set<String> idJabatan(UsulanMutasi usulan, Optional<PegawaiProfil> profil) {
    Set<String> ids = new HashSet<>(profil.map(PegawaiProfil::idJabatan).orElse(Set.of()));
    Optional.ofNullable(usulan.jabatanTujuanId()).ifPresent(ids::add);
    return ids;
  }

  private static Map<String, Jabatan> jabatanRiwayat(PegawaiProfil p, Map<String, Jabatan> posts) {
    Map<String, Jabatan> hasil = new HashMap<>();
    p.riwayatJabatan().stream().map(RiwayatJabatan::jabatanId).filter(posts::containsKey)
        .forEach(id -> hasil.put(id, posts.get(id)));
    return hasil;
  }
}
