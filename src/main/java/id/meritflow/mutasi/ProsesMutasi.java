package id.meritflow.mutasi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.kepegawaian.PencatatanJabatan;
import id.meritflow.kepegawaian.RiwayatJabatanRequest;
import id.meritflow.platform.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Use cases of the mutasi process, called by its thin delegates. Variables hold plain text (JSON
 * in a String) so that forms, Cockpit and the REST API can show them without Java classes.
 */
@Service
public class ProsesMutasi {

  /**
   * What one run of the checks leaves on the case: the results as JSON (with their facts, for the
   * audit trail and the API) and as lines a person reads on a form.
   */
  public record HasilProses(String kesimpulan, String hasilJson, String perluPersetujuan) {

    /** One line per rule, e.g. "GAGAL — MUT-KINERJA: Predikat kinerja 2025 Butuh Perbaikan …". */
    public String ringkasan() {
      try {
        var rows = new ObjectMapper().readTree(hasilJson);
        var text = new StringBuilder();
        rows.forEach(r -> text.append(r.path("status").asText()).append(" — ").append(r.path("kode").asText())
            .append(": ").append(r.path("pesan").asText()).append('\n'));
        return text.toString().strip();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A recorded approval the process refuses (unknown or not pending code, missing field). */
  public static class DokumenTidakValid extends RuntimeException {
    DokumenTidakValid(String message) {
      super(message);
    }
  }

  private static final TypeReference<List<Map<String, String>>> DAFTAR = new TypeReference<>() {};

  private final PemeriksaanMutasi pemeriksaan;
  private final PencatatanJabatan jabatan;
  private final ObjectMapper json = new ObjectMapper();

  ProsesMutasi(PemeriksaanMutasi pemeriksaan, PencatatanJabatan jabatan) {
    this.pemeriksaan = pemeriksaan;
    this.jabatan = jabatan;
  }

  /**
   * Runs every merit rule on the case's proposal and recorded documents. A proposal the rules
   * cannot judge (e.g. a correction named an unknown position) is GAGAL with the violations as
   * results, so that the operator sees them in the correction task rather than an incident.
   */
  public HasilProses periksa(Map<String, Object> variabel) {
    UsulanMutasi usulan = VariabelMutasi.usulan(variabel, dokumen(variabel.get(VariabelMutasi.DOKUMEN)));
    try {
      HasilPemeriksaanMutasi hasil = pemeriksaan.periksa(usulan);
      List<Map<String, Object>> baris = hasil.hasil().stream().map(ProsesMutasi::baris).toList();
      return new HasilProses(hasil.kesimpulan().name(), tulis(baris), String.join(",", hasil.perluPersetujuan()));
    } catch (InvalidRequestException e) {
      List<Map<String, Object>> baris = e.violations().stream().map(v -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode", v.code());
        m.put("status", StatusPemeriksaan.GAGAL.name());
        m.put("pesan", v.message());
        m.put("fakta", Map.of("isian", v.field()));
        return m;
      }).toList();
      return new HasilProses(StatusPemeriksaan.GAGAL.name(), tulis(baris), "");
    }
  }

  /**
   * The document list with one more approval. Only a code the last check is waiting for is
   * accepted: a document for another rule would change nothing and mislead the reader.
   */
  public String tambahDokumen(Object daftarJson, String perluPersetujuan, String kodeAturan, String nomor,
      Object tanggal, String penerbit) {
    List<String> menunggu = perluPersetujuan == null ? List.of() : Arrays.stream(perluPersetujuan.split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (kodeAturan == null || !menunggu.contains(kodeAturan)) {
      throw new DokumenTidakValid("Kode aturan " + kodeAturan + " tidak sedang menunggu persetujuan (menunggu: "
          + String.join(", ", menunggu) + ").");
    }
    var tgl = VariabelMutasi.tanggal(tanggal);
    if (VariabelMutasi.teks(nomor) == null || tgl == null || VariabelMutasi.teks(penerbit) == null) {
      throw new DokumenTidakValid("Nomor, tanggal dan penerbit dokumen persetujuan wajib diisi.");
    }
    List<Map<String, String>> daftar = new ArrayList<>(baca(daftarJson));
    daftar.add(Map.of("kodeAturan", kodeAturan, "nomor", nomor.trim(), "tanggal", tgl.toString(),
        "penerbit", penerbit.trim()));
    return tulis(daftar);
  }

  /** The pertek of the case's route. */
  public Pertek pertek(Object rute, String nomorUsulan) {
    return Pertek.untuk(RuteMutasi.valueOf(String.valueOf(rute)), nomorUsulan);
  }

  /** Records the signed SK in the registry's position history (current position if the TMT has come). */
  public String perbaruiJabatan(Map<String, Object> v) {
    var request = new RiwayatJabatanRequest(VariabelMutasi.teks(v.get(VariabelMutasi.INSTANSI_TUJUAN)),
        VariabelMutasi.teks(v.get(VariabelMutasi.UNIT_KERJA_TUJUAN)),
        VariabelMutasi.teks(v.get(VariabelMutasi.JABATAN_TUJUAN)), VariabelMutasi.tanggal(v.get(VariabelMutasi.TMT)),
        VariabelMutasi.teks(v.get(VariabelMutasi.NOMOR_SK)));
    return jabatan.catatJabatan(VariabelMutasi.teks(v.get(VariabelMutasi.NIP)), request);
  }

  List<DokumenPersetujuan> dokumen(Object daftarJson) {
    return baca(daftarJson).stream().map(m -> new DokumenPersetujuan(m.get("kodeAturan"), m.get("nomor"),
        VariabelMutasi.tanggal(m.get("tanggal")), m.get("penerbit"))).toList();
  }

  private List<Map<String, String>> baca(Object daftarJson) {
    String s = VariabelMutasi.teks(daftarJson);
    if (s == null) {
      return List.of();
    }
    try {
      return json.readValue(s, DAFTAR);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variabel dokumenPersetujuan bukan JSON yang valid", e);
    }
  }

  private static Map<String, Object> baris(HasilPemeriksaan h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kode", h.kode());
    m.put("status", h.status().name());
    m.put("pesan", h.pesan());
    m.put("fakta", h.fakta());
    return m;
  }

  private String tulis(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
