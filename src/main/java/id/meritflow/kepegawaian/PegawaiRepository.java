package id.meritflow.kepegawaian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Pegawai rows and their kinerja. */
@Repository
class PegawaiRepository {

  private final NamedParameterJdbcTemplate jdbc;

  PegawaiRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Pegawai> find(String nip) {
    return jdbc.query("select * from pegawai where nip = :nip", Map.of("nip", nip), PegawaiRepository::pegawai)
        .stream().findFirst();
  }

  /** The employees with these NIPs (unknown ones are absent), in one statement. */
  List<Pegawai> findAll(java.util.Collection<String> nips) {
    if (nips.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select * from pegawai where nip in (:nips)", Map.of("nips", nips), PegawaiRepository::pegawai);
  }

  /** The kinerja of these employees by NIP (newest year first), in one statement. */
  Map<String, List<Kinerja>> kinerja(java.util.Collection<String> nips) {
    Map<String, List<Kinerja>> out = new java.util.HashMap<>();
    if (!nips.isEmpty()) {
      jdbc.query("select nip, tahun, predikat from kinerja where nip in (:nips) order by nip, tahun desc",
          Map.of("nips", nips), rs -> {
            out.computeIfAbsent(rs.getString("nip"), k -> new java.util.ArrayList<>()).add(new Kinerja(rs.getInt("tahun"),
                PredikatKinerja.parse(rs.getString("predikat")).orElseThrow()));
          });
    }
    return out;
  }

  /** The holders of a post, by NIP, in one statement. */
  List<Pegawai> holdersOf(String jabatanId) {
    return jdbc.query("select * from pegawai where jabatan_id = :id order by nip", Map.of("id", jabatanId),
        PegawaiRepository::pegawai);
  }

  Optional<String> instansiOf(String nip) {
    return jdbc.queryForList("select instansi_id from pegawai where nip = :nip", Map.of("nip", nip), String.class)
        .stream().findFirst();
  }

  Halaman<Pegawai> page(PegawaiFilter filter, int page, int size) {
    if (filter.instansiIds().isPresent() && filter.instansiIds().get().isEmpty() && filter.nip().isEmpty()) {
      return new Halaman<>(List.of(), 0, page, size);
    }
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("limit", size).addValue("offset", (long) page * size);
    StringBuilder where = new StringBuilder(" where 1 = 1");
    filter.nip().ifPresent(nip -> {
      where.append(" and nip = :nip");
      params.addValue("nip", nip);
    });
    filter.instansiIds().filter(ids -> !ids.isEmpty()).ifPresent(ids -> {
      where.append(" and instansi_id in (:ids)");
      params.addValue("ids", ids);
    });
    filter.instansiId().ifPresent(id -> {
      where.append(" and instansi_id = :instansi");
      params.addValue("instansi", id);
    });
    filter.unitKerjaId().ifPresent(id -> {
      where.append(" and unit_kerja_id = :unit");
      params.addValue("unit", id);
    });
    Long total = jdbc.queryForObject("select count(*) from pegawai" + where, params, Long.class);
    List<Pegawai> items = jdbc.query("select * from pegawai" + where + " order by nama, nip limit :limit offset :offset",
        params, PegawaiRepository::pegawai);
    return new Halaman<>(items, total == null ? 0 : total, page, size);
  }

  void insert(PegawaiRequest r) {
    jdbc.update("""
        insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir, instansi_id, unit_kerja_id, jabatan_id,
          tmt_jabatan, golongan, tmt_golongan, pendidikan, bidang_pendidikan, tugas_belajar, ikatan_dinas_sampai,
          lulus_ujian_dinas_1, lulus_ujian_dinas_2, tmt_cpns, versi)
        values (:nip, :nama, :jk, :lahir, :instansi, :unit, :jabatan, :tmtJabatan, :golongan, :tmtGolongan,
          :pendidikan, :bidang, :tugasBelajar, :ikatan, :ujian1, :ujian2, :tmtCpns, 0)""",
        new MapSqlParameterSource().addValue("nip", r.nip()).addValue("nama", r.nama().strip())
            .addValue("jk", r.jenisKelamin()).addValue("lahir", r.tanggalLahir())
            .addValue("instansi", r.instansiId()).addValue("unit", r.unitKerjaId())
            .addValue("jabatan", r.jabatanId() == null || r.jabatanId().isBlank() ? null : r.jabatanId())
            .addValue("tmtJabatan", r.tmtJabatan()).addValue("golongan", r.golongan())
            .addValue("tmtGolongan", r.tmtGolongan()).addValue("pendidikan", r.pendidikan())
            .addValue("bidang", r.bidangPendidikan()).addValue("tugasBelajar", Boolean.TRUE.equals(r.tugasBelajar()))
            .addValue("ikatan", r.ikatanDinasSampai()).addValue("ujian1", r.lulusUjianDinas1())
            .addValue("ujian2", r.lulusUjianDinas2()).addValue("tmtCpns", r.tmtCpns()));
  }

  /** Updates the non-history fields; answers false when {@code versi} is no longer current. */
  boolean update(String nip, PegawaiUpdateRequest r, int versi) {
    return jdbc.update("""
        update pegawai set nama = :nama, pendidikan = :pendidikan, bidang_pendidikan = :bidang,
          tugas_belajar = :tugasBelajar, ikatan_dinas_sampai = :ikatan, lulus_ujian_dinas_1 = :ujian1,
          lulus_ujian_dinas_2 = :ujian2, versi = versi + 1
        where nip = :nip and versi = :versi""",
        new MapSqlParameterSource().addValue("nip", nip).addValue("versi", versi).addValue("nama", r.nama().strip())
            .addValue("pendidikan", r.pendidikan()).addValue("bidang", r.bidangPendidikan())
            .addValue("tugasBelajar", Boolean.TRUE.equals(r.tugasBelajar()))
            .addValue("ikatan", r.ikatanDinasSampai()).addValue("ujian1", r.lulusUjianDinas1())
            .addValue("ujian2", r.lulusUjianDinas2())) == 1;
  }

  void updatePendidikan(String nip, Pendidikan pendidikan, String bidang) {
    jdbc.update("update pegawai set pendidikan = :p, bidang_pendidikan = :b, versi = versi + 1 where nip = :nip",
        new MapSqlParameterSource().addValue("nip", nip).addValue("p", pendidikan.name()).addValue("b", bidang));
  }

  void updateGolongan(String nip, Golongan golongan, LocalDate tmt) {
    jdbc.update("update pegawai set golongan = :g, tmt_golongan = :tmt, versi = versi + 1 where nip = :nip",
        new MapSqlParameterSource().addValue("nip", nip).addValue("g", golongan.kode()).addValue("tmt", tmt));
  }

  void updatePosisi(String nip, RiwayatJabatanRequest r) {
    jdbc.update("""
        update pegawai set instansi_id = :instansi, unit_kerja_id = :unit, jabatan_id = :jabatan,
          tmt_jabatan = :tmt, versi = versi + 1
        where nip = :nip""",
        new MapSqlParameterSource().addValue("nip", nip).addValue("instansi", r.instansiId())
            .addValue("unit", r.unitKerjaId())
            .addValue("jabatan", r.jabatanId() == null || r.jabatanId().isBlank() ? null : r.jabatanId())
            .addValue("tmt", r.tmt()));
  }

  List<Kinerja> kinerja(String nip) {
    return jdbc.query("select tahun, predikat from kinerja where nip = :nip order by tahun desc", Map.of("nip", nip),
        (rs, n) -> new Kinerja(rs.getInt("tahun"), PredikatKinerja.parse(rs.getString("predikat")).orElseThrow()));
  }

  /** Sets the predikat of a year, replacing an earlier one (portable upsert: update, else insert). */
  void putKinerja(String nip, int tahun, PredikatKinerja predikat) {
    var params = new MapSqlParameterSource().addValue("nip", nip).addValue("tahun", tahun)
        .addValue("predikat", predikat.name());
    if (jdbc.update("update kinerja set predikat = :predikat where nip = :nip and tahun = :tahun", params) == 0) {
      jdbc.update("insert into kinerja (nip, tahun, predikat) values (:nip, :tahun, :predikat)", params);
    }
  }

  private static Pegawai pegawai(ResultSet rs, int row) throws SQLException {
    return new Pegawai(rs.getString("nip"), rs.getString("nama"),
        JenisKelamin.parse(rs.getString("jenis_kelamin")).orElseThrow(), Rows.date(rs, "tanggal_lahir"),
        Rows.date(rs, "tmt_cpns"), rs.getString("instansi_id"), rs.getString("unit_kerja_id"),
        rs.getString("jabatan_id"), Rows.date(rs, "tmt_jabatan"),
        Golongan.fromKode(rs.getString("golongan")).orElseThrow(), Rows.date(rs, "tmt_golongan"),
        Pendidikan.parse(rs.getString("pendidikan")).orElseThrow(), rs.getString("bidang_pendidikan"),
        rs.getBoolean("tugas_belajar"), Rows.date(rs, "ikatan_dinas_sampai"), Rows.date(rs, "lulus_ujian_dinas_1"),
        Rows.date(rs, "lulus_ujian_dinas_2"), rs.getInt("versi"));
  }
}
