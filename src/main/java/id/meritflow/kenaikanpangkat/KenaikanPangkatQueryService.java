package id.meritflow.kenaikanpangkat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.kenaikanpangkat.domain.HasilAturanKp;
import id.meritflow.kenaikanpangkat.domain.StatusAturanKp;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of proposals, scoped to what the caller may see: staff their agencies, an employee their own. */
@Service
class KenaikanPangkatQueryService {

  record Halaman(long total, int page, int size, Map<StatusUsulanKp, Long> ringkasan, List<UsulanKpView> items) {}

  private static final TypeReference<List<HasilAturanKp>> HASIL = new TypeReference<>() {};

  private final UsulanKpRepository repository;
  private final ObjectMapper json;

  KenaikanPangkatQueryService(UsulanKpRepository repository, ObjectMapper json) {
    this.repository = repository;
    this.json = json;
  }

  @Transactional(readOnly = true)
  Halaman list(Caller caller, Optional<String> periode, Optional<String> batchId, Optional<String> kesimpulan,
      Optional<StatusUsulanKp> status, int page, int size) {
    List<String> instansi = caller.isStaff() ? caller.tenantIds().stream().filter(caller::mayRead).toList() : List.of();
    var filter = new UsulanKpRepository.Filter(instansi, caller.isAdmin(), periode, batchId, kesimpulan, status);
    List<UsulanKpView> items = repository.list(filter, page, size).stream().map(b -> view(b, false)).toList();
    return new Halaman(repository.count(filter), page, size, repository.countByStatus(filter), items);
  }

  @Transactional(readOnly = true)
  UsulanKpView get(Caller caller, String businessKey) {
    return repository.find(businessKey)
        .filter(b -> caller.mayRead(b.instansiId()) || caller.nip().filter(b.nip()::equals).isPresent())
        .map(b -> view(b, true))
        .orElseThrow(() -> new NotFoundException("USULAN_KP_TIDAK_DITEMUKAN", "Usulan kenaikan pangkat tidak ditemukan."));
  }

  private UsulanKpView view(UsulanKpRepository.Baris b, boolean rinci) {
    List<HasilAturanKp> hasil = read(b.hasil());
    List<String> tidakLulus = hasil.stream().filter(h -> h.status() != StatusAturanKp.LULUS).map(HasilAturanKp::kode).toList();
    return new UsulanKpView(b.businessKey(), b.processInstanceId(), b.nip(), b.instansiId(), b.periode(), b.jenis(),
        b.golonganAsal(), b.golonganTujuan(), b.tmt(), b.masaKerja(), b.rute(), b.batchId(), b.batchBaris(),
        b.kesimpulan(), b.status(), tidakLulus, b.nomorPertek(), b.nomorSk(), b.keterangan(), b.diperiksa(),
        b.diperbarui(), rinci ? hasil : null);
  }

  private List<HasilAturanKp> read(String hasil) {
    try {
      return json.readValue(hasil, HASIL);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("hasil pemeriksaan tersimpan tidak dapat dibaca", e);
    }
  }
}
