-- SLA of approval steps (user tasks): one row per task, written by the engine's listeners and the
-- reminder / escalation / automatic-approval steps. Read through GET /api/sla/kasus/{id}.
create table sla_langkah (
    task_id              varchar(64)  primary key,
    process_instance_id  varchar(64)  not null,
    root_instance_id     varchar(64)  not null,  -- the case a called sub-process belongs to
    instansi_id          varchar(40),            -- the case's tenant
    langkah              varchar(255) not null,  -- task definition key
    nama                 varchar(255),
    dibuat               timestamp    not null,
    tenggat              timestamp,              -- working-day deadline (the task's due date)
    pengingat_pada       timestamp,
    eskalasi_pada        timestamp,
    peran_eskalasi       varchar(64),
    selesai_pada         timestamp,
    diselesaikan_oleh    varchar(64),
    status               varchar(24)  not null   -- BERJALAN | SELESAI | TERLAMBAT | DISETUJUI_OTOMATIS
);
create index ix_sla_langkah_root on sla_langkah (root_instance_id);
create index ix_sla_langkah_pi on sla_langkah (process_instance_id, status);
