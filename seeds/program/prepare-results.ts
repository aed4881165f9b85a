import type { NewResult, NewSourceTable } from '../../db/schema';
import type { CsvTable } from '../../lib/csv';
import { parsePrintedNumber } from '../../lib/printed-number';
import { defaultUnit, inUnitRange, unitAllowedOnScale } from '../../lib/units';
import { units, type Unit } from '../../lib/vocabulary';
import type { SeedProblem } from './problems';
import type { ReferenceCatalog } from './reference-catalog';
import { resultId } from './result-id';
import { resultColumns, resultRowSchema } from './seed-schemas';

export interface ResultFileInput {
  /** Path shown in messages and stored as the rows' origin. */
  file: string;
  table: CsvTable;
  /** Source of every row when the file sits in a source folder; otherwise each row names it. */
  sourceId?: string;
  /** Imports may add tables to a source; seed files must list them in source.json. */
  allowNewTables: boolean;
}

export interface PreparedResults {
  results: NewResult[];
  newTables: NewSourceTable[];
}

const requiredColumns = ['table', 'model', 'model_as_printed', 'benchmark', 'benchmark_as_printed', 'value'];

/**
 * Checks every row of a results file against the catalog and turns it into database rows.
 * Problems are appended to `problems`; `seen` carries natural keys across files to catch duplicates.
 */
export function prepareResults(
  input: ResultFileInput,
  catalog: ReferenceCatalog,
  problems: SeedProblem[],
  seen: Map<string, { file: string; line: number }>,
): PreparedResults {
  const { file, table } = input;
  const results: NewResult[] = [];
  const newTables = new Map<string, NewSourceTable>();
  const report = (line: number | undefined, field: string | undefined, message: string) =>
    problems.push({ file, line, field, message });

  const missing = requiredColumns.filter((c) => !table.header.includes(c));
  if (!input.sourceId && !table.header.includes('source')) missing.push('source');
  const unknown = table.header.filter((c) => !resultColumns.includes(c));
  if (missing.length) report(1, undefined, `missing column(s): ${missing.join(', ')}`);
  if (unknown.length) report(1, undefined, `unknown column(s): ${unknown.join(', ')} (allowed: ${resultColumns.join(', ')})`);
  if (missing.length || unknown.length) return { results, newTables: [] };
  if (table.rows.length === 0) {
    report(undefined, undefined, 'the file has a header but no rows');
    return { results, newTables: [] };
  }

  table.rows.forEach(({ line, values }, index) => {
    const parsed = resultRowSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(line, issue.path.join('.') || undefined, issue.message);
      return;
    }
    const row = parsed.data;
    const before = problems.length;

    const sourceId = input.sourceId ?? row.source;
    if (input.sourceId && row.source && row.source !== input.sourceId) {
      report(line, 'source', `row names source "${row.source}" but the file belongs to "${input.sourceId}"`);
    }
    const source = catalog.sources.get(sourceId);
    if (!sourceId) report(line, 'source', 'missing source');
    else if (!source) report(line, 'source', `unknown source "${sourceId}"`);

    const knownTable = source?.tables.get(row.table) ?? newTables.get(row.table);
    if (source && !knownTable && !input.allowNewTables) {
      report(line, 'table', `table "${row.table}" is not listed in the source's tables`);
    }
    const page = row.page || knownTable?.page || null;
    if (source?.paginated && source.tables.get(row.table)?.paginated !== false && !page) report(line, 'page', `missing page: source "${sourceId}" has pages`);
    if (knownTable?.page && row.page && row.page !== knownTable.page) {
      report(line, 'page', `page "${row.page}" differs from the table's page "${knownTable.page}"`);
    }

    const model = catalog.models.get(row.model);
    if (!model) report(line, 'model', `unknown model "${row.model}"`);
    else if (row.model_as_printed !== model.name && !model.aliases.includes(row.model_as_printed)) {
      report(line, 'model_as_printed', `"${row.model_as_printed}" is not an alias of model "${row.model}"`);
    }

    const benchmark = catalog.benchmarks.get(row.benchmark);
    if (!benchmark) report(line, 'benchmark', `unknown benchmark "${row.benchmark}"`);
    else if (row.benchmark_as_printed !== benchmark.name && !benchmark.aliases.includes(row.benchmark_as_printed)) {
      report(line, 'benchmark_as_printed', `"${row.benchmark_as_printed}" is not an alias of benchmark "${row.benchmark}"`);
    }

    const value = parsePrintedNumber(row.value);
    const unit: Unit | null = benchmark ? ((row.unit || defaultUnit(benchmark.scale)) as Unit) : null;
    if (value === null) report(line, 'value', `"${row.value}" is not a number as printed`);
    if (benchmark && unit) {
      if (!unitAllowedOnScale(unit, benchmark.scale)) {
        report(line, 'unit', `unit "${unit}" does not fit benchmark "${row.benchmark}" (scale ${benchmark.scale})`);
      } else if (value !== null && !inUnitRange(value, unit)) {
        const { min, max } = units.info[unit];
        report(line, 'value', `${row.value} is outside the range of unit "${unit}" (${min} to ${max})`);
      }
    }
    if (problems.length > before || value === null || !unit) return;

    const key = {
      sourceId,
      tableLabel: row.table,
      section: row.section,
      modelId: row.model,
      benchmarkId: row.benchmark,
      metric: row.metric,
      setting: row.setting,
      modelAsPrinted: row.model_as_printed,
      benchmarkAsPrinted: row.benchmark_as_printed,
    };
    const id = resultId(key);
    const earlier = seen.get(id);
    if (earlier) {
      report(line, undefined, `duplicate row: same source, table, section, model, benchmark, metric and setting as ${earlier.file} line ${earlier.line}`);
      return;
    }
    seen.set(id, { file, line });

    if (!knownTable && source) {
      newTables.set(row.table, {
        sourceId,
        label: row.table,
        kind: 'table',
        page,
        caption: `Imported from ${file}`,
        layout: 'model-rows',
        position: source.tables.size + newTables.size,
      });
    }
    results.push({
      id,
      ...key,
      page,
      value,
      valueAsPrinted: row.value,
      unit,
      flags: row.flags,
      note: row.note,
      position: index,
      origin: file,
    });
  });
  return { results, newTables: [...newTables.values()] };
}
