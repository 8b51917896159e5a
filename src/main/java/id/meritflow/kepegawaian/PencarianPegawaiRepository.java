package id.meritflow.kepegawaian;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The employee search: one SQL query that filters, sorts, pages and counts in the database, so a
 * national registry is never read into memory. A NIP prefix is a range on the primary key; name
 * words are {@code like} filters within the caller's agencies (index on instansi_id, nama, nip).
 * Measured on PostgreSQL with 1,000,000 employees: a NIP prefix about 1 ms, name words within an
 * agency of 250,000 about 0.2 s, name words across every agency (administrator, BKN) about 0.5 s
 * (see docs/adr/0013-pencarian-pegawai-tanpa-trigram.md).
 */
@Repository
class PencarianPegawaiRepository {

  /**
   * The page is chosen first from columns of the index (instansi_id, nama, nip), so that an
   * agency's names are filtered in the index without reading the rows; only the page's rows are
   * then read and joined to their names. The window count gives the total in the same query.
   */
  private static final String HITS = "with hits as (select p.nip, p.nama, count(*) over () as total from pegawai p";
  private static final String PAGE = """
      order by p.nama, p.nip limit :limit offset :offset)
      select h.total, p.nip, p.nama, p.instansi_id, i.nama as nama_instansi, p.unit_kerja_id,
        u.nama as nama_unit_kerja, p.jabatan_id, j.nama as nama_jabatan, p.golongan
      from hits h
      join pegawai p on p.nip = h.nip
      join instansi i on i.id = p.instansi_id
      join unit_kerja u on u.id = p.unit_kerja_id
      left join jabatan j on j.id = p.jabatan_id
      order by h.nama, h.nip""";

  private final NamedParameterJdbcTemplate jdbc;

  PencarianPegawaiRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Halaman<PegawaiRingkas> cari(KataCari kata, PegawaiFilter filter, int page, int size) {
    boolean tanpaInstansi = filter.instansiIds().isPresent() && filter.instansiIds().get().isEmpty()
        && filter.nip().isEmpty();
    if (tanpaInstansi || (kata.nipAwal().isPresent() && kata.rentangNip().isEmpty())) {
      return new Halaman<>(List.of(), 0, page, size);
    }
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("limit", size).addValue("offset", (long) page * size);
    StringBuilder sql = new StringBuilder(HITS).append(" where 1 = 1");
    filter.nip().ifPresent(nip -> {
      sql.append(" and p.nip = :diri");
      params.addValue("diri", nip);
    });
    filter.instansiIds().filter(ids -> !ids.isEmpty()).ifPresent(ids -> {
      sql.append(" and p.instansi_id in (:ids)");
      params.addValue("ids", ids);
    });
    filter.instansiId().ifPresent(id -> {
      sql.append(" and p.instansi_id = :instansi");
      params.addValue("instansi", id);
    });
    filter.unitKerjaId().ifPresent(id -> {
      sql.append(" and p.unit_kerja_id = :unit");
      params.addValue("unit", id);
    });
    kata.rentangNip().ifPresent(rentang -> {
      sql.append(" and p.nip between :nipDari and :nipSampai");
      params.addValue("nipDari", rentang.get(0)).addValue("nipSampai", rentang.get(1));
    });
    for (int i = 0; i < kata.kata().size(); i++) {
      sql.append(" and lower(p.nama) like :kata").append(i).append(" escape '\\'");
      params.addValue("kata" + i, "%" + escapeLike(kata.kata().get(i)) + "%");
    }
    // By name; nip breaks ties so that pages never overlap. "Exact NIP first" needs no clause: a NIP
    // has 18 digits, so a complete one is a prefix of itself only and is the single hit.
    sql.append('\n').append(PAGE);
    AtomicLong total = new AtomicLong();
    List<PegawaiRingkas> items = jdbc.query(sql.toString(), params, (rs, n) -> {
      total.set(rs.getLong("total"));
      return ringkas(rs);
    });
    if (items.isEmpty() && page > 0) {
      // Past the last page the window count has no row to ride on: count once more.
      return new Halaman<>(items, cari(kata, filter, 0, 1).total(), page, size);
    }
    return new Halaman<>(items, total.get(), page, size);
  }

  private static String escapeLike(String kata) {
    return kata.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static PegawaiRingkas ringkas(ResultSet rs) throws SQLException {
    String golongan = Golongan.fromKode(rs.getString("golongan")).map(Golongan::label)
        .orElse(rs.getString("golongan"));
    return new PegawaiRingkas(rs.getString("nip"), rs.getString("nama"), rs.getString("instansi_id"),
        rs.getString("nama_instansi"), rs.getString("unit_kerja_id"), rs.getString("nama_unit_kerja"),
        rs.getString("jabatan_id"), rs.getString("nama_jabatan"), golongan);
  }
}
