import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { sourceCitations } from '@/db/queries/catalog';
import { countModels, getModels, getSourceSummaries, listPickableModels } from '@/db/queries/compare-models';
import { listResults } from '@/db/queries/results';
import { categories } from '@/lib/vocabulary';
import { comparePickerLimit } from '@/lib/browser-limits';
import { buildComparison, maxCompared, type CompareRow } from '@/lib/compare';
import { canonicalAddress } from '@/lib/search-params/read';
import { compareAliases, parseCompareView } from '@/lib/search-params/compare';
import { permanentRedirect } from 'next/navigation';
import { LazyGroupedBarChart } from '../charts/lazy';
import { CompareCitation } from './compare-citation';
import { CompareTable } from './compare-table';
import { ModelPicker } from './model-picker';
import { SameSettingViews } from './same-setting-views';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare models' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  // comparable=1 and same_setting=true move for good to same_setting=1, the models kept.
  const canonical = canonicalAddress('/compare', params, compareAliases);
  if (canonical) permanentRedirect(canonical);
  const { view, notices: paramNotices } = parseCompareView(params);
  const sameSetting = view.sameSetting;
  const wanted = view.models;
  // Only the chosen models are read; the picker gets every model only while the catalog is small.
  const [found, modelCount] = await Promise.all([getModels({ ids: wanted }), countModels()]);
  const pickable = modelCount <= comparePickerLimit() ? await listPickableModels() : null;
  const byId = new Map(found.map((m) => [m.id, m]));
  const unknown = wanted.filter((id) => !byId.has(id));
  const chosen = wanted.filter((id) => byId.has(id)).slice(0, maxCompared);
  const notices = [
    ...paramNotices,
    ...(unknown.length ? [`Ignored unknown model${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 40)}"`).join(', ')}.`] : []),
    ...(wanted.filter((id) => byId.has(id)).length > maxCompared ? [`Only the first ${maxCompared} models are compared.`] : []),
  ];
  const results = chosen.length >= 2 ? await listResults({ filters: { model: chosen } }) : [];
  const sources = await getSourceSummaries({ ids: [...new Set(results.map((r) => r.sourceId))] });
  const sourceMap = new Map(sources.map((s) => [s.id, { ...s, bibtex: '' }]));
  const chosenModels = chosen.map((id) => byId.get(id)!);
  const byCategory = (a: CompareRow, b: CompareRow) =>
    categories.rank(a.category) - categories.rank(b.category) || a.benchmarkName.localeCompare(b.benchmarkName);
  const rowsAll = buildComparison(results, chosenModels, sourceMap, false).sort(byCategory);
  const rowsSame = buildComparison(results, chosenModels, sourceMap, true).sort(byCategory);
  const shownSources = [...new Set([...rowsAll, ...rowsSame].flatMap((r) => r.cells.flatMap((c) => (c ? [c.result.sourceId] : []))))].sort();
  const citations = rowsAll.length ? await sourceCitations({ ids: shownSources }) : [];
  const names = chosenModels.map((m) => ({ id: m.id, name: m.name }));
  const chart = (rows: CompareRow[]) => <LazyGroupedBarChart rows={rows} modelNames={names.map((m) => m.name)} />;
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
      <ModelPicker
        models={(pickable ?? chosen.map((id) => byId.get(id)!)).map((m) => ({ id: m.id, name: m.name, family: m.family, aliases: m.aliases }))}
        selected={chosen}
        searchesServer={pickable === null}
      />
      {chosen.length < 2 ? (
        <p className="empty">
          Choose at least two models, e.g. <Link href="/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b">MiMo-7B-RL and R1-Distill-Qwen-7B</Link> or{' '}
          <Link href="/compare?models=mimo-7b-base,mimo-7b-rl-zero,mimo-7b-sft,mimo-7b-rl">the MiMo-7B series</Link>.
        </p>
      ) : rowsAll.length === 0 ? (
        <p className="empty">These models share no benchmark in the data, and the reference model has no reported score.</p>
      ) : (
        <>
          <p className="muted small-note">
            A dash marks a benchmark not reported for that model; rows the reference model lacks show values without differences.
          </p>
          <SameSettingViews
            initial={sameSetting}
            tables={{ all: <CompareTable rows={rowsAll} models={names} />, same: <CompareTable rows={rowsSame} models={names} /> }}
            charts={{ all: chart(rowsAll), same: chart(rowsSame) }}
          />
          <CompareCitation modelIds={chosen} sources={citations} />
        </>
      )}
    </>
  );
}
