package id.meritflow.keandalan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutation programme for a child application, found through the application's own dry runs (as
 * {@code mutasi.proses.MutasiProposals} does for the shared test app): Cimahi employees in a
 * pelaksana position moved to vacant pelaksana posts that the rules pass and the assessment does not
 * send to review, so each row goes straight through to the signed SK and the registry update. A post
 * receives no more rows than it has vacancies, so the formation rule holds whichever case runs first.
 */
final class ProgramMutasiAnak {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One row: the employee, the post the employee is moved to, the row as JSON. */
  record Baris(String nip, String jabatanTujuanId, String json) {
  }

  private ProgramMutasiAnak() {
  }

  static List<Baris> cari(AplikasiAnak app, int jumlah) throws Exception {
    List<String> nips = new ArrayList<>();
    Map<String, String> unitPos = new LinkedHashMap<>();
    Map<String, Integer> lowong = new HashMap<>();
    try (Connection c = app.jdbc()) {
      try (var s = c.prepareStatement("""
          select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
          where j.instansi_id = 'cimahi' and j.jenis = 'PELAKSANA' order by p.nip""");
          var rs = s.executeQuery()) {
        while (rs.next()) {
          nips.add(rs.getString(1));
        }
      }
      try (var s = c.prepareStatement("""
          select j.id, j.unit_kerja_id, j.kebutuhan - (select count(*) from pegawai p where p.jabatan_id = j.id)
          from jabatan j where j.instansi_id = 'cimahi' and j.jenis = 'PELAKSANA'
            and j.kebutuhan > (select count(*) from pegawai p where p.jabatan_id = j.id) order by j.id""");
          var rs = s.executeQuery()) {
        while (rs.next()) {
          unitPos.put(rs.getString(1), rs.getString(2));
          lowong.put(rs.getString(1), rs.getInt(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    List<Baris> rows = new ArrayList<>();
    for (String nip : nips) {
      if (rows.size() >= jumlah) {
        break;
      }
      for (var post : unitPos.entrySet()) {
        if (lowong.get(post.getKey()) == 0) {
          continue;
        }
        Map<String, Object> usulan = Map.of("nip", nip, "instansiTujuanId", "cimahi",
            "unitKerjaTujuanId", post.getValue(), "jabatanTujuanId", post.getKey(), "rute", "DALAM_INSTANSI",
            "alasan", Map.of("kategori", "PENGEMBANGAN_KARIER", "uraian", "Pengisian jabatan lowong"),
            "atasPermintaanSendiri", false, "tanggalUsulan", today, "tmt", today);
        String body = JSON.writeValueAsString(usulan);
        JsonNode check = JSON.readTree(app.post("operator-cimahi", "/api/mutasi/pemeriksaan", body,
            "application/json", "uji").body());
        if (!"LULUS".equals(check.path("kesimpulan").asText())) {
          continue;
        }
        JsonNode nilai = JSON.readTree(app.post("verifikator-bkn", "/api/rekomendasi/penilaian-mutasi", body,
            "application/json", "uji").body());
        if (nilai.path("penilaian").path("perluTinjauan").asBoolean(true)) {
          continue;
        }
        Map<String, Object> row = new LinkedHashMap<>(usulan);
        row.remove("alasan");
        row.put("alasanKategori", "PENGEMBANGAN_KARIER");
        row.put("alasanUraian", "Pengisian jabatan lowong");
        rows.add(new Baris(nip, post.getKey(), JSON.writeValueAsString(row)));
        lowong.merge(post.getKey(), -1, Integer::sum);
        break;
      }
    }
    return rows;
  }
}
