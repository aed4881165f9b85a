-- leaderboard_setting_counts: cells per benchmark, metric and setting, kept by leaderboard_refresh_pairs in the
-- writing transaction (the function again in full, as each migration that changes it carries it).
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
  DELETE FROM leaderboard_source_cells c
  USING unnest(model_ids, benchmark_ids) AS p(model_id, benchmark_id)
  WHERE c.model_id = p.model_id AND c.benchmark_id = p.benchmark_id;
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
  )
  INSERT INTO leaderboard_source_cells (model_id, benchmark_id, source_id, superseded, other_maker, year, result_id, table_position, position, metric, setting, score, unit, value_count)
  SELECT model_id, benchmark_id, source_id, superseded, other_maker, year, id, table_position, position, metric, setting, score, unit, source_value_count
  FROM ranked WHERE source_rank = 1;
  DELETE FROM leaderboard_setting_counts WHERE cells = 0;
  PERFORM leaderboard_refresh_model_rows(model_ids, benchmark_ids);
  PERFORM set_config('enable_nestloop', nestloop, true);
END $$;

--> statement-breakpoint
INSERT INTO leaderboard_setting_counts (benchmark_id, metric, setting, cells)
SELECT benchmark_id, metric, setting, count(*) FROM leaderboard_cells GROUP BY benchmark_id, metric, setting;
