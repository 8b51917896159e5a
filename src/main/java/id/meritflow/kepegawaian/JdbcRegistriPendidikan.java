package id.meritflow.kepegawaian;

import id.meritflow.pemutakhiran.DataPendidikanPegawai;
import id.meritflow.pemutakhiran.RegistriPendidikan;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The registry side of the education update. */
@Component
class JdbcRegistriPendidikan implements RegistriPendidikan {

  private final JdbcTemplate jdbc;

  JdbcRegistriPendidikan(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<DataPendidikanPegawai> find(String nip) {
    return jdbc.query("select nip, nama, pendidikan, bidang_pendidikan from pegawai where nip = ?",
        (rs, i) -> new DataPendidikanPegawai(rs.getString(1), rs.getString(2),
            Pendidikan.valueOf(rs.getString(3)), rs.getString(4)), nip).stream().findFirst();
  }

  @Override
  public void updatePendidikan(String nip, Pendidikan pendidikan, String bidangPendidikan) {
    jdbc.update("update pegawai set pendidikan = ?, bidang_pendidikan = ?, versi = versi + 1 where nip = ?",
        pendidikan.name(), bidangPendidikan, nip);
  }
}
