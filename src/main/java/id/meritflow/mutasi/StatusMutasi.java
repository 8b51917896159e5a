package id.meritflow.mutasi;

import id.meritflow.platform.engine.TeksPanjang;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/mutasi/{businessKey}} answers: where the case is and what was decided.
 * {@code hasilPemeriksaan} and {@code dokumenPersetujuan} are the JSON texts the process holds.
 */
record StatusMutasi(String id, String businessKey, String tenantId, String nip, String status,
    List<String> aktivitas, String kesimpulanPemeriksaan, String hasilPemeriksaan, String perluPersetujuan,
    String dokumenPersetujuan, String nomorPertek, String penerbitPertek, String nomorSk, String kodeVerifikasi,
    Boolean disetujuiOtomatis, String tmt) {

  static StatusMutasi dari(String id, String businessKey, String tenantId, boolean selesai, List<String> aktivitas,
      Map<String, Object> v) {
    return new StatusMutasi(id, businessKey, tenantId, teks(v, "nip"), selesai ? "SELESAI" : "BERJALAN", aktivitas, teks(v, "kesimpulanPemeriksaan"),
        teks(v, "hasilPemeriksaan"), teks(v, "perluPersetujuan"), teks(v, "dokumenPersetujuan"),
        teks(v, "nomorPertek"), teks(v, "penerbitPertek"), teks(v, "nomorSk"), teks(v, "kodeVerifikasi"),
        v.get("disetujuiOtomatis") instanceof Boolean b ? b : null, teks(v, "tmt"));
  }

  private static String teks(Map<String, Object> v, String name) {
    return TeksPanjang.teks(v.get(name));
  }
}
