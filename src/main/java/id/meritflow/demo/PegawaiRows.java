package id.meritflow.demo;

import static id.meritflow.demo.Statements.date;
import static id.meritflow.demo.Statements.text;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds an employee and its child rows to the insert statements in {@link Statements}. */
final class PegawaiRows {

  private PegawaiRows() {}

  static void set(PreparedStatement ps, PegawaiData p) throws SQLException {
    ps.setString(1, p.nip());
    ps.setString(2, p.nama());
    ps.setString(3, String.valueOf(p.jenisKelamin()));
    date(ps, 4, p.tanggalLahir());
    ps.setString(5, p.instansiId());
    ps.setString(6, p.unitKerjaId());
    text(ps, 7, p.jabatanId());
    date(ps, 8, p.tmtJabatan());
    ps.setString(9, p.golongan().kode());
    date(ps, 10, p.tmtGolongan());
    ps.setString(11, p.pendidikan().name());
    text(ps, 12, p.bidangPendidikan());
    ps.setBoolean(13, p.tugasBelajar());
    date(ps, 14, p.ikatanDinasSampai());
    date(ps, 15, p.lulusUjianDinas1());
    date(ps, 16, p.lulusUjianDinas2());
    date(ps, 17, p.tmtCpns());
  }

  static void set(PreparedStatement ps, KinerjaData k) throws SQLException {
    ps.setString(1, k.nip());
    ps.setInt(2, k.tahun());
    ps.setString(3, k.predikat().name());
  }

  static void set(PreparedStatement ps, RiwayatPangkatData r) throws SQLException {
    ps.setString(1, r.id());
    ps.setString(2, r.nip());
    ps.setString(3, r.golongan().kode());
    date(ps, 4, r.tmt());
    text(ps, 5, r.nomorSk());
  }

  static void set(PreparedStatement ps, RiwayatJabatanData r) throws SQLException {
    ps.setString(1, r.id());
    ps.setString(2, r.nip());
    ps.setString(3, r.instansiId());
    ps.setString(4, r.unitKerjaId());
    text(ps, 5, r.jabatanId());
    date(ps, 6, r.tmt());
    text(ps, 7, r.nomorSk());
  }

  static void set(PreparedStatement ps, KasusDisiplinData k) throws SQLException {
    ps.setString(1, k.id());
    ps.setString(2, k.nip());
    ps.setString(3, k.pelanggaran());
    date(ps, 4, k.tanggalKasus());
    ps.setString(5, k.status());
    text(ps, 6, k.tingkatHukuman());
    text(ps, 7, k.jenisHukuman());
    date(ps, 8, k.tmtHukuman());
    date(ps, 9, k.akhirHukuman());
  }
}
