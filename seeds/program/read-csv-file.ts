import { readFileSync } from 'node:fs';
import { CsvSyntaxError, parseCsvTable, type CsvTable } from '../../lib/csv';
import type { SeedProblem } from './problems';

/** Reads a CSV file; syntax errors become problems naming the line. */
export function readCsvFile(file: string, shown: string, problems: SeedProblem[]): CsvTable | undefined {
  const text = readFileSync(file, 'utf8');
  if (text.trim() === '') {
    problems.push({ file: shown, message: 'the file is empty' });
    return undefined;
  }
  try {
    return parseCsvTable(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      problems.push({ file: shown, line: error.line, message: `malformed CSV: ${error.message}` });
      return undefined;
    }
    throw error;
  }
}
