import { and, asc, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { toCsvLine } from '../../lib/csv';
import { exportColumns } from '../../lib/export-columns';
import type { ResultFilters } from '../../lib/result-filters';
import type { Database } from '../client';
import { benchmarks, models, results, sources, sourceTables } from '../schema';
import { countResultsUpTo } from './leaderboard-catalog';
import { filterConditions } from './results';
import { tablesInOrder } from './results-stream';

/**
 * The CSV export on PostgreSQL as `COPY (…) TO STDOUT`: each line, the interval columns included, is
 * built by the database, so no row is decoded in this process. It matches lib/export-stream's csvChunks
 * byte for byte (test/db/results-copy.test.ts): the same quoting (lib/csv.ts), numbers as JavaScript
 * prints them, the Wilson interval of lib/uncertainty.ts with the same floating-point steps.
 */

/** JavaScript's \s, spelled out: PostgreSQL's own \s depends on the locale. */
const space = String.raw`[ \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;

/** A text field quoted as lib/csv.ts quoteField does; null as an empty cell. */
const field = (expr: string) =>
  `CASE WHEN ${expr} IS NULL THEN '' WHEN ${expr} ~ '[",\\r\\n]' OR ${expr} ~ '^${space}' OR ${expr} ~ '${space}$' THEN '"' || replace(${expr}, '"', '""') || '"' ELSE ${expr} END`;

/** A bound rounded as Number(x.toFixed(digits)) and printed as String() does (shortest round-trip digits). */
const bound = (expr: string, digits: string) => `round((${expr})::text::numeric, ${digits})::double precision::text`;

/** Fields of the result row itself, checked once per row; the catalog's (titles, names) are quoted once per source, model, benchmark. */
const own = ['results.source_id', 'results.table_label', 'results.page', 'results.model_id', 'results.model_as_printed', 'results.benchmark_id',
  'results.benchmark_as_printed', 'results.metric', 'results.setting', 'results.value_as_printed', `array_to_string(results.flags, ';')`,
  'results.note', 'results.section', 'results.unit', 'results.id'];
const unit = `E'\\x1f'`;

/**
 * Whether none of the row's own fields needs quotes (no [",\r\n], no edge whitespace, no U+001F inside),
 * by one regular expression over them joined by U+001F: then each goes out as it is.
 */
const plain = `CROSS JOIN LATERAL (SELECT j !~ '[",\\r\\n]|(^|\\x1f)${space}|${space}(\\x1f|$)' AND length(j) - length(replace(j, ${unit}, '')) = ${own.length - 1} AS plain
  FROM (SELECT concat_ws(${unit}, ${own.map((c) => `coalesce(${c}, '')`).join(', ')}) AS j) jj) pl`;
const q = (c: string) => `CASE WHEN pl.plain THEN coalesce(${c}, '') ELSE ${field(c)} END`;

/** The catalog's text fields, quoted once each. */
const catalog = `JOIN (SELECT id, ${field('title')} AS title, ${field('arxiv_id')} AS arxiv FROM sources) sq ON sq.id = results.source_id
  JOIN (SELECT id, ${field('name')} AS name FROM models) mq ON mq.id = results.model_id
  JOIN (SELECT id, ${field('name')} AS name FROM benchmarks) bq ON bq.id = results.benchmark_id`;

/** One CSV line per result (without its newline), in exportColumns order. */
const [sourceId, table, page, modelId, modelAsPrinted, benchmarkId, benchmarkAsPrinted, metric, setting, valueAsPrinted, flags, note, section, unitCol, id] =
  own.map(q);
const line = `concat_ws(',', ${sourceId}, sq.title, sq.arxiv, ${table}, ${page}, ${modelId}, mq.name, ${modelAsPrinted}, ${benchmarkId}, bq.name,
  ${benchmarkAsPrinted}, ${metric}, ${setting}, results.value::text, ${valueAsPrinted}, ${flags}, ${note}, ${section}, ${unitCol}, ${id},
  coalesce(u.items::text, ''), coalesce(${bound('u.low * u.scale', 'u.digits')}, ''), coalesce(${bound('u.high * u.scale', 'u.digits')}, ''),
  CASE WHEN u.p IS NOT NULL THEN 'wilson-95' ELSE '' END)`;

/** Items (the setting's own "n=…", else the benchmark's count) and, where it applies, the interval's inputs and bounds. */
const interval = `CROSS JOIN LATERAL (SELECT i.items, s.scale, s.digits, w.p, w.low, w.high
  FROM (SELECT coalesce(substring(results.setting from '(?:^|[;,]${space}*)n=(\\d{1,7})(?:[;,]|$)')::int, benchmarks.items) AS items) i
  CROSS JOIN (SELECT CASE results.unit WHEN 'percent' THEN 100::float8 WHEN 'fraction' THEN 1::float8 END AS scale,
    CASE results.unit WHEN 'fraction' THEN 4 ELSE 2 END AS digits) s
  LEFT JOIN LATERAL (SELECT p,
      CASE WHEN p = 0 THEN 0 ELSE greatest(0, centre - half) END AS low, CASE WHEN p = 1 THEN 1 ELSE least(1, centre + half) END AS high
    FROM (SELECT p, (p + z2 / (2 * n)) / den AS centre, (z / den) * sqrt((p * (1 - p)) / n + z2 / (4 * n * n)) AS half
      FROM (SELECT results.value / s.scale AS p, i.items::float8 AS n, z, z * z AS z2, 1 + z * z / i.items::float8 AS den
        FROM (SELECT 1.959963984540054::float8 AS z) zz) v) c
    WHERE i.items > 0 AND s.scale IS NOT NULL AND results.value >= 0 AND results.value <= s.scale) w ON true) u`;

/** The CSV export as bytes, header first; null where this path does not apply (PGlite, or a store small enough for one query). */
export async function copyCsvChunks(db: Database, filters: ResultFilters = {}, { oneQueryLimit = 10_000 } = {}): Promise<AsyncGenerator<Uint8Array> | null> {
  const pool = (db as unknown as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return null;
  if ((await countResultsUpTo({ db, limit: oneQueryLimit })) <= oneQueryLimit) return null;
  return copyLines(db, pool, filters);
}

async function* copyLines(db: Database, pool: pg.Pool, filters: ResultFilters): AsyncGenerator<Uint8Array> {
  const client = await pool.connect();
  let open = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    yield new TextEncoder().encode(toCsvLine(exportColumns));
    for (const table of await tablesInOrder(db, filters, (text, values) => client.query<string[]>({ text, values, rowMode: 'array' }))) {
      const query = db
        .select({ line: sql<string>`${sql.raw(line)}` })
        .from(results)
        .innerJoin(sources, eq(results.sourceId, sources.id))
        .innerJoin(sourceTables, and(eq(results.sourceId, sourceTables.sourceId), eq(results.tableLabel, sourceTables.label)))
        .innerJoin(models, eq(results.modelId, models.id))
        .innerJoin(benchmarks, eq(results.benchmarkId, benchmarks.id))
        .where(and(eq(results.sourceId, table.sourceId), eq(results.tableLabel, table.label), ...filterConditions(filters)))
        .orderBy(asc(results.position), asc(results.id));
      const { sql: text, params } = query.toSQL();
      // COPY takes no bind parameters: each one is inlined as a quoted literal, in one pass.
      const inlined = text.replace(/\$(\d+)/g, (_, k: string) => client.escapeLiteral(String(params[Number(k) - 1])));
      // A function, not a string: the inserted SQL holds `$'`, which a replacement string would expand.
      const withInterval = inlined.replace(/ where /, () => ` ${catalog} ${interval} ${plain} where `);
      yield* unescaped(client.query(copyTo(`COPY (${withInterval}) TO STDOUT`)));
    }
    await client.query('COMMIT');
    open = false;
  } finally {
    // A reader that stops early (closed download) or an error lands here: the transaction must not stay open.
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

const escapes: Record<number, number> = { 0x5c: 0x5c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x76: 0x0b };

/** COPY's text format escapes backslashes and control characters in the one column; undone byte by byte. */
async function* unescaped(stream: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  let carry = false;
  for await (const chunk of stream) {
    if (!carry && chunk.indexOf(0x5c) === -1) {
      yield chunk;
      continue;
    }
    const out = Buffer.allocUnsafe(chunk.length);
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (carry) {
        out[n++] = escapes[byte] ?? byte;
        carry = false;
      } else if (byte === 0x5c) carry = true;
      else out[n++] = byte;
    }
    yield out.subarray(0, n);
  }
}
