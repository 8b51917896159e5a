package id.meritflow.mutasi;

import org.springframework.jdbc.core.JdbcTemplate;

/** Kota M: one employee (Budi Santoso, pelaksana with kinerja) and a vacant pelaksana post, for the API tests. */
final class KotaMFixture {

  static final String NIP = "198501012010011001";

  private KotaMFixture() {}

  static void givenAnEmployeeOfKotaMAndAVacantPost(JdbcTemplate jdbc) {
    jdbc.update("insert into instansi (id, nama, tingkat, wilayah, provinsi) values ('kota-m', 'Pemerintah Kota M', 'KABUPATEN_KOTA', 'Kota M', 'Jawa Barat')");
    jdbc.update("insert into unit_kerja (id, instansi_id, nama) values ('kota-m-setda', 'kota-m', 'Sekretariat Daerah')");
    jdbc.update("insert into unit_kerja (id, instansi_id, nama) values ('kota-m-bkpsdm', 'kota-m', 'BKPSDM')");
    jdbc.update("""
        insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis, golongan_min, golongan_max, pendidikan_min, kebutuhan)
        values ('kota-m-analis', 'kota-m', 'kota-m-setda', 'Analis Kepegawaian', 'PELAKSANA', 'II/a', 'III/d', 'S1', 1),
               ('kota-m-pranata', 'kota-m', 'kota-m-bkpsdm', 'Pranata Kepegawaian', 'PELAKSANA', 'II/a', 'III/d', 'SLTA', 2)""");
    jdbc.update("""
        insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir, instansi_id, unit_kerja_id, jabatan_id, tmt_jabatan,
          golongan, tmt_golongan, pendidikan, tmt_cpns)
        values (?, 'Budi Santoso', 'L', '1985-01-01', 'kota-m', 'kota-m-setda', 'kota-m-analis', '2022-03-01',
          'III/c', '2020-04-01', 'S1', '2010-01-01')""", NIP);
    jdbc.update("insert into kinerja (nip, tahun, predikat) values (?, 2024, 'BAIK'), (?, 2025, 'SANGAT_BAIK')", NIP, NIP);
  }
}
