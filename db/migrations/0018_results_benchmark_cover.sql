-- A benchmark page counts a large benchmark's values and reads the slice it shows along this index
-- (db/queries/benchmark-ranking.ts): ordered by the value on the common scale, with the columns the
-- counts need, so both are index-only scans instead of one heap page per value.
CREATE INDEX "results_benchmark_rank_idx" ON "results" USING btree ("benchmark_id", (CASE WHEN unit = 'fraction' THEN value * 100 ELSE value END)) INCLUDE ("source_id", "model_id", "value", "unit", "setting", "value_as_printed", "flags", "id");
