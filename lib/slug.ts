/** Ids are lowercase slugs; anything else in a URL cannot name a record, so it is a 404 without a query. */
export function isSlug(value: string): boolean {
  return value.length <= 120 && /^[a-z0-9][a-z0-9.-]*$/.test(value);
}

/** Result ids are the first 16 hex digits of a hash of the natural key. */
export function isResultId(value: string): boolean {
  return /^[0-9a-f]{16}$/.test(value);
}
