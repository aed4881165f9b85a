'use client';

import Link from '@/app/ui/link';
import { useEffect, useRef, useState } from 'react';
import { resultViewOf, type ResultRecord } from '@/lib/api-records';
import { whereText } from '@/lib/display-text';
import type { ResultView } from '@/lib/result-view';
import { citationSentence } from '@/lib/citation';
import { CopyButton } from './copy-button';
import { PrintedScore } from './printed-score';
import { PrintedValue, ProvenanceFacts } from './provenance-facts';
import type { RunRef } from './provenance-target';
import { RunProvenance } from './run-provenance';

export interface ProvenancePanelProps {
  /** The reported value; null for a leaderboard cell that holds only a run value. */
  resultId: string | null;
  /** The cell's measured value ("include runs"), shown beside the report. */
  run?: RunRef | null;
  /** Show the run value above the report (the reader activated the run value). */
  runFirst?: boolean;
  onClose: () => void;
  onSelect: (id: string) => void;
}

type Loaded = { id: string } & ({ state: 'ok'; result: ResultView; others: ResultView[]; bibtex: string } | { state: 'error'; message: string });
type Shown = Loaded | { state: 'loading' };

/** Everything about one reported number: where it was printed, under which setting, and what else was reported. */
export function ProvenancePanel({ resultId, run = null, runFirst = false, onClose, onSelect }: ProvenancePanelProps) {
  const [fetched, setFetched] = useState<Loaded | null>(null);
  // What was fetched for another result than the one asked for is not shown: that is the loading state.
  const loaded: Shown = fetched && fetched.id === resultId ? fetched : { state: 'loading' };
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (resultId === null) return;
    let live = true;
    fetch(`/api/results/${encodeURIComponent(resultId)}`)
      .then(async (res) => {
        if (!res.ok) throw new Error(res.status === 404 ? 'This result no longer exists.' : 'Could not load this result.');
        const body = (await res.json()) as { result: ResultRecord; others: ResultRecord[]; bibtex: string };
        return { result: resultViewOf(body.result), others: body.others.map(resultViewOf), bibtex: body.bibtex };
      })
      .then((data) => live && setFetched({ id: resultId, state: 'ok', ...data }))
      .catch((error: Error) => live && setFetched({ id: resultId, state: 'error', message: error.message }));
    return () => {
      live = false;
    };
  }, [resultId]);

  // Keyboard focus moves into the panel as soon as it opens, and to its heading once loaded.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  useEffect(() => {
    if (resultId !== null && loaded.state !== 'loading') heading.current?.focus();
  }, [loaded.state, resultId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside ref={panel} tabIndex={-1} className="provenance" role="dialog" aria-modal="false" aria-labelledby="provenance-title">
      <button type="button" className="close" onClick={onClose} aria-label="Close provenance">
        ×
      </button>
      {resultId === null && run && <RunProvenance run={run} resultId={null} heading={heading} />}
      {resultId !== null && loaded.state === 'loading' && <p id="provenance-title">Loading…</p>}
      {resultId !== null && loaded.state === 'error' && (
        <p id="provenance-title" role="alert">
          {loaded.message}
        </p>
      )}
      {resultId !== null && loaded.state === 'ok' && (
        <ProvenanceBody result={loaded.result} others={loaded.others} bibtex={loaded.bibtex} heading={heading} onSelect={onSelect} run={run} runFirst={runFirst} />
      )}
    </aside>
  );
}

function ProvenanceBody({
  result: r,
  others,
  bibtex,
  heading,
  onSelect,
  run,
  runFirst,
}: {
  run: RunRef | null;
  runFirst: boolean;
  result: ResultView;
  others: ResultView[];
  bibtex: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onSelect: (id: string) => void;
}) {
  return (
    <>
      <h2 id="provenance-title" tabIndex={-1} ref={heading}>
        {r.modelName} on {r.benchmarkName}
      </h2>
      {run && runFirst && <RunProvenance run={run} resultId={r.id} />}
      {run && runFirst && <h3>Reported</h3>}
      <PrintedValue result={r} testId="provenance-value" />
      <ProvenanceFacts result={r} />
      {run && !runFirst && <RunProvenance run={run} resultId={r.id} />}
      <section className="cite" aria-label="Cite this number">
        <h3>Cite this number</h3>
        <p className="citation" data-testid="citation-sentence">
          {citationSentence(r)}
        </p>
        <div className="copy-row">
          <CopyButton text={citationSentence(r)} label="Copy sentence" />
          <CopyButton text={bibtex} label="Copy BibTeX" />
          <CopyButton text={`${window.location.origin}/results/${r.id}`} label="Copy permalink" />
        </div>
        <p>
          <Link href={`/results/${r.id}`}>Permalink to this number</Link>
          {others.some((o) => o.valueAsPrinted !== r.valueAsPrinted) && (
            <>
              {' · '}
              <Link href={`/discrepancies?model=${r.modelId}&benchmark=${r.benchmarkId}`}>See how the reported values differ</Link>
            </>
          )}
        </p>
      </section>
      <h3>Other reported values ({others.length})</h3>
      {others.length === 0 ? (
        <p className="muted">No other source or table reports this model on this benchmark.</p>
      ) : (
        <ul className="others">
          {others.map((o) => (
            <li key={o.id}>
              <button type="button" className="linklike" onClick={() => onSelect(o.id)}>
                <strong>
                  <PrintedScore valueAsPrinted={o.valueAsPrinted} flags={o.flags} />
                </strong>
              </button>{' '}
              {o.sourceShortTitle}, {whereText(o)}
              <div className="muted">
                {[o.metric, o.setting].filter(Boolean).join(' · ') || 'metric and setting not stated'}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
