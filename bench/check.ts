import path from 'node:path';
import { openDatabase } from '../db/client';
import { checkRecordReader } from '../db/queries/check-record';
import { listResults } from '../db/queries/results';
import { runCheck } from '../lib/check/run-check';
import type { ResultView } from '../lib/result-view';
import { readSeedDirectory } from '../seeds/program/read-seeds';
import { writeSeedBundle } from '../seeds/program/write-bundle';
import { median } from './server';

/** A made-up 20-page LaTeX paper: the record's tables re-typed (models in rows), with prose between them, until ~`target` numbers. */
export function syntheticPaper(results: readonly ResultView[], target = 2000): { tex: string; numbers: number } {
  const tables = new Map<string, ResultView[]>();
  for (const r of results) tables.set(`${r.sourceId}\u001f${r.table}`, [...(tables.get(`${r.sourceId}\u001f${r.table}`) ?? []), r]);
  const parts = ['\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n\\section{Introduction}\nWe compare open reasoning models of 7B and 32B parameters in 2025 \\cite{xiaomi2025mimo}.\n'];
  let numbers = 0;
  let n = 0;
  for (const rs of tables.values()) {
    if (numbers >= target) break;
    const benches = [...new Map(rs.map((r) => [r.benchmarkId, r.benchmarkName])).entries()].slice(0, 8);
    const models = [...new Map(rs.map((r) => [r.modelId, r.modelName])).entries()].slice(0, 12);
    const cell = new Map(rs.map((r) => [`${r.modelId}\u001f${r.benchmarkId}`, r.valueAsPrinted]));
    n += 1;
    parts.push(`\\section{Results ${n}}\nTable~\\ref{tab:${n}} lists the scores (see Section 3.2 and Eq.~(4)); training ran for 2,000 steps.\n`);
    parts.push(`\\begin{table}[t]\\centering\n\\begin{tabular}{l${'c'.repeat(benches.length)}}\n\\toprule\nModel & ${benches.map(([, name]) => name).join(' & ')} \\\\\n\\midrule\n`);
    for (const [id, name] of models) {
      const cells = benches.map(([b]) => cell.get(`${id}\u001f${b}`) ?? '--');
      numbers += cells.filter((c) => c !== '--').length;
      parts.push(`${name} & ${cells.map((c, i) => (i === 0 && c !== '--' ? `\\textbf{${c}}` : c)).join(' & ')} \\\\\n`);
    }
    parts.push('\\bottomrule\n\\end{tabular}\n\\end{table}\n');
    const first = rs[0]!;
    parts.push(`In this table ${first.modelName} reaches ${first.valueAsPrinted} on ${first.benchmarkName}, in line with earlier reports.\n`);
    numbers += 1;
  }
  parts.push('\\end{document}\n');
  return { tex: parts.join(''), numbers };
}

/** Server time of a check of that paper against the real seeds (in-process, as the route runs it). */
export async function checkBench(runs: number) {
  const handle = openDatabase({ PGLITE_DATA_DIR: 'memory://' });
  try {
    await handle.migrate();
    await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
    const { tex, numbers } = syntheticPaper(await listResults({ db: handle.db }));
    const reader = checkRecordReader(handle.db);
    const t0 = performance.now();
    const first = await runCheck(tex, reader);
    const firstMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t = performance.now();
      await runCheck(tex, reader);
      times.push(performance.now() - t);
    }
    return { numbers, findings: first.findings.length, summary: first.summary, bytes: Buffer.byteLength(tex), lines: tex.split('\n').length, firstMs, medianMs: median(times) };
  } finally {
    await handle.close();
  }
}
