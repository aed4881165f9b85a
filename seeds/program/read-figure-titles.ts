import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SeedProblem } from './problems';
import { readCsvFile } from './read-csv-file';

/** Titles of the figure groups from figures.csv: one per group of runs.csv, no unknown group, none empty. */
export function readFigureTitles(curvesDir: string, groups: ReadonlySet<string>, problems: SeedProblem[], display: (file: string) => string): Map<string, string> {
  const titles = new Map<string, string>();
  const file = path.join(curvesDir, 'figures.csv');
  if (!existsSync(file)) return titles;
  const shown = display(file);
  const table = readCsvFile(file, shown, problems);
  if (!table) return titles;
  const missing = ['figure_group', 'title'].filter((c) => !table.header.includes(c));
  if (missing.length) {
    problems.push({ file: shown, line: 1, message: `missing column(s): ${missing.join(', ')}` });
    return titles;
  }
  for (const { line, values } of table.rows) {
    const group = values.figure_group!.trim();
    const title = values.title!.trim();
    if (!groups.has(group)) problems.push({ file: shown, line, field: 'figure_group', message: `figure group "${group}" is not in runs.csv` });
    else if (!title) problems.push({ file: shown, line, field: 'title', message: 'must not be empty' });
    else if (titles.has(group)) problems.push({ file: shown, line, field: 'figure_group', message: `figure group "${group}" is named twice` });
    else titles.set(group, title);
  }
  for (const group of groups) if (!titles.has(group)) problems.push({ file: shown, field: 'figure_group', message: `figure group "${group}" has no title` });
  return titles;
}
