/**
 * The leaderboard search: the query splits on whitespace into tokens, and a model matches when every
 * token, normalised, is part of the normalised form of its id, name, family or one of its aliases.
 * db/queries/leaderboard-sql.ts applies the same rule in SQL.
 */
export function normaliseForSearch(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function searchTokens(q: string): string[] {
  return q.split(/\s+/).filter(Boolean).map(normaliseForSearch);
}

export function matchesSearch(names: readonly string[], tokens: readonly string[]): boolean {
  if (!tokens.length) return true;
  const normalised = names.map(normaliseForSearch);
  return tokens.every((t) => normalised.some((n) => n.includes(t)));
}
