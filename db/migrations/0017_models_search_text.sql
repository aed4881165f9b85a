-- models.search_text: the model's id, name, family and aliases normalised as the leaderboard's search compares them
-- (lowercased, letters and digits only; lib/name-search.ts), joined by spaces. A search token has no space, so it is
-- found in the text exactly when it is found in one of the names: the search reads one column instead of
-- normalising every name of every model per query. Generated, so every write keeps it; read by SQL only.
CREATE FUNCTION model_search_text(id text, name text, family text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT string_agg(regexp_replace(lower(n), '[^[:alnum:]]', '', 'g'), ' ') FROM unnest(ARRAY[id, name, family] || aliases) AS n);
--> statement-breakpoint
ALTER TABLE models ADD COLUMN search_text text GENERATED ALWAYS AS (model_search_text(id, name, family, aliases)) STORED;
