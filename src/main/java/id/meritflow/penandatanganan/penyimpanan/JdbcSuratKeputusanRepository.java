package id.meritflow.penandatanganan.penyimpanan;

import id.meritflow.penandatanganan.domain.JenisSk;
import id.meritflow.penandatanganan.domain.ModePenandatanganan;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signed SKs in {@code surat_keputusan}: metadata plus the signed PDF as it was issued. */
public final class JdbcSuratKeputusanRepository {

  private static final String COLUMNS = "id, nomor, instansi_id, tahun, jenis, nip, nama_pegawai, perihal, "
      + "kode_verifikasi, sha256, penandatangan, penandatangan_peran, penandatangan_jabatan, mode, "
      + "ditandatangani_pada, dibuat_oleh";
  private static final String SELECTED = COLUMNS + ", dicabut_pada";

  private final JdbcTemplate jdbc;

  public JdbcSuratKeputusanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(SuratKeputusan sk, int urutan, String penandatanganNip, byte[] pdf) {
    jdbc.update("insert into surat_keputusan (" + COLUMNS + ", urutan, penandatangan_nip, pdf) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        sk.id(), sk.nomor(), sk.instansiId(), sk.tahun(), sk.jenis().name(), sk.nip(), sk.namaPegawai(),
        sk.perihal(), sk.kodeVerifikasi(), sk.sha256(), sk.penandatangan(), sk.penandatanganPeran(),
        sk.penandatanganJabatan(), sk.mode().name(), Timestamp.from(sk.ditandatanganiPada()), sk.dibuatOleh(),
        urutan, penandatanganNip, pdf);
  }

  public Optional<SuratKeputusan> findByNomor(String nomor) {
    return find("nomor", nomor);
  }

  public Optional<SuratKeputusan> findByKodeVerifikasi(String kode) {
    return find("kode_verifikasi", kode);
  }

  public Optional<SuratKeputusan> findBySha256(String sha256) {
    return find("sha256", sha256);
  }

  /** The SKs about one employee, newest first. */
  public List<SuratKeputusan> findByNip(String nip) {
    return jdbc.query("select " + SELECTED + " from surat_keputusan where nip = ? order by ditandatangani_pada desc",
        JdbcSuratKeputusanRepository::map, nip);
  }

  /**
   * The SKs of the given agencies signed in the name of a signer role, newest first (at most
   * {@code limit}): for "ppk" every delegated SK (a.n. the PPK) and those the PPK signed himself; for
   * any other role those signed LANGSUNG with that role's key (e.g. "presiden", Keppres).
   */
  public List<SuratKeputusan> findAtasNama(String peran, Collection<String> instansiIds, int limit) {
    if (instansiIds.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", java.util.Collections.nCopies(instansiIds.size(), "?"));
    String role = "ppk".equals(peran) ? "(mode = 'DELEGASI' or penandatangan_peran = 'ppk')"
        : "(mode = 'LANGSUNG' and penandatangan_peran = ?)";
    List<Object> args = new ArrayList<>();
    if (!"ppk".equals(peran)) {
      args.add(peran);
    }
    args.addAll(instansiIds);
    args.add(limit);
    return jdbc.query("select " + SELECTED + " from surat_keputusan where " + role + " and instansi_id in (" + in
        + ") order by ditandatangani_pada desc fetch first ? rows only", JdbcSuratKeputusanRepository::map, args.toArray());
  }

  public Optional<byte[]> pdf(String nomor) {
    return jdbc.query("select pdf from surat_keputusan where nomor = ?", (rs, i) -> rs.getBytes(1), nomor)
        .stream().findFirst();
  }

  public Optional<String> namaInstansi(String instansiId) {
    return jdbc.queryForList("select nama from instansi where id = ?", String.class, instansiId).stream().findFirst();
  }

  private Optional<SuratKeputusan> find(String column, String value) {
    return jdbc.query("select " + SELECTED + " from surat_keputusan where " + column + " = ?",
        JdbcSuratKeputusanRepository::map, value).stream().findFirst();
  }

  private static SuratKeputusan map(ResultSet rs, int row) throws SQLException {
    return new SuratKeputusan(rs.getString("id"), rs.getString("nomor"), rs.getString("instansi_id"),
        rs.getInt("tahun"), JenisSk.valueOf(rs.getString("jenis")), rs.getString("nip"),
        rs.getString("nama_pegawai"), rs.getString("perihal"), rs.getString("kode_verifikasi"),
        rs.getString("sha256"), rs.getString("penandatangan"), rs.getString("penandatangan_peran"),
        rs.getString("penandatangan_jabatan"), ModePenandatanganan.valueOf(rs.getString("mode")),
        rs.getTimestamp("ditandatangani_pada").toInstant(), rs.getString("dibuat_oleh"),
        Optional.ofNullable(rs.getTimestamp("dicabut_pada")).map(Timestamp::toInstant));
  }
}
