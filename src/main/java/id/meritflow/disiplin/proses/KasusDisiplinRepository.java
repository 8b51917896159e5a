package id.meritflow.disiplin.proses;

import id.meritflow.disiplin.HukumanTerdahulu;
import id.meritflow.kepegawaian.JenisHukuman;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The disiplin process's writes to the registry's {@code kasus_disiplin} (the table MUT-DISIPLIN and
 * KP-DISIPLIN read), attendance data and flags. Every write runs in the caller's (the engine's)
 * transaction.
 */
@Repository
public class KasusDisiplinRepository {

  /** A case row as the process and the API see it. */
  public record Baris(String id, String nip, String instansiId, String pelanggaran, String jenisPelanggaran,
      LocalDate tanggalKasus, String status, String tingkatHukuman, String jenisHukuman, LocalDate tmtHukuman,
      LocalDate akhirHukuman, String sumber, String prosesId) {}

  /** One flag raised for a superior (DIS-ATASAN, DIS-PENYAMPAIAN). */
  public record Tanda(String kasusId, String nip, String kode, String uraian, Instant waktu) {}

  /** An employee with repeated ringan penalties. */
  public record RinganBerulang(String nip, int jumlah) {}

  /** Attendance of one employee in one year. */
  public record Kehadiran(String nip, int tahun, int hariTidakMasuk, int tidakMasukBeruntun) {}

  private final JdbcTemplate jdbc;

  KasusDisiplinRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the open case; a retried step finds it already there. */
  void bukaJikaBelumAda(String id, String nip, String pelanggaran, String jenisPelanggaran, LocalDate tanggal,
      String sumber, String prosesId) {
    if (find(id).isPresent()) {
      return;
    }
    jdbc.update("""
        insert into kasus_disiplin (id, nip, pelanggaran, tanggal_kasus, status, jenis_pelanggaran, sumber, proses_id)
        values (?, ?, ?, ?, 'TERBUKA', ?, ?, ?)""", id, nip, pelanggaran, Date.valueOf(tanggal), jenisPelanggaran,
        sumber, prosesId);
  }

  void status(String id, String status, String tingkat, String jenis, LocalDate tmt, LocalDate akhir) {
    int n = jdbc.update("""
        update kasus_disiplin set status = ?, tingkat_hukuman = ?, jenis_hukuman = ?, tmt_hukuman = ?, akhir_hukuman = ?
        where id = ?""", status, tingkat, jenis, tmt == null ? null : Date.valueOf(tmt),
        akhir == null ? null : Date.valueOf(akhir), id);
    if (n != 1) {
      throw new IllegalStateException("kasus disiplin " + id + " tidak ada di registri");
    }
  }

  public Optional<Baris> find(String id) {
    return jdbc.query("""
        select k.*, p.instansi_id from kasus_disiplin k join pegawai p on p.nip = k.nip where k.id = ?""",
        (rs, i) -> new Baris(rs.getString("id"), rs.getString("nip"), rs.getString("instansi_id"),
            rs.getString("pelanggaran"), rs.getString("jenis_pelanggaran"), date(rs.getDate("tanggal_kasus")),
            rs.getString("status"), rs.getString("tingkat_hukuman"), rs.getString("jenis_hukuman"),
            date(rs.getDate("tmt_hukuman")), date(rs.getDate("akhir_hukuman")), rs.getString("sumber"),
            rs.getString("proses_id")), id).stream().findFirst();
  }

  /** Decided penalties of an employee (DIS-BERULANG), other than the given case. */
  List<HukumanTerdahulu> hukumanTerdahulu(String nip, String kecualiKasusId) {
    return jdbc.query("""
        select id, jenis_pelanggaran, jenis_hukuman from kasus_disiplin
        where nip = ? and id <> ? and status = 'DIPUTUS' and jenis_hukuman is not null""",
        (rs, i) -> {
          String kasusId = rs.getString(1);
          String jenisPelanggaran = rs.getString(2);
          return JenisHukuman.parse(rs.getString(3)).map(j -> new HukumanTerdahulu(kasusId, jenisPelanggaran, j))
              .orElse(null);
        }, nip, kecualiKasusId).stream().filter(h -> h != null).toList();
  }

  void tandai(String kasusId, String instansiId, String nip, String kode, String uraian, Instant waktu) {
    jdbc.update("""
        insert into disiplin_tanda (id, kasus_id, instansi_id, nip, kode, uraian, waktu) values (?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), kasusId, instansiId, nip, kode, uraian, Timestamp.from(waktu));
  }

  public List<Tanda> tanda(String instansiId) {
    return jdbc.query("select * from disiplin_tanda where instansi_id = ? order by waktu, id", (rs, i) -> new Tanda(
        rs.getString("kasus_id"), rs.getString("nip"), rs.getString("kode"), rs.getString("uraian"),
        rs.getTimestamp("waktu").toInstant()), instansiId);
  }

  public void simpanKehadiran(Kehadiran k, Instant waktu) {
    int n = jdbc.update("""
        update disiplin_kehadiran set hari_tidak_masuk = ?, tidak_masuk_beruntun = ?, diperbarui = ?
        where nip = ? and tahun = ?""", k.hariTidakMasuk(), k.tidakMasukBeruntun(), Timestamp.from(waktu), k.nip(),
        k.tahun());
    if (n == 0) {
      jdbc.update("""
          insert into disiplin_kehadiran (nip, tahun, hari_tidak_masuk, tidak_masuk_beruntun, diperbarui)
          values (?, ?, ?, ?, ?)""", k.nip(), k.tahun(), k.hariTidakMasuk(), k.tidakMasukBeruntun(), Timestamp.from(waktu));
    }
  }

  /** Attendance rows of an agency's employees for a year. */
  public List<Kehadiran> kehadiran(String instansiId, int tahun) {
    return jdbc.query("""
        select k.* from disiplin_kehadiran k join pegawai p on p.nip = k.nip where p.instansi_id = ? and k.tahun = ?
        order by k.nip""", (rs, i) -> new Kehadiran(rs.getString("nip"), rs.getInt("tahun"),
        rs.getInt("hari_tidak_masuk"), rs.getInt("tidak_masuk_beruntun")), instansiId, tahun);
  }

  /** The case already opened for this employee, year and DIS-ABSEN band, if any. */
  public Optional<String> kasusKehadiran(String nip, int tahun, String jenisHukuman) {
    return jdbc.queryForList("""
        select kasus_id from disiplin_kasus_kehadiran where nip = ? and tahun = ? and jenis_hukuman = ?""",
        String.class, nip, tahun, jenisHukuman).stream().findFirst();
  }

  public void catatKasusKehadiran(String nip, int tahun, String jenisHukuman, String kasusId) {
    jdbc.update("insert into disiplin_kasus_kehadiran (nip, tahun, jenis_hukuman, kasus_id) values (?, ?, ?, ?)",
        nip, tahun, jenisHukuman, kasusId);
  }

  /** Employees of an agency with at least {@code jumlah} ringan penalties since {@code sejak}. */
  public List<RinganBerulang> ringanBerulang(String instansiId, LocalDate sejak, int jumlah) {
    return jdbc.query("""
        select k.nip, count(*) from kasus_disiplin k join pegawai p on p.nip = k.nip
        where p.instansi_id = ? and k.status = 'DIPUTUS' and k.tingkat_hukuman = 'RINGAN' and k.tanggal_kasus >= ?
        group by k.nip having count(*) >= ? order by k.nip""",
        (rs, i) -> new RinganBerulang(rs.getString(1), rs.getInt(2)), instansiId, Date.valueOf(sejak), jumlah);
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
