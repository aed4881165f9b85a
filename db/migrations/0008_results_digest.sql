-- A digest of every reported value kept up to date by the writing transaction: the sum, modulo 2^64, of each
-- result's own 64-bit hash, and the count. Equal data gives equal sums whatever the order of writes, and a
-- snapshot id no longer costs a read of every result after each data change (db/queries/data-snapshot.ts).
CREATE TABLE results_digest (
  id integer PRIMARY KEY,
  hash_sum numeric NOT NULL,
  row_count bigint NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION result_hash(r results) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT ('x' || substr(md5(concat_ws('|', r.id, r.source_id, r.table_label, r.model_id, r.benchmark_id, r.metric, r.setting,
    r.value_as_printed, r.unit, array_to_string(r.flags, ';'), r.note)), 1, 15))::bit(60)::bigint::numeric
$$;
--> statement-breakpoint
CREATE FUNCTION results_digest_after() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added numeric := 0;
  removed numeric := 0;
  n bigint := 0;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(sum(result_hash(x)), 0), count(*) INTO added, n FROM new_rows x;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT coalesce(sum(result_hash(x)), 0), n - count(*) INTO removed, n FROM old_rows x;
  END IF;
  UPDATE results_digest SET hash_sum = mod(mod(hash_sum + added - removed, 18446744073709551616) + 18446744073709551616, 18446744073709551616),
    row_count = row_count + n WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER results_digest_insert AFTER INSERT ON results REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION results_digest_after();
--> statement-breakpoint
CREATE TRIGGER results_digest_update AFTER UPDATE ON results REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION results_digest_after();
--> statement-breakpoint
CREATE TRIGGER results_digest_delete AFTER DELETE ON results REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION results_digest_after();
--> statement-breakpoint
INSERT INTO results_digest (id, hash_sum, row_count)
SELECT 1, coalesce(mod(sum(result_hash(r)), 18446744073709551616), 0), count(*) FROM results r;
