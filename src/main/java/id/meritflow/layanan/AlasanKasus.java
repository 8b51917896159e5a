package id.meritflow.layanan;

import id.meritflow.platform.engine.TeksPanjang;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reasons a case was refused or is delayed, as sentences an employee reads: the messages of the
 * checks that did not pass ({@code hasilPemeriksaan}, the JSON the mutasi and KP screenings keep:
 * a list of results, or an object holding one under {@code hasil}) and the notes people wrote when
 * they refused or postponed it. Codes, status names and JSON never leave this class.
 */
final class AlasanKasus {

  /** The variables read; {@link KasusSayaService} fetches only these. */
  static final List<String> VARIABEL = List.of("hasilPemeriksaan", "alasanPenundaan", "alasanPenolakan",
      "keputusanVerifikasi", "catatanVerifikasi", "keputusanTinjauan", "catatanTinjauan");

  private static final Set<String> TIDAK_LULUS = Set.of("GAGAL", "PERLU_PERSETUJUAN", "PERLU_VERIFIKASI", "DITUNDA");

  private final ObjectMapper json;

  AlasanKasus(ObjectMapper json) {
    this.json = json;
  }

  List<String> dari(Map<String, Object> variabel) {
    Set<String> alasan = new LinkedHashSet<>(pesanPemeriksaan(teks(variabel.get("hasilPemeriksaan"))));
    tambah(alasan, teks(variabel.get("alasanPenundaan")), "");
    tambah(alasan, teks(variabel.get("alasanPenolakan")), "Alasan penolakan: ");
    if (ditolak(variabel.get("keputusanVerifikasi"))) {
      tambah(alasan, teks(variabel.get("catatanVerifikasi")), "Catatan verifikator: ");
    }
    if (ditolak(variabel.get("keputusanTinjauan"))) {
      tambah(alasan, teks(variabel.get("catatanTinjauan")), "Catatan peninjau: ");
    }
    return List.copyOf(alasan);
  }

  private List<String> pesanPemeriksaan(String hasil) {
    if (hasil == null) {
      return List.of();
    }
    JsonNode root;
    try {
      root = json.readTree(hasil);
    } catch (JsonProcessingException e) {
      return List.of(); // unreadable screening: say nothing rather than show raw text
    }
    JsonNode items = root.isArray() ? root : root.path("hasil");
    List<String> pesan = new ArrayList<>();
    for (JsonNode item : items) {
      String p = item.path("pesan").asText("").trim();
      if (TIDAK_LULUS.contains(item.path("status").asText()) && !p.isEmpty()) {
        pesan.add(p);
      }
    }
    return pesan;
  }

  private static boolean ditolak(Object keputusan) {
    return keputusan != null && !"SETUJU".equals(keputusan.toString());
  }

  private static void tambah(Set<String> alasan, String teks, String awalan) {
    if (teks != null) {
      alasan.add(awalan + teks);
    }
  }

  private static String teks(Object value) {
    String s = TeksPanjang.teks(value);
    return s == null || s.isBlank() ? null : s.trim();
  }
}
