-- Employee registry (kepegawaian). Owned by Flyway; the engine keeps its own ACT_* tables.
-- Portable between H2 (demo, tests) and PostgreSQL (production).

-- An instansi is one tenant: its id is the Camunda tenant id.
create table instansi (
    id                              varchar(40)  primary key,
    nama                            varchar(200) not null,
    tingkat                         varchar(20)  not null,  -- PUSAT | PROVINSI | KABUPATEN_KOTA
    wilayah                         varchar(100) not null,  -- e.g. "Kota Cimahi"
    provinsi                        varchar(100),           -- null for PUSAT
    tanggal_penetapan_calon         date,                   -- pilkada candidate determination (POL-71-2)
    tanggal_pelantikan_kepala_daerah date,                  -- regional head inauguration (POL-162-3)
    akhir_masa_jabatan_kepala_daerah date                   -- end of the regional head's term (POL-71-2)
);

create table unit_kerja (
    id          varchar(60)  primary key,
    instansi_id varchar(40)  not null references instansi (id),
    nama        varchar(200) not null,
    induk_id    varchar(60)  references unit_kerja (id)
);
create index ix_unit_kerja_instansi on unit_kerja (instansi_id);

-- Positions of the position map. Vacancy = kebutuhan - occupants (derived, never stored).
create table jabatan (
    id               varchar(60)  primary key,
    instansi_id      varchar(40)  not null references instansi (id),
    unit_kerja_id    varchar(60)  not null references unit_kerja (id),
    nama             varchar(200) not null,
    jenis            varchar(20)  not null,  -- JPT_UTAMA | JPT_MADYA | JPT_PRATAMA | ADMINISTRATOR | PENGAWAS | PELAKSANA | FUNGSIONAL
    eselon           varchar(5),             -- I.a … IV.b for structural positions, null otherwise
    jenjang          varchar(20),            -- fungsional level: AHLI_UTAMA | AHLI_MADYA | AHLI_MUDA | AHLI_PERTAMA | PENYELIA | MAHIR | TERAMPIL | PEMULA
    golongan_min     varchar(5)   not null,  -- I/a … IV/e
    golongan_max     varchar(5)   not null,
    pendidikan_min   varchar(10)  not null,  -- SD | SLTP | SLTA | D1 | D2 | D3 | S1 | D4 | S2 | S3
    batas_usia       integer,                -- legal age limit of the position, if any
    kebutuhan        integer      not null default 1 -- number of posts in the position map (formasi)
);
create index ix_jabatan_instansi on jabatan (instansi_id);
create index ix_jabatan_unit on jabatan (unit_kerja_id);

create table pegawai (
    nip                   varchar(18)  primary key,
    nama                  varchar(200) not null,
    jenis_kelamin         varchar(1)   not null,  -- L | P (agrees with NIP digit 15: 1 | 2)
    tanggal_lahir         date         not null,  -- agrees with NIP digits 1-8
    instansi_id           varchar(40)  not null references instansi (id),
    unit_kerja_id         varchar(60)  not null references unit_kerja (id),
    jabatan_id            varchar(60)  references jabatan (id),
    tmt_jabatan           date,
    golongan              varchar(5)   not null,
    tmt_golongan          date         not null,
    pendidikan            varchar(10)  not null,
    bidang_pendidikan     varchar(100),
    tugas_belajar         boolean      not null default false,
    ikatan_dinas_sampai   date,                   -- service bond after study leave (MUT-TUGAS-BELAJAR)
    lulus_ujian_dinas_1   date,                   -- ujian dinas tingkat I: II/d -> III/a (KP-UJIAN-DINAS)
    lulus_ujian_dinas_2   date,                   -- ujian dinas tingkat II: III/d -> IV/a
    tmt_cpns              date         not null,
    versi                 integer      not null default 0
);
create index ix_pegawai_instansi on pegawai (instansi_id);
create index ix_pegawai_unit on pegawai (unit_kerja_id);
create index ix_pegawai_jabatan on pegawai (jabatan_id);

-- Predikat kinerja per year (PermenPANRB 6/2022).
create table kinerja (
    nip      varchar(18) not null references pegawai (nip),
    tahun    integer     not null,
    predikat varchar(20) not null,  -- SANGAT_BAIK | BAIK | BUTUH_PERBAIKAN | KURANG | SANGAT_KURANG
    primary key (nip, tahun)
);

-- Disciplinary cases and the penalty each ended in (PP 94/2021).
create table kasus_disiplin (
    id                 varchar(36)  primary key,
    nip                varchar(18)  not null references pegawai (nip),
    pelanggaran        varchar(300) not null,
    tanggal_kasus      date         not null,
    status             varchar(20)  not null,  -- TERBUKA | DIPUTUS | DIHENTIKAN
    tingkat_hukuman    varchar(10),            -- RINGAN | SEDANG | BERAT
    jenis_hukuman      varchar(40),            -- e.g. TEGURAN_LISAN, POTONGAN_TUKIN_25_12, PDH_TAPS
    tmt_hukuman        date,
    akhir_hukuman      date                    -- null for penalties with no duration
);
create index ix_kasus_disiplin_nip on kasus_disiplin (nip);

-- Effective-dated histories: one row per SK.
create table riwayat_pangkat (
    id        varchar(36) primary key,
    nip       varchar(18) not null references pegawai (nip),
    golongan  varchar(5)  not null,
    tmt       date        not null,
    nomor_sk  varchar(100)
);
create index ix_riwayat_pangkat_nip on riwayat_pangkat (nip, tmt);

create table riwayat_jabatan (
    id            varchar(36) primary key,
    nip           varchar(18) not null references pegawai (nip),
    instansi_id   varchar(40) not null references instansi (id),
    unit_kerja_id varchar(60) not null references unit_kerja (id),
    jabatan_id    varchar(60) references jabatan (id),
    tmt           date        not null,
    nomor_sk      varchar(100)
);
create index ix_riwayat_jabatan_nip on riwayat_jabatan (nip, tmt);
