import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What one run of the real TeX tools left behind: logs, counted errors and undefined citations. */
export interface TexOutcome {
  pdf: boolean;
  log: string;
  bibLog: string;
  errors: string[];
  undefinedCitations: string[];
}

function run(cwd: string, command: string, args: string[]) {
  const out = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (out.error) throw out.error;
  return `${out.stdout}\n${out.stderr}`;
}

// Each run starts without the previous PDF, so a PDF at the end was made by the last run.
const pdflatex = (cwd: string) => {
  rmSync(path.join(cwd, 'doc.pdf'), { force: true });
  return run(cwd, 'pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-file-line-error', 'doc.tex']);
};

function outcome(dir: string, bibLog: string, bibErrors: string[]): TexOutcome {
  const log = readFileSync(path.join(dir, 'doc.log'), 'latin1');
  const texErrors = log.split('\n').filter((l) => /^!|^\.\/[\w.-]+:\d+: /.test(l));
  const undefinedCitations = [...log.matchAll(/Citation [`'](.+?)' (?:on page \d+ )?undefined/g)].map((m) => m[1]!);
  let pdf = false;
  try {
    pdf = readFileSync(path.join(dir, 'doc.pdf')).subarray(0, 5).toString() === '%PDF-';
  } catch {
    pdf = false;
  }
  return { pdf, log, bibLog, errors: [...texErrors, ...bibErrors], undefinedCitations };
}

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'benchboard-tex-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A document citing every key of refs.bib (written beside it) with the given preamble and ending. */
function writeCitingDocument(dir: string, bib: string, keys: readonly string[], preamble: string[], ending: string[]): void {
  writeFileSync(path.join(dir, 'refs.bib'), bib);
  const body = ['\\documentclass{article}', '\\usepackage[T1]{fontenc}', ...preamble, '\\begin{document}', keys.map((k) => `\\cite{${k}}`).join('\n\n'), ...ending, '\\end{document}', ''];
  writeFileSync(path.join(dir, 'doc.tex'), body.join('\n'));
}

// bibtex ends with "(There were N error messages)" or "(There was 1 error message)" when it failed
const bibtexErrors = (log: string): string[] => (/There (?:were \d+ error messages|was 1 error message)/.test(log) ? [log] : []);

/** pdflatex, then the bibliography tool, then pdflatex twice; the tool's log. */
function compileWith(dir: string, tool: 'bibtex' | 'biber'): string {
  pdflatex(dir);
  const bibLog = run(dir, tool, ['doc']);
  pdflatex(dir);
  pdflatex(dir);
  return bibLog;
}

/** pdflatex, bibtex with the given style (plain, plainnat), pdflatex twice: cites every key of the .bib. */
export function compileWithBibtex(bib: string, keys: readonly string[], style: 'plain' | 'plainnat'): TexOutcome {
  return inTempDir((dir) => {
    const preamble = ['\\usepackage{url}', ...(style === 'plainnat' ? ['\\usepackage{natbib}'] : [])];
    writeCitingDocument(dir, bib, keys, preamble, [`\\bibliographystyle{${style}}`, '\\bibliography{refs}']);
    const bibLog = compileWith(dir, 'bibtex');
    return outcome(dir, bibLog, bibtexErrors(bibLog));
  });
}

/** pdflatex with biblatex (backend biber), biber, pdflatex twice. */
export function compileWithBiber(bib: string, keys: readonly string[]): TexOutcome {
  return inTempDir((dir) => {
    writeCitingDocument(dir, bib, keys, ['\\usepackage[backend=biber]{biblatex}', '\\addbibresource{refs.bib}'], ['\\printbibliography']);
    const bibLog = compileWith(dir, 'biber');
    const bibErrors = bibLog.split('\n').filter((l) => /^ERROR - /.test(l));
    return outcome(dir, bibLog, bibErrors);
  });
}

/** A whole document as given, through pdflatex and (when it has a \bibliography) bibtex. */
export function compileDocument(tex: string): TexOutcome & { bbl: string } {
  return inTempDir((dir) => {
    writeFileSync(path.join(dir, 'doc.tex'), tex);
    let bibLog = '';
    if (/\\bibliography\{/.test(tex)) bibLog = compileWith(dir, 'bibtex');
    else pdflatex(dir);
    let bbl = '';
    try {
      bbl = readFileSync(path.join(dir, 'doc.bbl'), 'utf8');
    } catch {
      bbl = '';
    }
    return { ...outcome(dir, bibLog, bibtexErrors(bibLog)), bbl };
  });
}

/** Overfull box warnings of a log ("Overfull \hbox (539.2pt too wide) ..."). */
export function overfullBoxes(log: string): string[] {
  return log.split('\n').filter((l) => /^Overfull \\[hv]box/.test(l));
}
