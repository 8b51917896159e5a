-- Signed decision letters (SK) and their numbering. Portable between H2 and PostgreSQL:
-- `bytea` is PostgreSQL's binary type and an alias of VARBINARY in H2 2.x.

-- One counter per agency and year. Signing increments it with `update ... set terakhir = terakhir + 1`
-- in the transaction that stores the SK: the row lock serialises concurrent signers and a rolled-back
-- signing gives its number back, so numbers have no gaps and no duplicates.
create table sk_nomor (
    instansi_id varchar(40) not null references instansi (id),
    tahun       integer     not null,
    terakhir    integer     not null,  -- last number issued in this year; 0 before the first SK
    primary key (instansi_id, tahun)
);

create table surat_keputusan (
    id                  varchar(36)  primary key,
    nomor               varchar(100) not null unique,   -- e.g. 800.1.6.2/17/CIMAHI/2025
    instansi_id         varchar(40)  not null references instansi (id),
    tahun               integer      not null,
    urutan              integer      not null,          -- the sequence part of the nomor
    jenis               varchar(20)  not null,          -- MUTASI | KENAIKAN_PANGKAT | DISIPLIN
    nip                 varchar(18)  not null,
    nama_pegawai        varchar(200) not null,
    perihal             varchar(500) not null,
    kode_verifikasi     varchar(32)  not null unique,   -- random, printed with the QR code
    sha256              varchar(64)  not null,          -- of the signed PDF, hex
    pdf                 bytea        not null,
    penandatangan       varchar(200) not null,          -- signer name
    penandatangan_nip   varchar(18),
    penandatangan_peran varchar(60)  not null,          -- key role, e.g. kepala-bkpsdm
    penandatangan_jabatan varchar(200) not null,
    mode                varchar(10)  not null,          -- LANGSUNG | DELEGASI
    ditandatangani_pada timestamp with time zone not null,
    dibuat_oleh         varchar(100) not null,
    unique (instansi_id, tahun, urutan)
);
create index ix_surat_keputusan_sha256 on surat_keputusan (sha256);
create index ix_surat_keputusan_nip on surat_keputusan (nip);
