-- Disiplin process (PP 94/2021): what the case in kasus_disiplin needs beyond the registry's record,
-- attendance data for DIS-ABSEN and early warning, and flags of superiors (DIS-ATASAN).

-- The nature of the violation (DIS-BERULANG compares it), where the case came from and its process.
alter table kasus_disiplin add column jenis_pelanggaran varchar(40);
alter table kasus_disiplin add column sumber varchar(20);          -- ATASAN | KEHADIRAN | REGISTRI
alter table kasus_disiplin add column proses_id varchar(64);

-- Attendance as last reported by the agency's system: one row per employee and year.
create table disiplin_kehadiran (
    nip                 varchar(18) not null references pegawai (nip),
    tahun               integer     not null,
    hari_tidak_masuk    integer     not null,  -- cumulative unexcused absence, working days
    tidak_masuk_beruntun integer    not null,  -- longest run of consecutive unexcused working days
    diperbarui          timestamp   not null,
    primary key (nip, tahun)
);

-- One case per employee, year and DIS-ABSEN band: re-sending the same data opens nothing new.
create table disiplin_kasus_kehadiran (
    nip          varchar(18) not null,
    tahun        integer     not null,
    jenis_hukuman varchar(40) not null,
    kasus_id     varchar(36) not null references kasus_disiplin (id),
    primary key (nip, tahun, jenis_hukuman)
);

-- DIS-ATASAN and other flags raised for a superior; listed by the early warning.
create table disiplin_tanda (
    id           varchar(36)  primary key,
    kasus_id     varchar(36)  not null references kasus_disiplin (id),
    instansi_id  varchar(40)  not null,
    nip          varchar(18)  not null,
    kode         varchar(30)  not null,
    uraian       varchar(1000) not null,
    waktu        timestamp    not null
);
create index ix_disiplin_tanda_instansi on disiplin_tanda (instansi_id);
