'use client';

import Link from '@/app/ui/link';
import { useEffect, useState, type RefObject } from 'react';
import { runSettingText, signedPoints, unitSuffix } from '@/lib/display-text';
import type { RunDetail } from '@/db/queries/runs';
import { runValueText } from '@/lib/leaderboard/run-cells';
import type { runRecord } from '@/lib/runs/run-view';
import type { RunRef } from './provenance-target';

/** /api/runs/[id]'s body, as runRecord builds it. */
type RunRecord = ReturnType<typeof runRecord<RunDetail['run'], RunDetail['values'][number]>>;

type Loaded = { key: string } & ({ state: 'ok'; record: RunRecord } | { state: 'error'; message: string });


export interface RunProvenanceProps {
  run: RunRef;
  /** The reported value the cell shows, whose comparison comes first; null for a cell with only the run. */
  resultId: string | null;
  /** Set when the panel has no reported value: the section then carries the panel's title. */
  heading?: RefObject<HTMLHeadingElement | null>;
}

/** A cell's measured value: who ran what, how, and how it compares with the reported values (as /runs/[id] computes it). */
export function RunProvenance({ run, resultId, heading }: RunProvenanceProps) {
  const key = `${run.runId}/${run.position}`;
  const standalone = heading !== undefined;
  const [fetched, setFetched] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/runs/${encodeURIComponent(run.runId)}`)
      .then(async (res) => {
        if (!res.ok) throw new Error(res.status === 404 ? 'This run no longer exists.' : 'Could not load this run.');
        return (await res.json()) as RunRecord;
      })
      .then((record) => live && setFetched({ key, state: 'ok', record }))
      .catch((error: Error) => live && setFetched({ key, state: 'error', message: error.message }));
    return () => {
      live = false;
    };
  }, [key, run.runId]);
  useEffect(() => {
    if (fetched?.key === key) heading?.current?.focus();
  }, [fetched, key, heading]);

  const loaded = fetched?.key === key ? fetched : null;
  const value = loaded?.state === 'ok' ? loaded.record.values.find((v) => v.position === run.position) : undefined;
  const title = loaded?.state === 'ok' && value ? `${loaded.record.run.model_name} on ${value.benchmark_name}` : 'Measured value';
  return (
    <section className={`run-provenance${standalone ? ' alone' : ''}`} aria-label="Measured in a run" data-testid="run-provenance">
      {standalone ? (
        <h2 id="provenance-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
      ) : (
        <h3>Measured in a run (not reported)</h3>
      )}
      {!loaded && <p>Loading the run…</p>}
      {loaded?.state === 'error' && <p role="alert">{loaded.message}</p>}
      {loaded?.state === 'ok' && !value && <p role="alert">This value is no longer in its run.</p>}
      {loaded?.state === 'ok' && value && <RunFacts record={loaded.record} value={value} resultId={resultId} standalone={standalone} />}
    </section>
  );
}

function RunFacts({ record: { run }, value: v, resultId, standalone }: { record: RunRecord; value: RunRecord['values'][number]; resultId: string | null; standalone: boolean }) {
  // The comparison with the value the cell shows first, then the other reports.
  const comparisons = [...v.comparisons].sort((a, b) => Number(b.reported.result_id === resultId) - Number(a.reported.result_id === resultId));
  return (
    <>
      <p className="big-value run-value">
        <span className="run-mark" aria-hidden="true">◇</span>
        <span data-testid="run-value">{runValueText(v)}</span>
        <span className="muted">{standalone ? 'measured in a run, nothing reported in this view' : 'measured in a run'}</span>
      </p>
      <dl className="facts">
        <dt>Run</dt>
        <dd>
          <Link href={`/runs/${run.id}`}>{run.id}</Link> <span className="muted">({run.evaluator_relationship.replace('_', ' ')})</span>
        </dd>
        <dt>Measured by</dt>
        <dd>{run.run_name}</dd>
        <dt>When</dt>
        <dd>
          {run.evaluated_at ?? <span className="muted">run date not recorded</span>}
          <span className="muted"> · imported {run.imported_at.slice(0, 10)}</span>
        </dd>
        <dt>Harness</dt>
        <dd>
          {run.harness} {run.harness_version ?? <span className="muted">version not recorded</span>}
        </dd>
        <dt>Model arguments</dt>
        <dd>
          <code>{run.model_args ?? '—'}</code>
        </dd>
        <dt>Setting</dt>
        <dd>
          {runSettingText(v)}
          {v.filter && v.filter !== 'none' && `, filter ${v.filter}`}
        </dd>
        <dt>Items</dt>
        <dd>
          {v.items_evaluated === null && v.items_total === null ? <span className="muted">not recorded</span> : `${v.items_evaluated ?? '?'} evaluated of ${v.items_total ?? '?'}`}
          {run.sample_limit && <span className="muted"> · limit {run.sample_limit} (subset run)</span>}
        </dd>
        <dt>Value in the file</dt>
        <dd>
          <code>{v.value_raw}</code>
          {v.stderr !== null && <span className="muted"> · standard error {v.stderr.toFixed(2)}</span>}
        </dd>
      </dl>
      {comparisons.length === 0 ? (
        <p className="muted">No source reports this model on this benchmark.</p>
      ) : (
        <ul className="others" aria-label="Measured minus reported">
          {comparisons.map((c) => (
            <li key={c.reported.result_id} data-testid="run-comparison">
              Δ {c.delta === null ? '—' : signedPoints(c.delta)} vs {c.reported.value_as_printed}
              {unitSuffix(c.reported.unit)} ({c.reported.source_title}, {c.reported.table_label})
              {c.reported.result_id === resultId && <strong> · the value shown</strong>}
              <div className="muted" title={c.interval_method ?? undefined}>
                {c.within === null ? 'within sampling noise: unknown (no item count)' : `${c.within ? 'within' : 'outside'} sampling noise (±${c.interval!.toFixed(2)})`}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/runs/${run.id}`}>The whole run beside every report</Link>
      </p>
    </>
  );
}
