-- A benchmark page counts and ranks every value of a large benchmark (db/queries/benchmark-ranking.ts):
-- with these columns in the index that is an index-only scan instead of one heap page per value.
CREATE INDEX "results_benchmark_cover_idx" ON "results" USING btree ("benchmark_id") INCLUDE ("source_id", "model_id", "value", "unit", "setting", "value_as_printed", "flags", "id");
