/** A problem in seed or import data, located by file, line and field. */
export interface SeedProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : null, p.field ? `field "${p.field}"` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > 50 ? [`... and ${problems.length - 50} more problems`] : [];
    super(`Nothing was written: ${problems.length} problem(s) found.\n${[...shown, ...more].join('\n')}`);
    this.name = 'SeedValidationError';
  }
}
