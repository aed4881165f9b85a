import Link from '@/app/ui/link';
import { tableAnchor } from '@/lib/anchors';
import { flagText, marksOf, unitSuffix, whereText } from '@/lib/display-text';
import type { ResultView } from '@/lib/result-view';
import { SamplingInterval } from './sampling-interval';

/** The value as printed, big, with its marks and unit. */
export function PrintedValue({ result: r, testId }: { result: ResultView; testId: string }) {
  return (
    <p className="big-value">
      <span data-testid={testId}>{r.valueAsPrinted}</span>
      {marksOf(r.flags) && <span className="mark">{marksOf(r.flags)}</span>}
      <span className="muted">{unitSuffix(r.unit)}</span>
    </p>
  );
}

/** Where a number was printed and under which conditions: shared by the permalink page and the provenance panel. */
export function ProvenanceFacts({ result: r }: { result: ResultView }) {
  return (
    <dl className="facts">
      <dt>Source</dt>
      <dd>
        <Link href={`/sources/${r.sourceId}`}>{r.sourceTitle}</Link>
        <div className="muted">
          {r.sourceAuthors}, {r.sourceYear}
          {r.sourceArxiv && (
            <>
              {' · '}
              <a href={`https://arxiv.org/abs/${r.sourceArxiv}`}>arXiv:{r.sourceArxiv}</a>
            </>
          )}
        </div>
      </dd>
      <dt>Printed in</dt>
      <dd>
        <Link href={`/sources/${r.sourceId}#${tableAnchor(r.table)}`}>{whereText(r)}</Link>
        {r.section && <span className="muted"> · section “{r.section}”</span>}
      </dd>
      <dt>Model as printed</dt>
      <dd>
        “{r.modelAsPrinted}” → <Link href={`/models/${r.modelId}`}>{r.modelName}</Link>
      </dd>
      <dt>Benchmark as printed</dt>
      <dd>
        “{r.benchmarkAsPrinted}” → <Link href={`/benchmarks/${r.benchmarkId}`}>{r.benchmarkName}</Link>
      </dd>
      <dt>Metric</dt>
      <dd>{r.metric || <span className="muted">not stated</span>}</dd>
      <dt>Setting</dt>
      <dd>{r.setting || <span className="muted">not stated</span>}</dd>
      <dt>Sampling uncertainty</dt>
      <dd>
        <SamplingInterval result={r} />
      </dd>
      {r.flags.length > 0 && (
        <>
          <dt>Marks and flags</dt>
          <dd>
            <ul className="plain">
              {r.flags.map((f) => (
                <li key={f}>{flagText(f)}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {r.note && (
        <>
          <dt>Note</dt>
          <dd>{r.note}</dd>
        </>
      )}
    </dl>
  );
}
