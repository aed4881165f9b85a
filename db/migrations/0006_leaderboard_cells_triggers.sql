-- leaderboard_cells holds, per model and benchmark, the value a leaderboard cell shows and how many there are.
-- The rule is lib/leaderboard/primary-value.ts: not superseded first, then the model's makers' own report,
-- then the newest source, then the first printed (source, table position, row position).
CREATE FUNCTION leaderboard_refresh_pairs(model_ids text[], benchmark_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  nestloop text := current_setting('enable_nestloop');
BEGIN
  IF coalesce(cardinality(model_ids), 0) = 0 THEN RETURN; END IF;
  -- The planner cannot see how many pairs the arrays hold: a bulk load must be joined by hashing, not pair by pair.
  IF cardinality(model_ids) > 5000 THEN PERFORM set_config('enable_nestloop', 'off', true); END IF;
  DELETE FROM leaderboard_cells c
  USING unnest(model_ids, benchmark_ids) AS p(model_id, benchmark_id)
  WHERE c.model_id = p.model_id AND c.benchmark_id = p.benchmark_id;
  INSERT INTO leaderboard_cells (model_id, benchmark_id, result_id, source_id, table_position, position, metric, setting, score, unit, value_count)
  SELECT model_id, benchmark_id, id, source_id, table_position, position, metric, setting, score, unit, value_count
  FROM (
    SELECT r.model_id, r.benchmark_id, r.id, r.source_id, st.position AS table_position, r.position, r.metric, r.setting,
      CASE WHEN r.unit <> 'fraction' THEN r.value WHEN r.value = 0 THEN 0 ELSE round((r.value * 100)::numeric, (11 - floor(log10(abs(r.value * 100))))::int)::double precision END AS score,
      r.unit,
      count(*) OVER (PARTITION BY r.model_id, r.benchmark_id) AS value_count,
      row_number() OVER (PARTITION BY r.model_id, r.benchmark_id
        ORDER BY ('superseded' = ANY (r.flags)), (s.organization IS DISTINCT FROM m.organization), s.year DESC, r.source_id, st.position, r.position, r.id) AS rank
    FROM (SELECT DISTINCT model_id, benchmark_id FROM unnest(model_ids, benchmark_ids) AS u(model_id, benchmark_id)) p
    JOIN results r ON r.model_id = p.model_id AND r.benchmark_id = p.benchmark_id
    JOIN models m ON m.id = r.model_id
    JOIN sources s ON s.id = r.source_id
    JOIN source_tables st ON st.source_id = r.source_id AND st.label = r.table_label
  ) ranked
  WHERE rank = 1;
  PERFORM set_config('enable_nestloop', nestloop, true);
END $$;
--> statement-breakpoint
CREATE FUNCTION leaderboard_cells_after_results() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM leaderboard_refresh_pairs(array_agg(model_id), array_agg(benchmark_id)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM leaderboard_refresh_pairs(array_agg(model_id), array_agg(benchmark_id)) FROM old_rows;
  ELSE
    PERFORM leaderboard_refresh_pairs(array_agg(model_id), array_agg(benchmark_id))
    FROM (SELECT model_id, benchmark_id FROM new_rows UNION SELECT model_id, benchmark_id FROM old_rows) changed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER leaderboard_cells_results_insert AFTER INSERT ON results REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_cells_after_results();
--> statement-breakpoint
CREATE TRIGGER leaderboard_cells_results_update AFTER UPDATE ON results REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_cells_after_results();
--> statement-breakpoint
CREATE TRIGGER leaderboard_cells_results_delete AFTER DELETE ON results REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_cells_after_results();
--> statement-breakpoint
-- A source's year or organization, a table's position or a model's organization takes part in the rule.
CREATE FUNCTION leaderboard_cells_after_catalog() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sources' THEN
    PERFORM leaderboard_refresh_pairs(array_agg(r.model_id), array_agg(r.benchmark_id))
    FROM results r JOIN old_rows o ON o.id = r.source_id JOIN new_rows n ON n.id = o.id
    WHERE (o.year, o.organization) IS DISTINCT FROM (n.year, n.organization);
  ELSIF TG_TABLE_NAME = 'source_tables' THEN
    PERFORM leaderboard_refresh_pairs(array_agg(r.model_id), array_agg(r.benchmark_id))
    FROM results r JOIN old_rows o ON o.source_id = r.source_id AND o.label = r.table_label
    JOIN new_rows n ON n.source_id = o.source_id AND n.label = o.label
    WHERE o.position IS DISTINCT FROM n.position;
  ELSE
    PERFORM leaderboard_refresh_pairs(array_agg(r.model_id), array_agg(r.benchmark_id))
    FROM results r JOIN old_rows o ON o.id = r.model_id JOIN new_rows n ON n.id = o.id
    WHERE o.organization IS DISTINCT FROM n.organization;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER leaderboard_cells_sources_update AFTER UPDATE ON sources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_cells_after_catalog();
--> statement-breakpoint
CREATE TRIGGER leaderboard_cells_source_tables_update AFTER UPDATE ON source_tables REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_cells_after_catalog();
--> statement-breakpoint
CREATE TRIGGER leaderboard_cells_models_update AFTER UPDATE ON models REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_cells_after_catalog();
--> statement-breakpoint
SELECT leaderboard_refresh_pairs(array_agg(model_id), array_agg(benchmark_id)) FROM (SELECT DISTINCT model_id, benchmark_id FROM results) pairs;
