import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { listFigureGroups } from '@/db/queries/curves';
import { parseCurvesView } from '@/lib/search-params/curves';
import { CurvesSection } from './curves-section';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'RL training curves' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const sourceId = 'octothinker';
const defaultGroup = 'octothinker-3b';

export default async function CurvesPage({ searchParams }: Props) {
  const { group: asked, notices } = parseCurvesView(await searchParams);
  const groups = await listFigureGroups({ sourceId });
  const group = groups.find((g) => g.id === asked) ?? groups.find((g) => g.id === defaultGroup) ?? groups[0];
  return (
    <>
      <h1>RL training curves</h1>
      <p className="lede">
        Accuracy and mean length of correct answers against RL step, as the OctoThinker authors exported them from Weights
        &amp; Biases (<Link href="/sources/octothinker">source</Link>). Points are the raw evaluations; smoothing is off
        unless you choose it, and is labelled when on. Accuracy is drawn in percent, like every other score here; the
        table under the chart and each tooltip keep the value as exported (a fraction). Run labels name the model each RL
        run starts from, as in the authors&apos; figures.
      </p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {asked && group && asked !== group.id && (
        <p className="notice" role="status">
          There is no figure group &ldquo;{asked.slice(0, 40)}&rdquo;; showing &ldquo;{group.title}&rdquo;.
        </p>
      )}
      {group ? <CurvesSection sourceId={sourceId} group={group} groups={groups} basePath="/curves" /> : <p className="empty">No training curves are loaded.</p>}
    </>
  );
}
