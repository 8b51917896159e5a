package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of employees: scoped to a caller for the API, unscoped for {@link PegawaiDirectory}. */
@Service
class PegawaiQueryService implements PegawaiDirectory {

  static final int MAX_PAGE_SIZE = 200;

  private final PegawaiRepository pegawai;
  private final RiwayatRepository riwayat;
  private final PencarianPegawaiRepository pencarian;

  PegawaiQueryService(PegawaiRepository pegawai, RiwayatRepository riwayat, PencarianPegawaiRepository pencarian) {
    this.pegawai = pegawai;
    this.riwayat = riwayat;
    this.pencarian = pencarian;
  }

  Halaman<Pegawai> page(Caller caller, Optional<String> instansiId, Optional<String> unitKerjaId, int page, int size) {
    return pegawai.page(filter(caller, instansiId, unitKerjaId), Math.max(0, page), boundedSize(size));
  }

  /** The employees whose name has every word, or whose NIP starts with the digits, in the caller's scope. */
  Halaman<PegawaiRingkas> cari(Caller caller, String teks, Optional<String> instansiId, Optional<String> unitKerjaId,
      int page, int size) {
    KataCari kata = KataCari.parse(teks);
    return pencarian.cari(kata, filter(caller, instansiId, unitKerjaId), Math.max(0, page), boundedSize(size));
  }

  private static PegawaiFilter filter(Caller caller, Optional<String> instansiId, Optional<String> unitKerjaId) {
    Optional<Collection<String>> scope = Access.readScope(caller);
    // A plain employee (not staff) sees their own record only, whatever agency filter is asked.
    Optional<String> ownNip = caller.isStaff() ? Optional.empty() : Optional.of(caller.nip().orElse(""));
    if (ownNip.isPresent()) {
      scope = Optional.empty();
    }
    if (instansiId.isPresent() && ownNip.isEmpty()) {
      Access.requireReadable(caller, instansiId.get());
    }
    return new PegawaiFilter(scope, ownNip, instansiId, unitKerjaId);
  }

  private static int boundedSize(int size) {
    return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
  }

  @Transactional(readOnly = true)
  PegawaiProfil profil(Caller caller, String nip) {
    Pegawai found = pegawai.find(nip).filter(p -> Access.maySee(caller, p)).orElseThrow(Access::pegawaiNotFound);
    return profilOf(found);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PegawaiProfil> find(String nip) {
    return pegawai.find(nip).map(this::profilOf);
  }

  @Override
  public Optional<Pegawai> pegawai(String nip) {
    return pegawai.find(nip);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, PegawaiProfil> findAll(Collection<String> nips) {
    Set<String> distinct = new LinkedHashSet<>(nips);
    var kinerja = pegawai.kinerja(distinct);
    var disiplin = riwayat.disiplin(distinct);
    var pangkat = riwayat.pangkat(distinct);
    var jabatan = riwayat.jabatan(distinct);
    Map<String, PegawaiProfil> out = new HashMap<>();
    for (Pegawai p : pegawai.findAll(distinct)) {
      out.put(p.nip(), new PegawaiProfil(p, kinerja.getOrDefault(p.nip(), List.of()),
          disiplin.getOrDefault(p.nip(), List.of()), pangkat.getOrDefault(p.nip(), List.of()),
          jabatan.getOrDefault(p.nip(), List.of())));
    }
    return out;
  }

  @Override
  public Optional<String> instansiOf(String nip) {
    return pegawai.instansiOf(nip);
  }

  private PegawaiProfil profilOf(Pegawai p) {
    return new PegawaiProfil(p, pegawai.kinerja(p.nip()), riwayat.disiplin(p.nip()), riwayat.pangkat(p.nip()),
        riwayat.jabatan(p.nip()));
  }
}
