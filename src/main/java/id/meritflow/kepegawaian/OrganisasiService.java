package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of agencies and their units, scoped to the caller. */
@Service
class OrganisasiService {

  private final InstansiRepository repository;
  private final OrganisasiValidator validator;

  OrganisasiService(InstansiRepository repository, RegistryLookup lookup) {
    this.repository = repository;
    this.validator = new OrganisasiValidator(lookup);
  }

  List<Instansi> listInstansi(Caller caller) {
    return repository.findAll(Access.readScope(caller));
  }

  Instansi getInstansi(Caller caller, String id) {
    Access.requireReadable(caller, id);
    return repository.findById(id).orElseThrow(Access::instansiNotFound);
  }

  @Transactional
  Instansi createInstansi(Caller caller, InstansiRequest request) {
    Access.requireAdmin(caller);
    Violations.reject(validator.validateInstansi(request, true));
    Instansi instansi = toInstansi(request.id(), request);
    repository.insert(instansi);
    return instansi;
  }

  @Transactional
  Instansi updateInstansi(Caller caller, String id, InstansiRequest request) {
    Access.requireAdmin(caller);
    repository.findById(id).orElseThrow(Access::instansiNotFound);
    Violations.reject(validator.validateInstansi(request, false));
    Instansi instansi = toInstansi(id, request);
    repository.update(instansi);
    return instansi;
  }

  List<UnitKerja> listUnitKerja(Caller caller, String instansiId) {
    getInstansi(caller, instansiId);
    return repository.findUnitKerja(instansiId);
  }

  @Transactional
  UnitKerja createUnitKerja(Caller caller, UnitKerjaRequest request) {
    if (Access.present(request.instansiId())) {
      Access.requireWritable(caller, request.instansiId());
    }
    Violations.reject(validator.validateUnitKerja(request));
    UnitKerja unit = new UnitKerja(request.id(), request.instansiId(), request.nama().strip(),
        Access.present(request.indukId()) ? request.indukId() : null);
    repository.insertUnitKerja(unit);
    return unit;
  }

  private static Instansi toInstansi(String id, InstansiRequest r) {
    return new Instansi(id, r.nama().strip(), TingkatInstansi.parse(r.tingkat()).orElseThrow(), r.wilayah().strip(),
        Optional.ofNullable(r.provinsi()).map(String::strip).orElse(null), r.tanggalPenetapanCalon(),
        r.tanggalPelantikanKepalaDaerah(), r.akhirMasaJabatanKepalaDaerah());
  }
}
