package id.meritflow.pemutakhiran;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes sure the demo employee Dewi Lestari (instansi cimahi) is in the registry. The demo data
 * generator creates her; until it does, the test inserts only what is missing, so both can run.
 * Plain SQL that H2 and PostgreSQL both accept.
 */
final class PegawaiCimahi {

  static final String NIP_DEWI = "198503122010012001";

  private PegawaiCimahi() {}

  static void ensureDewiLestari(JdbcTemplate jdbc) {
    jdbc.update("""
        insert into instansi (id, nama, tingkat, wilayah, provinsi)
        select 'cimahi', 'Pemerintah Kota Cimahi', 'KABUPATEN_KOTA', 'Kota Cimahi', 'Jawa Barat'
        where not exists (select 1 from instansi where id = 'cimahi')""");
    String unit = jdbc.queryForList("select id from unit_kerja where instansi_id = 'cimahi' order by id",
        String.class).stream().findFirst().orElseGet(() -> {
          jdbc.update("insert into unit_kerja (id, instansi_id, nama) values ('cimahi-bkpsdm', 'cimahi', "
              + "'Badan Kepegawaian dan Pengembangan SDM')");
          return "cimahi-bkpsdm";
        });
    jdbc.update("""
        insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir, instansi_id, unit_kerja_id,
                             golongan, tmt_golongan, pendidikan, bidang_pendidikan, tmt_cpns)
        select ?, 'Dewi Lestari', 'P', date '1985-03-12', 'cimahi', ?,
               'III/c', date '2018-04-01', 'S1', 'Administrasi Negara', date '2010-01-01'
        where not exists (select 1 from pegawai where nip = ?)""", NIP_DEWI, unit, NIP_DEWI);
  }
}
