'use client';

import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import type { CheckReport } from '@/lib/check/types';
import { reportAsMarkdown } from '@/lib/check/report-text';
import { FindingsTable } from './findings-table';
import { MarkedDraft } from './marked-draft';

/** The draft box, the file picker and the report the API gives back. */
export function CheckForm() {
  const [draft, setDraft] = useState('');
  const [checked, setChecked] = useState('');
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) setDraft(await file.text());
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const res = await fetch('/api/check', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: draft });
      const body = (await res.json()) as CheckReport & { error?: string };
      if (!res.ok) {
        setReport(null);
        setError(body.error ?? `the check failed (${res.status})`);
      } else {
        setReport(body);
        setChecked(draft);
      }
    } catch {
      setError('the check could not reach the server');
    } finally {
      setBusy(false);
    }
  }

  const downloads = useMemo(() => {
    if (!report) return null;
    const json = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
    const md = URL.createObjectURL(new Blob([reportAsMarkdown(report)], { type: 'text/markdown' }));
    return { json, md };
  }, [report]);

  return (
    <>
      <form onSubmit={onSubmit} className="check-form">
        <label htmlFor="draft">Draft</label>
        <textarea id="draft" name="draft" rows={12} value={draft} onChange={(e) => setDraft(e.target.value)} spellCheck={false} />
        <div className="toolbar">
          <label>
            Or a file: <input type="file" accept=".tex,.md,.csv,.txt,text/plain" onChange={onFile} />
          </label>
          <button type="submit" disabled={busy || !draft.trim()}>
            {busy ? 'Checking…' : 'Check'}
          </button>
        </div>
      </form>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {report && (
        <section aria-label="Check report" className="check-report">
          <p className="count" data-testid="check-summary">
            {report.findings.length} numbers checked:{' '}
            {Object.entries(report.summary)
              .map(([k, v]) => `${v} ${k.replace('_', ' ')}`)
              .join(', ')}
          </p>
          <h2>The draft, marked</h2>
          <MarkedDraft text={checked} findings={report.findings} />
          <h2>Findings</h2>
          <FindingsTable findings={report.findings} />
          {downloads && (
            <p className="export-bar">
              Download the report: <a href={downloads.md} download="check-report.md">Markdown</a>{' '}
              <a href={downloads.json} download="check-report.json">JSON</a>
            </p>
          )}
          {report.bibtex && (
            <>
              <h2>BibTeX of the sources cited by the matches</h2>
              <pre className="citation">{report.bibtex}</pre>
            </>
          )}
        </section>
      )}
    </>
  );
}
