-- Pantauan on a national-size database (docs/pantauan.md, "Measured on PostgreSQL"): fills an EMPTY scratch
-- database that the app has migrated once (e.g. started with profiles demo,postgres and meritflow.demo.pegawai=500).
-- Never run it on a real database: it writes fake engine rows. Then EXPLAIN ANALYZE the queries of PantauanRepository.
-- psql -h 127.0.0.1 -U postgres -d <scratch> -f scripts/pantauan-data-besar.sql
\timing on
-- 600 agencies, 20 steps; 3,000,000 finished SLA rows over a year, 30,000 open (5,000 overdue)
insert into sla_langkah (task_id, process_instance_id, root_instance_id, instansi_id, langkah, nama, dibuat, tenggat,
  selesai_pada, diselesaikan_oleh, status, durasi_detik)
select 'g' || g, 'p' || g, 'p' || g, 'inst' || (g % 600), 'Task_' || (g % 20), 'Langkah ' || (g % 20),
  now() - (g % 365) * interval '1 day' - interval '3 day', now() - (g % 365) * interval '1 day' + interval '4 day',
  now() - (g % 365) * interval '1 day', 'u',
  case when g % 50 = 0 then 'DISETUJUI_OTOMATIS' when g % 10 = 0 then 'TERLAMBAT' else 'SELESAI' end,
  (g % 500000)
from generate_series(1, 3000000) g;
insert into sla_langkah (task_id, process_instance_id, root_instance_id, instansi_id, langkah, nama, dibuat, tenggat, status)
select 'o' || g, 'po' || g, 'po' || g, 'inst' || (g % 600), 'Task_' || (g % 20), 'Langkah ' || (g % 20),
  now() - interval '2 day', case when g % 6 = 0 then now() - interval '1 day' else now() + interval '5 day' end, 'BERJALAN'
from generate_series(1, 30000) g;
-- 12 periods x 75,000 KP proposals
insert into usulan_kp (business_key, process_instance_id, nip, instansi_id, periode, jenis, golongan_asal, tmt, rute,
  kesimpulan, status, hasil, diperiksa, diperbarui)
select 'KP-' || g, 'kp' || g, lpad(g::text, 18, '0'), 'inst' || (g % 600),
  to_char(date '2026-01-01' + ((g % 12) * interval '1 month'), 'YYYY-MM'), 'REGULER', 'III/a', date '2026-01-01', 'DELEGASI',
  case when g % 5 = 0 then 'GAGAL' when g % 17 = 0 then 'DITUNDA' else 'LULUS' end,
  case when g % 5 = 0 then 'TIDAK_MEMENUHI_SYARAT' when g % 17 = 0 then 'DITUNDA' when g % 3 = 0 then 'SK_TERBIT' else 'DIPROSES' end,
  case when g % 5 = 0 then '[{"kode":"KP-KINERJA","status":"GAGAL","pesan":"x"},{"kode":"KP-MASA-PANGKAT","status":"LULUS","pesan":"x"}]'
       when g % 17 = 0 then '[{"kode":"KP-DISIPLIN","status":"DITUNDA","pesan":"x"}]' else '[]' end,
  now(), now()
from generate_series(1, 900000) g;
-- 30,000 running root instances (runtime + history), 2,000,000 ended ones in history
insert into act_hi_procinst (id_, proc_inst_id_, proc_def_id_, proc_def_key_, start_time_, end_time_, tenant_id_, state_)
select 'hr' || g, 'hr' || g, (select id_ from act_re_procdef where key_ = 'mutasi' limit 1), 'mutasi',
  now() - (g % 90) * interval '1 day', null, 'inst' || (g % 600), 'ACTIVE' from generate_series(1, 30000) g;
insert into act_ru_execution (id_, rev_, proc_inst_id_, proc_def_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, tenant_id_)
select 'hr' || g, 1, 'hr' || g, (select id_ from act_re_procdef where key_ = 'mutasi' limit 1), true, false, true, false,
  'inst' || (g % 600) from generate_series(1, 30000) g;
insert into act_hi_procinst (id_, proc_inst_id_, proc_def_id_, proc_def_key_, start_time_, end_time_, tenant_id_, state_)
select 'he' || g, 'he' || g, (select id_ from act_re_procdef where key_ = 'mutasi' limit 1), 'mutasi',
  now() - (g % 700) * interval '1 day', now() - (g % 600) * interval '1 day', 'inst' || (g % 600), 'COMPLETED'
from generate_series(1, 2000000) g;
-- a program mutasi of 75,000 rows whose cases ended
insert into batch (id, jenis, pemilik, kunci_idempotensi, sidik_isi, pengaju, jumlah_baris, jumlah_valid, jumlah_invalid, dibuat)
values ('besar', 'MUTASI', 'inst1', 'besar', 'x', 'u', 75000, 74000, 1000, now());
insert into batch_baris (batch_id, nomor, status, instansi_id, data, process_instance_id)
select 'besar', g, case when g <= 1000 then 'INVALID' else 'STARTED' end, 'inst1', '{}',
  case when g > 1000 then 'he' || g end from generate_series(1, 75000) g;
analyze;
