-- Audit trail of cases: every check result, approval, automatic approval, signature and registry
-- change, with who, when and why. Append-only: the application only ever inserts.
create table jejak_audit (
    id           varchar(36)   primary key,
    kasus_id     varchar(64)   not null,   -- root process instance (the case; sub-processes included)
    instansi_id  varchar(40),              -- the case's tenant
    nip          varchar(18),              -- the employee the case is about
    waktu        timestamp     not null,
    pelaku       varchar(64)   not null,   -- user id, or "sistem"
    jenis        varchar(40)   not null,   -- PEMERIKSAAN | DOKUMEN_PERSETUJUAN | KEPUTUSAN | PERSETUJUAN_OTOMATIS | PERTEK | TANDA_TANGAN | PERUBAHAN_JABATAN
    kode         varchar(100),             -- rule code, decision or mode
    uraian       varchar(4000) not null    -- why, in Bahasa Indonesia, or the facts as JSON
);
create index ix_jejak_audit_kasus on jejak_audit (kasus_id, waktu);
