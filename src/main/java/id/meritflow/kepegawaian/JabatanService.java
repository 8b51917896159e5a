package id.meritflow.kepegawaian;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the position map, scoped to the caller. */
@Service
class JabatanService {

  private final JabatanRepository repository;
  private final OrganisasiValidator validator;

  JabatanService(JabatanRepository repository, RegistryLookup lookup) {
    this.repository = repository;
    this.validator = new OrganisasiValidator(lookup);
  }

  /** Positions the caller may read; a unit of another agency simply yields none. */
  List<Jabatan> list(Caller caller, Optional<String> instansiId, Optional<String> unitKerjaId,
      Optional<Boolean> lowong) {
    Optional<Collection<String>> scope = Access.readScope(caller);
    if (instansiId.isPresent()) {
      Access.requireReadable(caller, instansiId.get());
      scope = Optional.of(List.of(instansiId.get()));
    }
    return repository.find(scope, unitKerjaId, lowong);
  }

  Jabatan get(Caller caller, String id) {
    return repository.findById(id).filter(j -> caller.mayRead(j.instansiId())).orElseThrow(JabatanService::notFound);
  }

  @Transactional
  Jabatan create(Caller caller, JabatanRequest request) {
    if (Access.present(request.instansiId())) {
      Access.requireWritable(caller, request.instansiId());
    }
    Violations.reject(validator.validateJabatan(request, true));
    repository.insert(request);
    return repository.findById(request.id()).orElseThrow();
  }

  @Transactional
  Jabatan update(Caller caller, String id, JabatanRequest request) {
    Jabatan current = get(caller, id);
    Access.requireWritable(caller, current.instansiId());
    List<FieldViolation> violations = new ArrayList<>(validator.validateJabatan(request, false));
    if (Access.present(request.instansiId()) && !request.instansiId().equals(current.instansiId())) {
      // Holders and history point at the position; moving it to another agency would rewrite them.
      violations.add(new FieldViolation("instansiId", "INSTANSI_TIDAK_DAPAT_DIUBAH",
          "Instansi sebuah jabatan tidak dapat diubah; buat jabatan baru di instansi tujuan."));
    }
    Violations.reject(violations);
    repository.update(id, request);
    return repository.findById(id).orElseThrow();
  }

  private static NotFoundException notFound() {
    return new NotFoundException("JABATAN_TIDAK_DITEMUKAN", "Jabatan tidak ditemukan.");
  }
}
