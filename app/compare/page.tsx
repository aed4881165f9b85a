import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { listModels, listSources } from '@/db/queries/catalog';
import { listResults } from '@/db/queries/results';
import { categoryLabel, categoryOrder } from '@/lib/categories';
import { buildComparison, maxCompared, type CompareCell, type CompareRow } from '@/lib/compare';
import { whereText } from '@/lib/format';
import { StaticTable, staticColumnHelper } from '../ui/static-table';
import { LazyGroupedBarChart } from '../charts/lazy';
import { ModelPicker } from './model-picker';
import { PrintedScore } from '../ui/printed-score';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare models' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const column = staticColumnHelper<CompareRow>();

function DeltaText({ cell, higherIsBetter, hasReference }: { cell: CompareCell; higherIsBetter: boolean; hasReference: boolean }) {
  if (!hasReference) return <div className="delta muted">no reference value</div>;
  if (cell.delta === null) return <div className="delta muted">{cell.sameSetting ? 'not comparable' : 'other setting'}</div>;
  const better = cell.delta === 0 ? '' : (cell.delta > 0) === higherIsBetter ? 'up' : 'down';
  return (
    <div className={`delta ${better}`}>
      {`${cell.delta > 0 ? '+' : ''}${cell.delta.toFixed(1)}`}
      {cell.withinNoise && <div className="muted small" data-testid="within-noise">within sampling noise</div>}
    </div>
  );
}

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = [params.models].flat().filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(','));
  const sameSetting = params.same_setting === '1';
  const [models, sources] = await Promise.all([listModels(), listSources()]);
  const byId = new Map(models.map((m) => [m.id, m]));
  const wanted = [...new Set(raw.map((v) => v.trim()).filter(Boolean))];
  const unknown = wanted.filter((id) => !byId.has(id));
  const chosen = wanted.filter((id) => byId.has(id)).slice(0, maxCompared);
  const notices = [
    ...(unknown.length ? [`Ignored unknown model${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 40)}"`).join(', ')}.`] : []),
    ...(wanted.filter((id) => byId.has(id)).length > maxCompared ? [`Only the first ${maxCompared} models are compared.`] : []),
  ];
  const results = chosen.length >= 2 ? await listResults({ filters: { model: chosen } }) : [];
  const sourceMap = new Map(sources.map((s) => [s.id, { id: s.id, shortTitle: s.shortTitle, organization: s.organization, year: s.year, bibtex: '' }]));
  const rows = buildComparison(results, chosen.map((id) => byId.get(id)!), sourceMap, sameSetting).sort(
    (a, b) =>
      categoryOrder.indexOf(a.category as never) - categoryOrder.indexOf(b.category as never) || a.benchmarkName.localeCompare(b.benchmarkName),
  );
  const columns = column.columns([
    column.accessor('benchmarkName', {
      header: 'Benchmark',
      meta: { rowHeader: true },
      cell: (c) => <Link href={`/benchmarks/${c.row.original.benchmarkId}`}>{c.getValue()}</Link>,
    }),
    ...chosen.map((id, i) =>
      column.display({
        id,
        header: () => (
          <>
            <Link href={`/models/${id}`}>{byId.get(id)!.name}</Link>
            {i === 0 && <div className="muted small">reference</div>}
          </>
        ),
        meta: { numeric: true },
        cell: (c) => {
          const cell = c.row.original.cells[i];
          if (!cell) return <span className="muted">·</span>;
          const r = cell.result;
          return (
            <>
              <Link href={`/results/${r.id}`} title={`${r.sourceShortTitle}, ${whereText(r)}; ${[r.metric, r.setting].filter(Boolean).join(' · ') || 'setting not stated'}`}>
                <PrintedScore valueAsPrinted={r.valueAsPrinted} flags={r.flags} />
              </Link>
              {cell.count > 1 && <span className="multi">+{cell.count - 1}</span>}
              {i > 0 && <DeltaText cell={cell} higherIsBetter={c.row.original.higherIsBetter} hasReference={c.row.original.cells[0] !== null} />}
            </>
          );
        },
      }),
    ),
  ]);
  return (
    <>
      <h1>Compare models</h1>
      <p className="lede">
        Pick two to six models. Each cell shows the model&apos;s primary reported value (its makers&apos; own report first) and,
        below it, the difference to the reference model in points. Differences between different metrics or settings are
        not like for like: switch on the setting filter to compare only values reported the same way. A difference is marked
        &ldquo;within sampling noise&rdquo; when the two values&apos; 95% intervals, from the benchmark&apos;s number of items, overlap.
      </p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <ModelPicker models={models.map((m) => ({ id: m.id, name: m.name, family: m.family }))} selected={chosen} sameSetting={sameSetting} />
      {chosen.length < 2 ? (
        <p className="empty">
          Choose at least two models, e.g. <Link href="/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b">MiMo-7B-RL and R1-Distill-Qwen-7B</Link> or{' '}
          <Link href="/compare?models=mimo-7b-base,mimo-7b-rl-zero,mimo-7b-sft,mimo-7b-rl">the MiMo-7B series</Link>.
        </p>
      ) : rows.length === 0 ? (
        <p className="empty">These models share no benchmark in the data.</p>
      ) : (
        <>
          <StaticTable
            columns={columns}
            data={rows}
            rowId={(r) => r.benchmarkId}
            groupOf={(r) => categoryLabel(r.category)}
            caption={`${rows.length} benchmarks reported for at least two of the chosen models`}
            className="compare"
          />
          <h2>As a chart</h2>
          <LazyGroupedBarChart rows={rows} modelNames={chosen.map((id) => byId.get(id)!.name)} />
        </>
      )}
    </>
  );
}
