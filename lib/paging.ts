/** Page numbers as a URL gives them, and the arithmetic of pages, for every paged list. */

const maxPage = 100_000;

/** A 1-based page number from a URL parameter, or null when the text is not one. */
export function parsePageNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= maxPage ? n : null;
}

/** How many pages `rowCount` rows fill (at least one, so an empty list still has its page). */
export function pageCountOf(rowCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rowCount / pageSize));
}

/** The page to show: the one asked for, or the last one when that is past the end. */
export function pageToShow(requested: number, rowCount: number, pageSize: number): number {
  return Math.min(requested, pageCountOf(rowCount, pageSize));
}
