-- A row's proposal key (e.g. one employee in one promotion period), so that a list sent again
-- under a new Idempotency-Key is refused row by row instead of creating second cases.
alter table batch_baris add column kunci_unik varchar(200);
create index ix_batch_baris_kunci on batch_baris (kunci_unik);
