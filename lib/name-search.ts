/**
 * Name search shared by every place that looks models (and benchmarks) up by what a reader types:
 * the query splits on whitespace into tokens; tokens and names are lowercased and stripped of every
 * character that is not a letter or digit; a thing matches when every token is a substring of at
 * least one of its normalised names. The SQL side implements the same rule; keep them in step.
 */

/** Lowercased, with every character that is not a letter or digit removed ("MiMo-7B RL" -> "mimo7brl"). */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The query's tokens, normalised; tokens that normalise to nothing (lone punctuation) are dropped. */
export function searchTokens(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeName)
    .filter((t) => t.length > 0);
}

/** Which of the tokens occur in at least one of the names (indexes into `tokens`). */
export function matchedTokens(tokens: readonly string[], names: readonly string[]): Set<number> {
  const normalised = names.map(normalizeName);
  const hit = new Set<number>();
  tokens.forEach((t, i) => {
    if (normalised.some((n) => n.includes(t))) hit.add(i);
  });
  return hit;
}

/** True when every token occurs in at least one of the names; a query without tokens matches everything. */
export function namesMatch(tokens: readonly string[], names: readonly string[]): boolean {
  const normalised = names.map(normalizeName);
  return tokens.every((t) => normalised.some((n) => n.includes(t)));
}

/** The names a model is searched by: id, display name, family and every printed alias. */
export function modelSearchNames(model: { id: string; name: string; family: string; aliases?: readonly string[] }): string[] {
  return [model.id, model.name, model.family, ...(model.aliases ?? [])];
}

/** Models matching the query, in their given order. */
export function searchModels<M extends { id: string; name: string; family: string; aliases?: readonly string[] }>(models: readonly M[], query: string): M[] {
  const tokens = searchTokens(query);
  return tokens.length ? models.filter((m) => namesMatch(tokens, modelSearchNames(m))) : [...models];
}
