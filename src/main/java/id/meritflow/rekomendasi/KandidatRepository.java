package id.meritflow.rekomendasi;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import id.meritflow.kepegawaian.TingkatInstansi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk reads for ranking: one query per table for a whole agency (or the whole country) instead of
 * one registry round trip per employee, streamed so that memory does not grow with the registry.
 * Histories and positions are read only to prepare the merit rules' facts; positions carry no
 * occupancy here (the target's comes from OrganisasiDirectory).
 */
@Repository
class KandidatRepository {

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transaksi;

  KandidatRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    // Read-only, and a transaction at all: PostgreSQL streams a result (fetch size) only outside auto-commit.
    this.transaksi = new TransactionTemplate(transactionManager);
    this.transaksi.setReadOnly(true);
  }

  /**
   * Full profiles of the employees of an agency, or of every agency when {@code instansiId} is empty,
   * in NIP order, streamed: each profile is handed to {@code tiap} as soon as it is read, so a national
   * registry is never held in memory. Four cursors (employees, kinerja, disciplinary cases, position
   * history), each ordered by NIP, are read side by side in one read-only transaction and merged.
   */
  void profil(Optional<String> instansiId, Consumer<PegawaiProfil> tiap) {
    transaksi.executeWithoutResult(status -> jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) c -> {
      baca(c, instansiId, tiap);
      return null;
    }));
  }

  private static void baca(Connection c, Optional<String> instansiId, Consumer<PegawaiProfil> tiap) throws SQLException {
    // Nationally the children need no join: every row belongs to an employee (foreign key).
    String pegawaiDi = instansiId.isPresent() ? " join pegawai p on p.nip = x.nip where p.instansi_id = ?" : "";
    try (Kursor pegawai = new Kursor(c, "select x.* from pegawai x" + (instansiId.isPresent() ? " where x.instansi_id = ?" : "")
            + " order by x.nip", instansiId);
        Kursor kinerja = new Kursor(c, "select x.nip, x.tahun, x.predikat from kinerja x" + pegawaiDi
            + " order by x.nip, x.tahun desc", instansiId);
        Kursor disiplin = new Kursor(c, "select x.* from kasus_disiplin x" + pegawaiDi
            + " order by x.nip, x.tanggal_kasus desc, x.id", instansiId);
        Kursor riwayat = new Kursor(c, "select x.* from riwayat_jabatan x" + pegawaiDi + " order by x.nip, x.tmt, x.id",
            instansiId)) {
      while (pegawai.ada()) {
        Pegawai p = pegawai(pegawai.rs);
        pegawai.maju();
        String nip = p.nip();
        List<Kinerja> k = kinerja.milik(nip,
            (rs, n) -> new Kinerja(rs.getInt("tahun"), PredikatKinerja.valueOf(rs.getString("predikat"))));
        List<KasusDisiplin> d = disiplin.milik(nip, KandidatRepository::kasus);
        List<RiwayatJabatan> r = riwayat.milik(nip, (rs, n) -> new RiwayatJabatan(rs.getString("id"), rs.getString("instansi_id"),
            rs.getString("unit_kerja_id"), rs.getString("jabatan_id"), date(rs, "tmt"), rs.getString("nomor_sk")));
        tiap.accept(new PegawaiProfil(p, k, d, List.of(), r));
      }
    }
  }

  /** One open query read a little at a time (a server-side cursor on PostgreSQL), positioned on its next row. */
  private static final class Kursor implements AutoCloseable {

    private static final int FETCH = 1_000;

    private final PreparedStatement statement;
    private final ResultSet rs;
    private boolean ada;

    Kursor(Connection c, String sql, Optional<String> instansiId) throws SQLException {
      statement = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(FETCH);
      if (instansiId.isPresent()) {
        statement.setString(1, instansiId.get());
      }
      rs = statement.executeQuery();
      ada = rs.next();
    }

    boolean ada() {
      return ada;
    }

    void maju() throws SQLException {
      ada = rs.next();
    }

    /** The rows of one employee (the cursor is ordered by NIP; rows of an earlier NIP are passed over). */
    <T> List<T> milik(String nip, RowMapper<T> baris) throws SQLException {
      List<T> hasil = null;
      while (ada) {
        int banding = rs.getString("nip").compareTo(nip);
        if (banding > 0) {
          break;
        }
        if (banding == 0) {
          if (hasil == null) {
            hasil = new ArrayList<>(4);
          }
          hasil.add(baris.mapRow(rs, 0));
        }
        ada = rs.next();
      }
      return hasil == null ? List.of() : hasil;
    }

    @Override
    public void close() throws SQLException {
      try {
        rs.close();
      } finally {
        statement.close();
      }
    }
  }

  private static KasusDisiplin kasus(ResultSet rs, int n) throws SQLException {
    String tingkat = rs.getString("tingkat_hukuman");
    return new KasusDisiplin(rs.getString("id"), rs.getString("pelanggaran"), date(rs, "tanggal_kasus"),
        StatusKasus.valueOf(rs.getString("status")), tingkat == null ? null : TingkatHukuman.valueOf(tingkat),
        rs.getString("jenis_hukuman"), date(rs, "tmt_hukuman"), date(rs, "akhir_hukuman"));
  }

  /** Every position by id, without occupancy. */
  Map<String, Jabatan> jabatan() {
    Map<String, Jabatan> hasil = new HashMap<>();
    jdbc.query("select * from jabatan", rs -> {
      String eselon = rs.getString("eselon");
      int batas = rs.getInt("batas_usia");
      Integer batasUsia = rs.wasNull() ? null : batas;
      int kebutuhan = rs.getInt("kebutuhan");
      hasil.put(rs.getString("id"), new Jabatan(rs.getString("id"), rs.getString("instansi_id"), rs.getString("unit_kerja_id"),
          rs.getString("nama"), JenisJabatan.valueOf(rs.getString("jenis")), eselon == null ? null : Eselon.fromKode(eselon).orElse(null),
          rs.getString("jenjang"), golongan(rs.getString("golongan_min")), golongan(rs.getString("golongan_max")),
          Pendidikan.valueOf(rs.getString("pendidikan_min")), batasUsia, kebutuhan, 0, kebutuhan));
    });
    return hasil;
  }

  Map<String, Instansi> instansi() {
    Map<String, Instansi> hasil = new HashMap<>();
    jdbc.query("select * from instansi", rs -> {
      hasil.put(rs.getString("id"), new Instansi(rs.getString("id"), rs.getString("nama"),
          TingkatInstansi.valueOf(rs.getString("tingkat")), rs.getString("wilayah"), rs.getString("provinsi"),
          date(rs, "tanggal_penetapan_calon"), date(rs, "tanggal_pelantikan_kepala_daerah"),
          date(rs, "akhir_masa_jabatan_kepala_daerah")));
    });
    return hasil;
  }

  /**
   * Moves out of a unit (an SK in another unit following one in this unit) with a TMT in [dari, sampai].
   * Only the SKs of people who have an SK in this unit are looked at (index on unit and TMT, then on NIP
   * and TMT): the cost follows the unit's history, not every move of the period in the country.
   */
  int keluarDariUnit(String unitKerjaId, LocalDate dari, LocalDate sampai) {
    Integer n = jdbc.queryForObject("""
        select count(*) from riwayat_jabatan r
        where r.nip in (select r1.nip from riwayat_jabatan r1 where r1.unit_kerja_id = :unit and r1.tmt < :sampai)
          and r.tmt between :dari and :sampai and r.unit_kerja_id <> :unit
          and (select r2.unit_kerja_id from riwayat_jabatan r2 where r2.nip = r.nip and r2.tmt < r.tmt
               order by r2.tmt desc fetch first 1 rows only) = :unit""",
        new MapSqlParameterSource("unit", unitKerjaId).addValue("dari", dari).addValue("sampai", sampai), Integer.class);
    return n == null ? 0 : n;
  }

  private static Pegawai pegawai(ResultSet rs) throws SQLException {
    return new Pegawai(rs.getString("nip"), rs.getString("nama"), JenisKelamin.valueOf(rs.getString("jenis_kelamin")),
        date(rs, "tanggal_lahir"), date(rs, "tmt_cpns"), rs.getString("instansi_id"), rs.getString("unit_kerja_id"),
        rs.getString("jabatan_id"), date(rs, "tmt_jabatan"), golongan(rs.getString("golongan")), date(rs, "tmt_golongan"),
        Pendidikan.valueOf(rs.getString("pendidikan")), rs.getString("bidang_pendidikan"), rs.getBoolean("tugas_belajar"),
        date(rs, "ikatan_dinas_sampai"), date(rs, "lulus_ujian_dinas_1"), date(rs, "lulus_ujian_dinas_2"), rs.getInt("versi"));
  }

  private static Golongan golongan(String kode) {
    return Golongan.fromKode(kode).orElseThrow(() -> new IllegalStateException("golongan tidak dikenal: " + kode));
  }

  /** A {@code date} column as read (JDBC 4.2), without the java.sql.Date and calendar round trip. */
  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
