package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of an employee's data. Every write validates the whole request first and then writes in
 * one transaction, so a refused request leaves nothing behind.
 */
@Service
public class PegawaiService {

  private final PegawaiRepository pegawai;
  private final RiwayatRepository riwayat;
  private final RegistryLookup lookup;
  private final RegistryClock clock;

  PegawaiService(PegawaiRepository pegawai, RiwayatRepository riwayat, RegistryLookup lookup, RegistryClock clock) {
    this.pegawai = pegawai;
    this.riwayat = riwayat;
    this.lookup = lookup;
    this.clock = clock;
  }

  /** Registers an employee with kinerja and the initial rank and position history. */
  @Transactional
  Pegawai create(Caller caller, PegawaiRequest request) {
    if (Access.present(request.instansiId())) {
      Access.requireWritable(caller, request.instansiId());
    }
    Violations.reject(new PegawaiRequestValidator(lookup, clock.today()).validateCreate(request));
    try {
      pegawai.insert(request);
    } catch (DuplicateKeyException e) {
      // Another request registered the same NIP between our check and our insert.
      throw new InvalidRequestException(List.of(new FieldViolation("nip", PegawaiRequestValidator.NIP_SUDAH_ADA,
          "Pegawai dengan NIP " + request.nip() + " sudah terdaftar.")));
    }
    for (KinerjaEntry entry : request.kinerja()) {
      pegawai.putKinerja(request.nip(), entry.tahun(), PredikatKinerja.parse(entry.predikat()).orElseThrow());
    }
    riwayat.insertPangkat(request.nip(), Golongan.fromKode(request.golongan()).orElseThrow(), request.tmtGolongan(),
        request.nomorSkPangkat());
    riwayat.insertJabatan(request.nip(), new RiwayatJabatanRequest(request.instansiId(), request.unitKerjaId(),
        request.jabatanId(), Objects.requireNonNullElse(request.tmtJabatan(), request.tmtCpns()),
        request.nomorSkJabatan()));
    return pegawai.find(request.nip()).orElseThrow();
  }

  /** Changes the non-history data; a stale {@code versi} is refused. */
  @Transactional
  Pegawai update(Caller caller, String nip, PegawaiUpdateRequest request) {
    Pegawai current = writable(caller, nip);
    Violations.reject(new PegawaiRequestValidator(lookup, clock.today()).validateUpdate(request));
    int versi = request.versi() == null ? current.versi() : request.versi();
    if (!pegawai.update(nip, request, versi)) {
      throw new VersiBerubahException();
    }
    return pegawai.find(nip).orElseThrow();
  }

  /**
   * Records a new highest education, e.g. at the end of the "pemutakhiran data" process. Not
   * scoped to a caller: the process decided who approved it.
   *
   * @param bidang field of study; may be null
   * @throws id.meritflow.platform.web.NotFoundException when the NIP is unknown
   * @throws id.meritflow.platform.web.InvalidRequestException when {@code baru} is null or
   *     {@code bidang} is longer than 100 characters
   */
  @Transactional
  public void updatePendidikan(String nip, Pendidikan baru, String bidang) {
    pegawai.find(nip).orElseThrow(Access::pegawaiNotFound);
    Violations v = new Violations();
    v.required("pendidikan", baru, "Pendidikan");
    v.maxLength("bidangPendidikan", bidang, 100);
    v.throwIfAny();
    pegawai.updatePendidikan(nip, baru, bidang);
  }

  /** The employee, if the caller may change their data; 404 or 403 otherwise. */
  Pegawai writable(Caller caller, String nip) {
    Pegawai current = pegawai.find(nip).filter(p -> Access.maySee(caller, p)).orElseThrow(Access::pegawaiNotFound);
    // Whoever may see the record (its agency's staff, or the employee) learns why a change is refused.
    if (!caller.mayWrite(current.instansiId())) {
      throw Access.mayNotChange();
    }
    return current;
  }
}
