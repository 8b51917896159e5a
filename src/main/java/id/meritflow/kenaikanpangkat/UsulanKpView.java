package id.meritflow.kenaikanpangkat;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.meritflow.kenaikanpangkat.domain.HasilAturanKp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A proposal as the API shows it; {@code hasil} (every rule's result) only on the single read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UsulanKpView(String businessKey, String processInstanceId, String nip, String instansiId, String periode,
    String jenis, String golonganAsal, String golonganTujuan, LocalDate tmt, String masaKerja, String rute,
    String batchId, Integer batchBaris, String kesimpulan, StatusUsulanKp status, List<String> kodeTidakLulus,
    String nomorPertek, String nomorSk, String keterangan, LocalDateTime diperiksa, LocalDateTime diperbarui,
    List<HasilAturanKp> hasil) {}
