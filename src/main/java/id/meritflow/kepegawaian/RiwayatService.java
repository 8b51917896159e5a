package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ForbiddenException;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Additions to an employee's record: kinerja of a year, a disciplinary case, a rank or position
 * SK. An SK already in effect (TMT not after today) also becomes the current rank or position.
 */
@Service
class RiwayatService implements PencatatanJabatan, PencatatanPangkat {

  // Processes act after their own checks (mutasi: merit rules, pertek, signed SK); the registry's
  // rules on the SK itself still apply, so the same method runs with the platform's authority.
  private static final Caller SISTEM = new Caller("sistem-proses", java.util.List.of(Caller.GROUP_ADMIN),
      java.util.List.of(), java.util.Optional.empty());


  private final PegawaiService pegawaiService;
  private final PegawaiRepository pegawai;
  private final RiwayatRepository riwayat;
  private final RegistryLookup lookup;
  private final RegistryClock clock;

  RiwayatService(PegawaiService pegawaiService, PegawaiRepository pegawai, RiwayatRepository riwayat,
      RegistryLookup lookup, RegistryClock clock) {
    this.pegawaiService = pegawaiService;
    this.pegawai = pegawai;
    this.riwayat = riwayat;
    this.lookup = lookup;
    this.clock = clock;
  }

  @Transactional
  void putKinerja(Caller caller, String nip, int tahun, KinerjaRequest request) {
    Pegawai current = pegawaiService.writable(caller, nip);
    Violations.reject(validator().validateKinerja(tahun, request, current.tmtCpns()));
    pegawai.putKinerja(nip, tahun, PredikatKinerja.parse(request.predikat()).orElseThrow());
  }

  @Transactional
  String addDisiplin(Caller caller, String nip, DisiplinRequest request) {
    pegawaiService.writable(caller, nip);
    Violations.reject(validator().validateDisiplin(request));
    return riwayat.insertDisiplin(nip, request);
  }

  @Transactional
  String addPangkat(Caller caller, String nip, RiwayatPangkatRequest request) {
    Pegawai current = pegawaiService.writable(caller, nip);
    Violations.reject(validator().validatePangkat(request, current.tmtCpns()));
    Golongan golongan = Golongan.fromKode(request.golongan()).orElseThrow();
    String id = riwayat.insertPangkat(nip, golongan, request.tmt(), request.nomorSk());
    // An SK recorded late (older than the current rank) completes the history but is not current.
    if (inEffect(request.tmt()) && !request.tmt().isBefore(current.tmtGolongan())) {
      pegawai.updateGolongan(nip, golongan, request.tmt());
    }
    return id;
  }

  @Transactional
  String addJabatan(Caller caller, String nip, RiwayatJabatanRequest request) {
    Pegawai current = pegawaiService.writable(caller, nip);
    if (Access.present(request.instansiId()) && !caller.mayWrite(request.instansiId())) {
      // Moving someone into another agency needs authority there too; inter-agency moves go through mutasi.
      throw new ForbiddenException("TIDAK_BERWENANG_INSTANSI_TUJUAN",
          "Anda tidak berwenang menempatkan pegawai pada instansi tujuan.");
    }
    Violations.reject(validator().validateJabatan(request, current.tmtCpns()));
    String id = riwayat.insertJabatan(nip, request);
    if (inEffect(request.tmt()) && (current.tmtJabatan() == null || !request.tmt().isBefore(current.tmtJabatan()))) {
      pegawai.updatePosisi(nip, request);
    }
    return id;
  }

  @Override
  @Transactional
  public String catatJabatan(String nip, RiwayatJabatanRequest request) {
    return addJabatan(SISTEM, nip, request);
  }

  @Override
  @Transactional
  public String catatPangkat(String nip, RiwayatPangkatRequest request) {
    return addPangkat(SISTEM, nip, request);
  }

  private boolean inEffect(LocalDate tmt) {
    return !tmt.isAfter(clock.today());
  }

  private RiwayatValidator validator() {
    return new RiwayatValidator(lookup, clock.today());
  }
}
