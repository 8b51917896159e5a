package id.meritflow.dokumen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code dokumen_kasus}: insert and read only, by design. */
@Repository
class DokumenRepository {

  private static final String KOLOM = "id, kasus_id, jenis, nama_berkas, media_type, ukuran, sha256, diunggah_oleh, diunggah_pada";

  private final JdbcTemplate jdbc;

  DokumenRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void simpan(DokumenKasus d, Kasus kasus, byte[] isi) {
    jdbc.update("""
        insert into dokumen_kasus (id, kasus_id, business_key, instansi_id, jenis, nama_berkas, media_type, ukuran,
          sha256, isi, diunggah_oleh, diunggah_pada)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        d.id(), d.kasusId(), kasus.businessKey(), kasus.instansiId().orElse(null), d.jenis().name(), d.namaBerkas(),
        d.mediaType(), d.ukuran(), d.sha256(), isi, d.diunggahOleh(), Timestamp.from(d.diunggahPada()));
  }

  List<DokumenKasus> daftar(String kasusId) {
    return jdbc.query("select " + KOLOM + " from dokumen_kasus where kasus_id = ? order by diunggah_pada, id",
        DokumenRepository::baris, kasusId);
  }

  Optional<DokumenKasus> cari(String kasusId, String id) {
    return jdbc.query("select " + KOLOM + " from dokumen_kasus where kasus_id = ? and id = ?",
        DokumenRepository::baris, kasusId, id).stream().findFirst();
  }

  Optional<byte[]> isi(String kasusId, String id) {
    return jdbc.query("select isi from dokumen_kasus where kasus_id = ? and id = ?",
        (rs, i) -> rs.getBytes("isi"), kasusId, id).stream().findFirst();
  }

  private static DokumenKasus baris(ResultSet rs, int i) throws SQLException {
    return new DokumenKasus(rs.getString("id"), rs.getString("kasus_id"), JenisDokumen.valueOf(rs.getString("jenis")),
        rs.getString("nama_berkas"), rs.getString("media_type"), rs.getLong("ukuran"), rs.getString("sha256"),
        rs.getString("diunggah_oleh"), rs.getTimestamp("diunggah_pada").toInstant());
  }
}
