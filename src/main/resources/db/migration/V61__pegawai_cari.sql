-- Employee search and listing (GET /api/pegawai?cari=...): both filter by the caller's agencies and
-- sort by name, so one index serves the filter and the order and a page can stop early.
-- NIP prefixes need nothing new: they are searched as a range on the primary key.
-- Portable between H2 and PostgreSQL. A trigram index (pg_trgm) would also serve substring
-- searches across all agencies on PostgreSQL, but needs an extension H2 does not have.
create index ix_pegawai_instansi_nama on pegawai (instansi_id, nama, nip);
