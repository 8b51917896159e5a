-- Notification outbox (docs/notifikasi.md, ADR 0016): every notification is a row written in the
-- same transaction as the step that causes it (a task created, an SLA timer fired, an SK signed), so
-- a notification exists exactly when its step committed. Rows are then delivered by a scheduled
-- job with retries and backoff; a failed delivery only changes the row, never the case.
--
-- kanal: KOTAK_MASUK (the in-app inbox: delivered when written) or an outbound channel such as
-- EMAIL (or a further one plugged in through the KanalNotifikasi port).
create table notifikasi (
    id              varchar(36)   primary key,
    instansi_id     varchar(40),              -- the case's tenant; a recipient is always a member of it
    penerima        varchar(64)   not null,   -- user id
    kanal           varchar(20)   not null,   -- KOTAK_MASUK | EMAIL | …
    alamat          varchar(255),             -- the channel's address (e-mail), when it has one
    jenis           varchar(30)   not null,   -- TUGAS_BARU | PENGINGAT_SLA | ESKALASI_SLA | … | RINGKASAN_TUGAS
    subjek          varchar(255)  not null,
    isi             varchar(8000) not null,
    tautan          varchar(1000),            -- deep link to the task or the case page
    kasus_id        varchar(64),              -- root process instance id
    task_id         varchar(64),
    status          varchar(24)   not null,   -- see StatusNotifikasi
    percobaan       integer       default 0 not null,
    coba_lagi_pada  timestamp,                -- next attempt (backoff), or the lease of a running attempt
    galat_terakhir  varchar(1000),
    ringkasan_id    varchar(36),              -- the digest this item was folded into
    dibuat          timestamp     not null,
    terkirim_pada   timestamp,
    dibaca_pada     timestamp                 -- inbox: read by the recipient
);
create index ix_notifikasi_antrean on notifikasi (status, coba_lagi_pada);
create index ix_notifikasi_penerima on notifikasi (penerima, kanal, dibuat);
