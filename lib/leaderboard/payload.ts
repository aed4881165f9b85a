import type { LeaderboardCell, LeaderboardRow, LeaderboardTable } from './build-rows';
import type { LeaderboardChoices } from './choices';
import { joinFlags, splitFlags, stringTable } from './packed';

/**
 * What the leaderboard page hands the browser: the view built on the server, one page of rows, so
 * the first paint carries no more than it shows. When the dataset is small enough `fullData` names
 * where the whole of it can be fetched; the browser loads it after the page is up and from then on
 * filters, sorts and pages without a round trip. Without it every change of view asks the server.
 */
export interface LeaderboardPayload {
  /** The view's columns, and the rows of the requested page only, already sorted. */
  table: LeaderboardTable;
  /** Rows in the whole view, across pages. */
  rowCount: number;
  /** The page actually shown (a page past the end shows the last one). */
  page: number;
  choices: LeaderboardChoices;
  /** Address of the whole dataset (packed), or null when it is too large to send. */
  fullData: string | null;
}

/**
 * A shown value as it travels: its repeated strings (source, unit, metric, setting, flags) are
 * indices into the payload's string table, and its model and benchmark are those of its row and
 * column. Half the size of the plain objects, and lossless.
 */
type PackedCell = [id: string, source: number, printed: string, value: number, unit: number, metric: number, setting: number, flags: number, order: number, count: number, comparable: 0 | 1];

type PackedRow = Omit<LeaderboardRow, 'cells'> & { cells: Record<string, PackedCell> };

interface PackedPayload extends Omit<LeaderboardPayload, 'table'> {
  table: Omit<LeaderboardTable, 'rows'> & { rows: PackedRow[] };
  strings: string[];
}

/** The payload as the page embeds it: JSON, with the shown values packed. */
export function packLeaderboardPayload(payload: LeaderboardPayload): string {
  const { strings, intern } = stringTable();
  const rows = payload.table.rows.map((row): PackedRow => {
    const cells: Record<string, PackedCell> = {};
    for (const [benchmarkId, { value: v, count, comparable }] of Object.entries(row.cells)) {
      cells[benchmarkId] = [v.id, intern(v.sourceId), v.valueAsPrinted, v.value, intern(v.unit), intern(v.metric), intern(v.setting), intern(joinFlags(v.flags)), v.order, count, comparable ? 1 : 0];
    }
    return { ...row, cells };
  });
  const packed: PackedPayload = { ...payload, table: { ...payload.table, rows }, strings };
  return JSON.stringify(packed);
}

export function unpackLeaderboardPayload(json: string): LeaderboardPayload {
  const { strings: s, table, ...rest } = JSON.parse(json) as PackedPayload;
  const rows = table.rows.map((row): LeaderboardRow => {
    const cells: Record<string, LeaderboardCell> = {};
    for (const [benchmarkId, [id, source, printed, value, unit, metric, setting, flags, order, count, comparable]] of Object.entries(row.cells)) {
      cells[benchmarkId] = {
        value: { id, modelId: row.model.id, benchmarkId, sourceId: s[source]!, valueAsPrinted: printed, value, unit: s[unit]!, metric: s[metric]!, setting: s[setting]!, flags: splitFlags(s[flags]!), order },
        count,
        comparable: comparable === 1,
      };
    }
    return { ...row, cells };
  });
  return { ...rest, table: { ...table, rows } };
}
