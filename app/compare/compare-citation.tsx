import Link from '@/app/ui/link';
import { CopyButton } from '../ui/copy-button';

export interface CompareCitationProps {
  modelIds: string[];
  /** The sources the shown values come from, each with its BibTeX. */
  sources: { id: string; shortTitle: string; bibtex: string }[];
}

/** Where the compared numbers come from, ready to cite, and the same results as files. */
export function CompareCitation({ modelIds, sources }: CompareCitationProps) {
  const query = `model=${modelIds.map(encodeURIComponent).join(',')}`;
  return (
    <section aria-labelledby="compare-cite">
      <h2 id="compare-cite">Cite and export</h2>
      <p>
        The values above come from{' '}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && (i === sources.length - 1 ? ' and ' : ', ')}
            <Link href={`/sources/${s.id}`}>{s.shortTitle}</Link>
          </span>
        ))}
        . Each value links to its own page with the table, page and a citation sentence.
      </p>
      <p className="export-bar">
        <CopyButton text={sources.map((s) => s.bibtex.trim()).join('\n\n')} label={`Copy BibTeX of ${sources.length} source${sources.length === 1 ? '' : 's'}`} />
        <span className="muted">Every value reported for these models:</span>
        <a href={`/api/results?${query}&format=csv`} download>
          CSV
        </a>
        <a href={`/api/results?${query}&format=json`}>JSON</a>
        <a href={`/api/results?${query}&format=eee`} download>
          EEE JSON
        </a>
        <a href={`/api/results?${query}&format=yaml`} download>
          .eval_results YAML
        </a>
      </p>
    </section>
  );
}
