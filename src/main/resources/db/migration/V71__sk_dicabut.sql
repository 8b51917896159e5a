-- Revocation of a signed SK, shown by the public verification page (docs/penandatanganan.md).
-- Null: no revocation is recorded here. There is no revocation process yet; the column exists so
-- that the public answer "tidak tercatat dicabut" rests on data and a revocation can be recorded.
-- Portable between H2 and PostgreSQL.
alter table surat_keputusan add column dicabut_pada timestamp with time zone;
