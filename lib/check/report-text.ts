import type { CheckReport } from './types';

/** The report as lines a terminal or a build log shows: file:line:column, verdict, value, names, why. */
export function reportAsText(report: CheckReport, file: string): string {
  const lines = report.findings.map((f) => `${file}:${f.line}:${f.column}  ${f.status.padEnd(13)} ${f.value.padEnd(7)} ${f.model ?? f.model_as_written ?? '?'} / ${f.benchmark ?? f.benchmark_as_written ?? '?'}  ${f.message}`);
  const summary = Object.entries(report.summary).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${report.findings.length} numbers checked: ${summary}\n`;
}

/** The report as Markdown, for download from /check. */
export function reportAsMarkdown(report: CheckReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = report.findings.map((f) => `| ${f.line}:${f.column} | ${cell(f.model ?? f.model_as_written ?? '')} | ${cell(f.benchmark ?? f.benchmark_as_written ?? '')} | ${f.value} | ${f.status} | ${cell(f.message)} |`);
  const summary = Object.entries(report.summary).map(([k, v]) => `${k}: ${v}`).join(', ');
  return `# Draft check\n\n${summary}\n\n| line:col | model | benchmark | value | verdict | details |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n${report.bibtex ? `\n## BibTeX\n\n\`\`\`bibtex\n${report.bibtex}\n\`\`\`\n` : ''}`;
}

/** Whether a paper's build should stop: some number contradicts the record or cites a replaced table. */
export function reportFails(report: CheckReport): boolean {
  return report.summary.mismatch > 0 || report.summary.superseded > 0;
}
