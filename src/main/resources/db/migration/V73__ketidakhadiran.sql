-- Acting officials (Plh/Plt, docs/pelaksana.md, ADR 0016): an official's recorded absence and who
-- acts for them. Rows are never deleted; ending an absence early sets diakhiri_pada.
create table ketidakhadiran (
    id              varchar(36)   primary key,
    pejabat         varchar(64)   not null,   -- user id of the absent official
    pelaksana       varchar(64)   not null,   -- user id of the acting official, same agency (tenants)
    jenis           varchar(3)    not null,   -- PLH (berhalangan sementara) | PLT (berhalangan tetap)
    mulai           date          not null,   -- first day, inclusive, in meritflow.kalender.zona-waktu
    selesai         date          not null,   -- last day, inclusive
    alasan          varchar(500)  not null,   -- e.g. "Cuti tahunan", "Dinas luar"
    dicatat_oleh    varchar(64)   not null,
    dicatat_pada    timestamp     not null,
    diakhiri_oleh   varchar(64),
    diakhiri_pada   timestamp                 -- ended early; null while it runs its dates
);
create index ix_ketidakhadiran_pejabat on ketidakhadiran (pejabat, selesai);
create index ix_ketidakhadiran_pelaksana on ketidakhadiran (pelaksana, selesai);

-- What an absence changed on each open task, so that applying it is idempotent (the primary key:
-- a second node or a second pass finds the row and does nothing) and ending it restores exactly
-- what was there. Written in the engine's transaction with the change it describes.
create table pelimpahan_tugas (
    ketidakhadiran_id  varchar(36)  not null references ketidakhadiran (id),
    task_id            varchar(64)  not null,
    jenis              varchar(12)  not null,   -- DILIMPAHKAN (acting official works on it) | DICADANGKAN (read only)
    calon_ditambah     boolean      not null,   -- the acting official was added as candidate user
    assignee_semula    varchar(64),             -- the task was assigned to the official: reassigned, restored at the end
    izin_semula        integer,                 -- the acting official's task grant before (permission bits); null: none
    kelompok_ditambah  varchar(64),             -- a superior's group added to a reserved task
    dibuat_pada        timestamp    not null,
    primary key (ketidakhadiran_id, task_id)
);
create index ix_pelimpahan_tugas_task on pelimpahan_tugas (task_id);
