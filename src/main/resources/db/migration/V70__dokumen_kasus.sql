-- Documents kept with a case (approval letters, statements, old SKs): uploaded with the proposal or
-- at "Catat dokumen persetujuan", read by the case's reviewers. The content stays in the database
-- (`bytea`: PostgreSQL's binary type, an alias of VARBINARY in H2 2.x), so an upload is
-- transactional with its audit entry and every app node sees it. Append-only: the application
-- only ever inserts.
create table dokumen_kasus (
    id              varchar(36)   primary key,
    kasus_id        varchar(64)   not null,   -- the case's (root) process instance id
    business_key    varchar(255),             -- the case number, e.g. MUT-2026-7KQ2M9XA
    instansi_id     varchar(40),              -- the case's tenant
    jenis           varchar(30)   not null,   -- SURAT_PERSETUJUAN | SURAT_PERNYATAAN | SK_LAMA | LAINNYA
    nama_berkas     varchar(255)  not null,   -- the uploader's file name, cleaned
    media_type      varchar(100)  not null,   -- detected from the content, never from the name
    ukuran          bigint        not null,   -- bytes
    sha256          varchar(64)   not null,   -- of the content, hex
    isi             bytea         not null,
    diunggah_oleh   varchar(64)   not null,   -- user id
    diunggah_pada   timestamp     not null
);
create index ix_dokumen_kasus_kasus on dokumen_kasus (kasus_id, diunggah_pada);
