import type { NewBenchmark, NewModel, NewSource, NewSourceTable } from '../../db/schema';
import { servedBibtex } from '../../lib/bibtex';
import type { CatalogBenchmark, CatalogModel, SourceFile } from './seed-schemas';

/** Validated catalog and source files shaped as database rows (snake_case file fields to the schema's properties). */

export function toModelRow(m: CatalogModel): NewModel {
  return {
    id: m.id,
    name: m.name,
    family: m.family,
    organization: m.organization,
    paramsB: m.params_b,
    paramsNote: m.params_note,
    modality: m.modality,
    stage: m.stage,
    baseModelId: m.base_model,
    openWeights: m.open_weights,
    aliases: m.aliases,
    hfRepos: m.hf_repos,
  };
}

export function toBenchmarkRow(b: CatalogBenchmark): NewBenchmark {
  return {
    id: b.id,
    name: b.name,
    category: b.category,
    modality: b.modality,
    scale: b.scale,
    higherIsBetter: b.higher_is_better,
    description: b.description,
    aliases: b.aliases,
    items: b.items,
    itemsSplit: b.items_split,
    itemsOrigin: b.items_origin,
  };
}

export function toSourceRows(s: SourceFile, names: readonly string[]): { source: NewSource; tables: NewSourceTable[] } {
  return {
    source: {
      id: s.id,
      title: s.title,
      shortTitle: s.short_title,
      authors: s.authors,
      organization: s.organization,
      year: s.year,
      kind: s.kind,
      arxivId: s.arxiv_id,
      url: s.url,
      codeUrl: s.code_url,
      revision: s.revision,
      paginated: s.paginated,
      bibtex: servedBibtex(s.bibtex, { arxivId: s.arxiv_id, names }),
      note: s.note,
    },
    tables: s.tables.map((t, position) => ({
      sourceId: s.id,
      label: t.label,
      kind: t.kind,
      page: t.page,
      caption: t.caption,
      layout: t.layout,
      position,
    })),
  };
}

/** Names a title may print in lower-case letters after the first (Llama, Qwen, Meta): model families and organizations. */
export function titleNames(models: readonly CatalogModel[], sources: readonly SourceFile[]): string[] {
  const words = [...models.map((m) => m.family), ...sources.map((s) => s.organization)].flatMap((n) => n.split(/[\s/()]+/));
  return [...new Set(words.filter((w) => /^[A-Z][a-z]/.test(w)))];
}
