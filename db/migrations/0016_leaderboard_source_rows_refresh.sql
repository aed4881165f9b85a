-- Per source, what 0011-0014 keep over all sources: leaderboard_source_setting_counts (cells by benchmark, metric and
-- setting) and leaderboard_source_model_rows (a model's scores at their slots), so an "as reported in" view reads
-- narrow rows. Both functions again in full, as each migration that changes them carries them.
ALTER TABLE leaderboard_source_model_rows SET (toast_tuple_target = 8160);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION leaderboard_refresh_model_rows(model_ids text[], benchmark_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(model_ids), 0) = 0 THEN RETURN; END IF;
  INSERT INTO leaderboard_slots (benchmark_id, slot)
  SELECT b, (SELECT coalesce(max(slot), 0) FROM leaderboard_slots) + row_number() OVER (ORDER BY b)
  FROM (SELECT DISTINCT b FROM unnest(benchmark_ids) AS u(b)) n
  WHERE NOT EXISTS (SELECT 1 FROM leaderboard_slots s WHERE s.benchmark_id = n.b);
  DELETE FROM leaderboard_model_rows r USING (SELECT DISTINCT m FROM unnest(model_ids) AS u(m)) p WHERE r.model_id = p.m;
  -- Each array spans the model's lowest to highest slot only (a lower bound other than 1): a subscript outside is null.
  INSERT INTO leaderboard_model_rows (model_id, scores, others)
  WITH cs AS (
    SELECT c.model_id, s.slot, c.score, c.unit
    FROM (SELECT DISTINCT m FROM unnest(model_ids) AS u(m)) p
    JOIN leaderboard_cells c ON c.model_id = p.m
    JOIN leaderboard_slots s ON s.benchmark_id = c.benchmark_id
  ), bounds AS (
    SELECT model_id, min(slot) AS lo, max(slot) AS hi,
      coalesce(array_agg(slot ORDER BY slot) FILTER (WHERE unit NOT IN ('percent', 'fraction')), '{}') AS others
    FROM cs GROUP BY model_id
  )
  SELECT b.model_id, ('[' || b.lo || ':' || b.hi || ']=' || array_agg(cs.score ORDER BY g.slot)::text)::double precision[], b.others
  FROM bounds b CROSS JOIN LATERAL generate_series(b.lo, b.hi) AS g(slot)
  LEFT JOIN cs ON cs.model_id = b.model_id AND cs.slot = g.slot
  GROUP BY b.model_id, b.lo, b.hi, b.others;
  -- The same rows per source, from each source's own cells.
  DELETE FROM leaderboard_source_model_rows r USING (SELECT DISTINCT m FROM unnest(model_ids) AS u(m)) p WHERE r.model_id = p.m;
  INSERT INTO leaderboard_source_model_rows (model_id, source_id, scores, others)
  WITH cs AS (
    SELECT c.model_id, c.source_id, s.slot, c.score, c.unit
    FROM (SELECT DISTINCT m FROM unnest(model_ids) AS u(m)) p
    JOIN leaderboard_source_cells c ON c.model_id = p.m
    JOIN leaderboard_slots s ON s.benchmark_id = c.benchmark_id
  ), bounds AS (
    SELECT model_id, source_id, min(slot) AS lo, max(slot) AS hi,
      coalesce(array_agg(slot ORDER BY slot) FILTER (WHERE unit NOT IN ('percent', 'fraction')), '{}') AS others
    FROM cs GROUP BY model_id, source_id
  )
  SELECT b.model_id, b.source_id, ('[' || b.lo || ':' || b.hi || ']=' || array_agg(cs.score ORDER BY g.slot)::text)::double precision[], b.others
  FROM bounds b CROSS JOIN LATERAL generate_series(b.lo, b.hi) AS g(slot)
  LEFT JOIN cs ON cs.model_id = b.model_id AND cs.source_id = b.source_id AND cs.slot = g.slot
  GROUP BY b.model_id, b.source_id, b.lo, b.hi, b.others;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION leaderboard_refresh_pairs(model_ids text[], benchmark_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  nestloop text := current_setting('enable_nestloop');
BEGIN
  IF coalesce(cardinality(model_ids), 0) = 0 THEN RETURN; END IF;
  -- The planner cannot see how many pairs the arrays hold: a bulk load must be joined by hashing, not pair by pair.
  IF cardinality(model_ids) > 5000 THEN PERFORM set_config('enable_nestloop', 'off', true); END IF;
  -- The counts lose the cells that go and gain those that come: set-based, so a bulk load adds each group once.
  WITH gone AS (
    DELETE FROM leaderboard_cells c
    USING unnest(model_ids, benchmark_ids) AS p(model_id, benchmark_id)
    WHERE c.model_id = p.model_id AND c.benchmark_id = p.benchmark_id
    RETURNING c.benchmark_id, c.metric, c.setting
  )
  INSERT INTO leaderboard_setting_counts AS t (benchmark_id, metric, setting, cells)
  SELECT benchmark_id, metric, setting, -count(*) FROM gone GROUP BY benchmark_id, metric, setting
  ON CONFLICT (benchmark_id, metric, setting) DO UPDATE SET cells = t.cells + excluded.cells;
  WITH gone AS (
    DELETE FROM leaderboard_source_cells c
    USING unnest(model_ids, benchmark_ids) AS p(model_id, benchmark_id)
    WHERE c.model_id = p.model_id AND c.benchmark_id = p.benchmark_id
    RETURNING c.source_id, c.benchmark_id, c.metric, c.setting
  )
  INSERT INTO leaderboard_source_setting_counts AS t (source_id, benchmark_id, metric, setting, cells)
  SELECT source_id, benchmark_id, metric, setting, -count(*) FROM gone GROUP BY source_id, benchmark_id, metric, setting
  ON CONFLICT (source_id, benchmark_id, metric, setting) DO UPDATE SET cells = t.cells + excluded.cells;
  WITH ranked AS (
    SELECT r.model_id, r.benchmark_id, r.id, r.source_id, st.position AS table_position, r.position, r.metric, r.setting,
      CASE WHEN r.unit <> 'fraction' THEN r.value WHEN r.value = 0 THEN 0 ELSE round((r.value * 100)::numeric, (11 - floor(log10(abs(r.value * 100))))::int)::double precision END AS score,
      r.unit, ('superseded' = ANY (r.flags)) AS superseded, (s.organization IS DISTINCT FROM m.organization) AS other_maker, s.year,
      count(*) OVER (PARTITION BY r.model_id, r.benchmark_id) AS value_count,
      count(*) OVER (PARTITION BY r.model_id, r.benchmark_id, r.source_id) AS source_value_count,
      row_number() OVER (PARTITION BY r.model_id, r.benchmark_id
        ORDER BY ('superseded' = ANY (r.flags)), (s.organization IS DISTINCT FROM m.organization), s.year DESC, r.source_id, st.position, r.position, r.id) AS rank,
      row_number() OVER (PARTITION BY r.model_id, r.benchmark_id, r.source_id
        ORDER BY ('superseded' = ANY (r.flags)), st.position, r.position, r.id) AS source_rank
    FROM (SELECT DISTINCT model_id, benchmark_id FROM unnest(model_ids, benchmark_ids) AS u(model_id, benchmark_id)) p
    JOIN results r ON r.model_id = p.model_id AND r.benchmark_id = p.benchmark_id
    JOIN models m ON m.id = r.model_id
    JOIN sources s ON s.id = r.source_id
    JOIN source_tables st ON st.source_id = r.source_id AND st.label = r.table_label
  ), overall AS (
    INSERT INTO leaderboard_cells (model_id, benchmark_id, result_id, source_id, table_position, position, metric, setting, score, unit, value_count)
    SELECT model_id, benchmark_id, id, source_id, table_position, position, metric, setting, score, unit, value_count FROM ranked WHERE rank = 1
    RETURNING benchmark_id, metric, setting
  ), counted AS (
    INSERT INTO leaderboard_setting_counts AS t (benchmark_id, metric, setting, cells)
    SELECT benchmark_id, metric, setting, count(*) FROM overall GROUP BY benchmark_id, metric, setting
    ON CONFLICT (benchmark_id, metric, setting) DO UPDATE SET cells = t.cells + excluded.cells
  ), per_source AS (
    INSERT INTO leaderboard_source_cells (model_id, benchmark_id, source_id, superseded, other_maker, year, result_id, table_position, position, metric, setting, score, unit, value_count)
    SELECT model_id, benchmark_id, source_id, superseded, other_maker, year, id, table_position, position, metric, setting, score, unit, source_value_count
    FROM ranked WHERE source_rank = 1
    RETURNING source_id, benchmark_id, metric, setting
  )
  INSERT INTO leaderboard_source_setting_counts AS t (source_id, benchmark_id, metric, setting, cells)
  SELECT source_id, benchmark_id, metric, setting, count(*) FROM per_source GROUP BY source_id, benchmark_id, metric, setting
  ON CONFLICT (source_id, benchmark_id, metric, setting) DO UPDATE SET cells = t.cells + excluded.cells;
  DELETE FROM leaderboard_setting_counts WHERE cells = 0;
  DELETE FROM leaderboard_source_setting_counts WHERE cells = 0;
  PERFORM leaderboard_refresh_model_rows(model_ids, benchmark_ids);
  PERFORM set_config('enable_nestloop', nestloop, true);
END $$;

--> statement-breakpoint
INSERT INTO leaderboard_source_setting_counts (source_id, benchmark_id, metric, setting, cells)
SELECT source_id, benchmark_id, metric, setting, count(*) FROM leaderboard_source_cells GROUP BY source_id, benchmark_id, metric, setting;
--> statement-breakpoint
SELECT leaderboard_refresh_model_rows(array_agg(model_id), array_agg(benchmark_id)) FROM leaderboard_cells;
