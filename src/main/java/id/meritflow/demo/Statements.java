package id.meritflow.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** The insert statements of the registry and null-safe parameter helpers (PostgreSQL needs types). */
final class Statements {

  static final String INSTANSI = "insert into instansi (id, nama, tingkat, wilayah, provinsi,"
      + " tanggal_penetapan_calon, tanggal_pelantikan_kepala_daerah, akhir_masa_jabatan_kepala_daerah)"
      + " values (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String UNIT_KERJA =
      "insert into unit_kerja (id, instansi_id, nama, induk_id) values (?, ?, ?, ?)";
  static final String JABATAN = "insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis,"
      + " eselon, jenjang, golongan_min, golongan_max, pendidikan_min, batas_usia, kebutuhan)"
      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String PEGAWAI = "insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir,"
      + " instansi_id, unit_kerja_id, jabatan_id, tmt_jabatan, golongan, tmt_golongan, pendidikan,"
      + " bidang_pendidikan, tugas_belajar, ikatan_dinas_sampai, lulus_ujian_dinas_1,"
      + " lulus_ujian_dinas_2, tmt_cpns) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String KINERJA = "insert into kinerja (nip, tahun, predikat) values (?, ?, ?)";
  static final String KASUS_DISIPLIN = "insert into kasus_disiplin (id, nip, pelanggaran,"
      + " tanggal_kasus, status, tingkat_hukuman, jenis_hukuman, tmt_hukuman, akhir_hukuman)"
      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String RIWAYAT_PANGKAT =
      "insert into riwayat_pangkat (id, nip, golongan, tmt, nomor_sk) values (?, ?, ?, ?, ?)";
  static final String RIWAYAT_JABATAN = "insert into riwayat_jabatan (id, nip, instansi_id,"
      + " unit_kerja_id, jabatan_id, tmt, nomor_sk) values (?, ?, ?, ?, ?, ?, ?)";

  private Statements() {}

  static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setDate(index, Date.valueOf(value));
    }
  }

  static void text(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }
}
