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
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bulk reads for ranking: one query per table for a whole agency (or the whole country) instead of
 * one registry round trip per employee. Histories and positions are read only to prepare the merit
 * rules' facts; positions carry no occupancy here (the target's comes from OrganisasiDirectory).
 */
@Repository
class KandidatRepository {


  private final NamedParameterJdbcTemplate jdbc;

  KandidatRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Full profiles of the employees of an agency, or of every agency when {@code instansiId} is empty. */
  List<PegawaiProfil> profil(Optional<String> instansiId) {
    MapSqlParameterSource param = new MapSqlParameterSource("instansi", instansiId.orElse(""));
    // Two texts rather than "(:instansi is null or ...)": PostgreSQL cannot type a null parameter.
    String semua = instansiId.isPresent() ? "p.instansi_id = :instansi" : "1 = 1";
    Map<String, Pegawai> pegawai = new LinkedHashMap<>();
    jdbc.query("select p.* from pegawai p where " + semua + " order by p.nip", param,
        rs -> { pegawai.put(rs.getString("nip"), pegawai(rs)); });
    Map<String, List<Kinerja>> kinerja = new HashMap<>();
    jdbc.query("select k.nip, k.tahun, k.predikat from kinerja k join pegawai p on p.nip = k.nip where " + semua
        + " order by k.tahun desc", param, rs -> {
          kinerja.computeIfAbsent(rs.getString("nip"), x -> new ArrayList<>())
              .add(new Kinerja(rs.getInt("tahun"), PredikatKinerja.valueOf(rs.getString("predikat"))));
        });
    Map<String, List<KasusDisiplin>> disiplin = new HashMap<>();
    jdbc.query("select k.* from kasus_disiplin k join pegawai p on p.nip = k.nip where " + semua, param, rs -> {
      String tingkat = rs.getString("tingkat_hukuman");
      disiplin.computeIfAbsent(rs.getString("nip"), x -> new ArrayList<>()).add(new KasusDisiplin(rs.getString("id"),
          rs.getString("pelanggaran"), date(rs, "tanggal_kasus"), StatusKasus.valueOf(rs.getString("status")),
          tingkat == null ? null : TingkatHukuman.valueOf(tingkat), rs.getString("jenis_hukuman"), date(rs, "tmt_hukuman"),
          date(rs, "akhir_hukuman")));
    });
    Map<String, List<RiwayatJabatan>> riwayat = new HashMap<>();
    jdbc.query("select r.* from riwayat_jabatan r join pegawai p on p.nip = r.nip where " + semua + " order by r.tmt", param,
        rs -> {
          riwayat.computeIfAbsent(rs.getString("nip"), x -> new ArrayList<>()).add(new RiwayatJabatan(rs.getString("id"),
              rs.getString("instansi_id"), rs.getString("unit_kerja_id"), rs.getString("jabatan_id"), date(rs, "tmt"),
              rs.getString("nomor_sk")));
        });
    List<PegawaiProfil> hasil = new ArrayList<>(pegawai.size());
    pegawai.forEach((nip, p) -> hasil.add(new PegawaiProfil(p, kinerja.getOrDefault(nip, List.of()),
        disiplin.getOrDefault(nip, List.of()), List.of(), riwayat.getOrDefault(nip, List.of()))));
    return hasil;
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

  /** Moves out of a unit (an SK in another unit following one in this unit) with a TMT in [dari, sampai]. */
  int keluarDariUnit(String unitKerjaId, LocalDate dari, LocalDate sampai) {
    Integer n = jdbc.queryForObject("""
        select count(*) from riwayat_jabatan r
        where r.tmt between :dari and :sampai and r.unit_kerja_id <> :unit
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

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
