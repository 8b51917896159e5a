package id.meritflow.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grows the registry to N employees with set-based SQL on PostgreSQL ({@code INSERT … SELECT}), far
 * faster than the demo generator's row-by-row Java. The demo generator's registry (four agencies)
 * is the template: every new employee is a copy of a template employee with a new NIP (birth date
 * shifted, sequence renumbered), a name recombined from two templates, and the template's
 * performance history, disciplinary cases, position and rank histories, so the distributions the
 * ranking reads (rank, education, positions, kinerja, discipline, time in post) stay the demo's.
 *
 * <p>Spread over agencies: Jawa Barat (the search user's agency) grows to a quarter of the registry
 * (250,000 of 1,000,000, as in ADR 0013); the rest goes to new agencies, each a copy of a template
 * agency (its units, positions and people), so the national pool spans hundreds of agencies.
 */
final class RegistriFiller {

  static final String BESAR = "jabar";
  /** Template agencies for the copies, in turn. */
  private static final List<String> POLA = List.of("cimahi", "kemenpanrb", "jabar", "bkn");

  private final JdbcTemplate jdbc;

  RegistriFiller(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  int count() {
    return jdbc.queryForObject("select count(*) from pegawai", Integer.class);
  }

  /** Adds employees until there are {@code n}; returns what was done (rows, seconds per step). */
  Map<String, Object> fillTo(int n) {
    Map<String, Object> out = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    templates();
    int now = count();
    if (n <= now) {
      out.put("added", 0);
      return out;
    }
    int besarNow = jdbc.queryForObject("select count(*) from pegawai where instansi_id = ?", Integer.class, BESAR);
    int besarBase = jdbc.queryForObject("select count(*) from registri_templat where instansi_id = ?", Integer.class, BESAR);
    Map<String, Integer> size = new LinkedHashMap<>();
    jdbc.query("select instansi_id, count(*) from registri_templat group by instansi_id",
        rs -> { size.put(rs.getString(1), rs.getInt(2)); });
    int besarAdd = Math.min(n - now, Math.max(0, n / 4 - besarNow));
    List<String> values = new ArrayList<>();
    // Copies inside the large agency: copy number c continues from what is there.
    int c = (besarNow - besarBase) / besarBase + 1;
    for (int left = besarAdd; left > 0; left -= besarBase, c++) {
      values.add(value(BESAR, BESAR, c, Math.min(left, besarBase)));
    }
    // New agencies, copies of the templates in turn; the last one may be partial.
    int agencies = jdbc.queryForObject("select count(*) from instansi where id like '%-s%'", Integer.class);
    List<String> baru = new ArrayList<>();
    int rest = n - now - besarAdd;
    for (int k = agencies + 1; rest > 0; k++) {
      String pola = POLA.get((k - 1) % POLA.size());
      int take = Math.min(rest, size.get(pola));
      String id = pola + "-s" + String.format("%04d", k);
      baru.add("('" + id + "', '" + pola + "', " + k + ")");
      values.add(value(id, pola, 10_000 + k, take));
      rest -= take;
    }
    Map<String, Double> steps = new LinkedHashMap<>();
    if (!baru.isEmpty()) {
      String v = "(values " + String.join(", ", baru) + ") v(baru, pola, k)";
      step(steps, "agencies", """
          insert into instansi (id, nama, tingkat, wilayah, provinsi, tanggal_penetapan_calon,
            tanggal_pelantikan_kepala_daerah, akhir_masa_jabatan_kepala_daerah)
          select v.baru, i.nama || ' ' || lpad(v.k::text, 4, '0'), i.tingkat, i.wilayah || ' ' || v.k, i.provinsi,
            i.tanggal_penetapan_calon, i.tanggal_pelantikan_kepala_daerah, i.akhir_masa_jabatan_kepala_daerah
          from %1$s join instansi i on i.id = v.pola;
          insert into unit_kerja (id, instansi_id, nama, induk_id)
          select v.baru || substr(u.id, length(v.pola) + 1), v.baru, u.nama,
            v.baru || substr(u.induk_id, length(v.pola) + 1)
          from %1$s join unit_kerja u on u.instansi_id = v.pola;
          insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis, eselon, jenjang, golongan_min, golongan_max,
            pendidikan_min, batas_usia, kebutuhan)
          select v.baru || substr(j.id, length(v.pola) + 1), v.baru, v.baru || substr(j.unit_kerja_id, length(v.pola) + 1),
            j.nama, j.jenis, j.eselon, j.jenjang, j.golongan_min, j.golongan_max, j.pendidikan_min, j.batas_usia, j.kebutuhan
          from %1$s join jabatan j on j.instansi_id = v.pola""".formatted(v));
    }
    String v = "(values " + String.join(", ", values) + ") v(baru, pola, c, jumlah)";
    step(steps, "plan", """
        drop table if exists registri_salinan;
        create unlogged table registri_salinan as
        with baru as (
          select v.baru as instansi_baru, v.pola as instansi_asal, v.c, t.nip as nip_asal, t.nama as nama_asal,
            t.tanggal_lahir + (v.c * 37) %% 365 as lahir,
            1 + abs(hashtext(t.nip || '/' || v.c)) %% (select count(*) from registri_templat) as nama_dari
          from %s join registri_templat t on t.instansi_id = v.pola and t.no_instansi <= v.jumlah
        ), awal as (
          select b.*, to_char(b.lahir, 'YYYYMMDD') || substr(b.nip_asal, 9, 7) as awalan from baru b
        ), ada as (
          select left(nip, 15) as awalan, max(right(nip, 3)::int) as m from pegawai group by 1
        )
        select a.awalan || lpad((coalesce(ada.m, 0)
            + row_number() over (partition by a.awalan order by a.nip_asal, a.c))::text, 3, '0') as nip_baru,
          a.nip_asal, a.instansi_asal, a.instansi_baru, a.lahir,
          split_part(a.nama_asal, ' ', 1) || case when position(' ' in t2.nama) > 0
            then substr(t2.nama, position(' ' in t2.nama)) else '' end as nama
        from awal a left join ada on ada.awalan = a.awalan
        join registri_templat t2 on t2.no = a.nama_dari;
        create index on registri_salinan (nip_asal)""".formatted(v));
    Integer rusak = jdbc.queryForObject("select count(*) from registri_salinan where length(nip_baru) <> 18", Integer.class);
    if (rusak != null && rusak > 0) {
      throw new IllegalStateException(rusak + " NIPs overflow their 3-digit sequence");
    }
    String unit = "case when s.instansi_baru = s.instansi_asal then %1$s else s.instansi_baru || substr(%1$s, length(s.instansi_asal) + 1) end";
    step(steps, "pegawai", """
        insert into pegawai (nip, nama, jenis_kelamin, tanggal_lahir, instansi_id, unit_kerja_id, jabatan_id, tmt_jabatan,
          golongan, tmt_golongan, pendidikan, bidang_pendidikan, tugas_belajar, ikatan_dinas_sampai, lulus_ujian_dinas_1,
          lulus_ujian_dinas_2, tmt_cpns, versi)
        select s.nip_baru, s.nama, p.jenis_kelamin, s.lahir, s.instansi_baru, %s, %s, p.tmt_jabatan,
          p.golongan, p.tmt_golongan, p.pendidikan, p.bidang_pendidikan, p.tugas_belajar, p.ikatan_dinas_sampai,
          p.lulus_ujian_dinas_1, p.lulus_ujian_dinas_2, p.tmt_cpns, 0
        from registri_salinan s join pegawai p on p.nip = s.nip_asal""".formatted(
        unit.formatted("p.unit_kerja_id"), unit.formatted("p.jabatan_id")));
    step(steps, "kinerja", """
        insert into kinerja (nip, tahun, predikat)
        select s.nip_baru, k.tahun, k.predikat from registri_salinan s join kinerja k on k.nip = s.nip_asal""");
    step(steps, "kasus_disiplin", """
        insert into kasus_disiplin (id, nip, pelanggaran, tanggal_kasus, status, tingkat_hukuman, jenis_hukuman, tmt_hukuman,
          akhir_hukuman, jenis_pelanggaran, sumber)
        select gen_random_uuid()::text, s.nip_baru, k.pelanggaran, k.tanggal_kasus, k.status, k.tingkat_hukuman,
          k.jenis_hukuman, k.tmt_hukuman, k.akhir_hukuman, k.jenis_pelanggaran, k.sumber
        from registri_salinan s join kasus_disiplin k on k.nip = s.nip_asal""");
    // A history row in another agency than the template's (an earlier transfer) keeps its ids.
    String sama = "r.instansi_id = s.instansi_asal and s.instansi_baru <> s.instansi_asal";
    step(steps, "riwayat_jabatan", """
        insert into riwayat_jabatan (id, nip, instansi_id, unit_kerja_id, jabatan_id, tmt, nomor_sk)
        select gen_random_uuid()::text, s.nip_baru,
          case when %1$s then s.instansi_baru else r.instansi_id end,
          case when %1$s then s.instansi_baru || substr(r.unit_kerja_id, length(s.instansi_asal) + 1) else r.unit_kerja_id end,
          case when %1$s then s.instansi_baru || substr(r.jabatan_id, length(s.instansi_asal) + 1) else r.jabatan_id end,
          r.tmt, r.nomor_sk
        from registri_salinan s join riwayat_jabatan r on r.nip = s.nip_asal""".formatted(sama));
    step(steps, "riwayat_pangkat", """
        insert into riwayat_pangkat (id, nip, golongan, tmt, nomor_sk)
        select gen_random_uuid()::text, s.nip_baru, r.golongan, r.tmt, r.nomor_sk
        from registri_salinan s join riwayat_pangkat r on r.nip = s.nip_asal""");
    // A registry in steady state: autovacuum would have set the visibility map (index-only scans) and statistics.
    step(steps, "vacuumAnalyze", "vacuum analyze instansi, unit_kerja, jabatan, pegawai, kinerja, kasus_disiplin, "
        + "riwayat_jabatan, riwayat_pangkat");
    jdbc.execute("drop table registri_salinan");
    out.put("added", n - now);
    out.put("agenciesAdded", baru.size());
    out.put("stepsS", steps);
    out.put("seconds", (System.nanoTime() - t0) / 1e9);
    return out;
  }

  /** The template employees: the registry as the demo generator left it, numbered once. */
  private void templates() {
    Boolean ada = jdbc.queryForObject("select to_regclass('registri_templat') is not null", Boolean.class);
    if (Boolean.TRUE.equals(ada)) {
      return;
    }
    jdbc.execute("""
        create table registri_templat as
        select row_number() over (order by nip) as no,
          row_number() over (partition by instansi_id order by nip) as no_instansi,
          nip, instansi_id, nama, tanggal_lahir
        from pegawai;
        create index on registri_templat (instansi_id, no_instansi);
        create unique index on registri_templat (no);
        analyze registri_templat""");
  }

  private static String value(String baru, String pola, int c, int jumlah) {
    return "('" + baru + "', '" + pola + "', " + c + ", " + jumlah + ")";
  }

  private void step(Map<String, Double> steps, String name, String sql) {
    long t0 = System.nanoTime();
    // Bulk load: the copies are consistent by construction, so the foreign-key triggers (3-4 index
    // probes per row) are switched off for this session while the statement runs (superuser only).
    jdbc.execute(name.equals("vacuumAnalyze") ? sql
        : "set session_replication_role = replica;\n" + sql + ";\nset session_replication_role = origin");
    steps.put(name, Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
    BenchmarkRunner.log("registri: %s %.1f s", name, steps.get(name));
  }
}
