-- Pantauan (supervisors' figures in Cockpit, docs/pantauan.md): indexes for the figures' queries and
-- a maintained duration per finished SLA step, so that p50/p90 are one aggregate in SQL.

-- Open steps past their deadline: "selesai_pada is null and tenggat < now", per agency.
create index ix_sla_langkah_terbuka on sla_langkah (selesai_pada, tenggat, instansi_id);
-- Finished steps of a window (automatic approvals per week, durations per step).
create index ix_sla_langkah_selesai on sla_langkah (status, selesai_pada);

-- Seconds from the task's creation to its end, written when the step ends (SlaRepository).
-- Rows finished before this migration keep null and are not counted in the durations.
alter table sla_langkah add column durasi_detik bigint;
create index ix_sla_langkah_durasi on sla_langkah (selesai_pada, langkah, durasi_detik);

-- A period's figures per agency and status (the existing index covers periode, instansi_id only).
create index ix_usulan_kp_periode_status on usulan_kp (periode, instansi_id, status, kesimpulan);
