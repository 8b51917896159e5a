-- Kenaikan pangkat: one row per proposal (case), written by the screening step in the case's own
-- transaction and updated at each later step, so that a whole period's outcomes are one indexed
-- query away (GET /api/kenaikan-pangkat/usulan) instead of tens of thousands of history lookups.
create table usulan_kp (
    business_key        varchar(100) primary key,  -- KP-<periode>-<nip>
    process_instance_id varchar(64)  not null,
    nip                 varchar(18)  not null,
    instansi_id         varchar(40)  not null,     -- the case's tenant
    periode             varchar(7)   not null,     -- YYYY-MM
    jenis               varchar(30)  not null,     -- JenisKenaikanPangkat
    golongan_asal       varchar(5)   not null,
    golongan_tujuan     varchar(5),                -- null when the employee is at IV/e
    tmt                 date         not null,
    masa_kerja          varchar(40),
    rute                varchar(10)  not null,     -- KEPPRES | DELEGASI
    batch_id            varchar(36),
    batch_baris         integer,
    kesimpulan          varchar(20)  not null,     -- LULUS | PERLU_VERIFIKASI | DITUNDA | GAGAL
    status              varchar(30)  not null,     -- StatusUsulanKp
    hasil               varchar      not null,     -- every rule's result as JSON
    nomor_pertek        varchar(150),
    nomor_sk            varchar(100),
    keterangan          varchar(1000),
    diperiksa           timestamp    not null,
    diperbarui          timestamp    not null
);
create index ix_usulan_kp_periode on usulan_kp (periode, instansi_id);
create index ix_usulan_kp_batch on usulan_kp (batch_id, batch_baris);
create index ix_usulan_kp_nip on usulan_kp (nip);
