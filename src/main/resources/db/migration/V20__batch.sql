-- Batches of rows submitted at once (program mutasi, kenaikan pangkat per periode); each valid
-- row becomes its own case. Portable between H2 and PostgreSQL: plain types, no sequences.

create table batch (
    id               varchar(36)  primary key,
    jenis            varchar(40)  not null,  -- JenisBatch.kode(), e.g. MUTASI, KENAIKAN_PANGKAT
    pemilik          varchar(40)  not null,  -- the submitter's agency (tenant); 'nasional' for an administrator
    kunci_idempotensi varchar(200) not null, -- client-supplied Idempotency-Key
    sidik_isi        varchar(64)  not null,  -- SHA-256 of the body: same key with another body is a conflict
    pengaju          varchar(100) not null,  -- user id of the submitter
    jumlah_baris     integer      not null,
    jumlah_valid     integer      not null,
    jumlah_invalid   integer      not null,
    process_instance_id varchar(64),         -- the "Proses batch" instance that starts the cases
    dibuat           timestamp    not null,
    -- Resubmitting with the same key returns the same batch; the key is scoped per jenis and agency.
    constraint uq_batch_kunci unique (jenis, pemilik, kunci_idempotensi)
);

create table batch_baris (
    batch_id            varchar(36)  not null references batch (id),
    nomor               integer      not null,  -- 1-based row number as submitted
    status              varchar(10)  not null,  -- VALID | INVALID | STARTED
    instansi_id         varchar(40),            -- the row's agency (the case's tenant), when known
    data                varchar      not null,  -- the row as JSON, read back when its case is started
    pelanggaran         varchar,                -- JSON array of violations of an INVALID row
    business_key        varchar(255),
    process_instance_id varchar(64),
    dimulai             timestamp,
    primary key (batch_id, nomor)
);
-- The case starter takes the next VALID rows of a batch in row order; progress counts by status.
create index ix_batch_baris_status on batch_baris (batch_id, status, nomor);
