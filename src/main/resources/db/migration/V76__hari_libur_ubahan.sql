-- Admin corrections of the holiday calendar without a release (docs/kalender.md, ADR 0019).
-- One row per corrected date, on top of that year's hari-libur-YYYY.json: the date becomes a
-- holiday (libur = true, with nama and jenis) or a working day again (libur = false: a holiday
-- moved away or cancelled). Deleting the row returns the date to the file's value.
create table hari_libur_ubahan (
    tanggal      date          primary key,
    libur        boolean       not null,
    nama         varchar(200),
    jenis        varchar(20),              -- LIBUR_NASIONAL | CUTI_BERSAMA when libur
    alasan       varchar(1000) not null,   -- e.g. the decree that moved the date
    diubah_oleh  varchar(64)   not null,
    diubah_pada  timestamp     not null
);

-- Who changed what: append-only, one row per change (the application only inserts).
create table hari_libur_ubahan_jejak (
    id           varchar(36)   primary key,
    waktu        timestamp     not null,
    pelaku       varchar(64)   not null,
    aksi         varchar(20)   not null,   -- TETAPKAN | HAPUS_KOREKSI
    tanggal      date          not null,
    sebelum      varchar(400),             -- the date's meaning before, in words
    sesudah      varchar(400),             -- … and after
    alasan       varchar(1000) not null
);
create index ix_hari_libur_ubahan_jejak_waktu on hari_libur_ubahan_jejak (waktu);
