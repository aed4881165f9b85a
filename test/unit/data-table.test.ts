import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { constructTable, createSortedRowModel, rowSortingFeature, sortFns, tableFeatures, type SortingState } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { DataColumnMeta } from '@/app/ui/data-table/column-meta';
import { StaticTable, staticColumnHelper } from '@/app/ui/data-table/static-table';
import { DataTable } from '@/app/ui/data-table/table';

interface Score {
  model: string;
  section: string;
  value: number;
}
const rows: Score[] = [
  { model: 'MiMo-7B-RL', section: 'Math', value: 55.4 },
  { model: 'Qwen2.5-7B', section: 'Math', value: 10.0 },
  { model: 'Llama-3.1-8B', section: 'Code', value: 6.7 },
];

describe('the data table markup', () => {
  it('a server-built table: caption, column and row headers, a heading row per section, labelled cells', () => {
    const column = staticColumnHelper<Score>();
    const columns = column.columns([
      column.accessor('model', { header: 'Model', meta: { rowHeader: true } }),
      column.accessor('value', { header: 'Score', meta: { numeric: true } }),
    ]);
    const html = renderToStaticMarkup(
      createElement(StaticTable<Score>, { columns, data: rows, caption: 'Scores', captionHidden: false, rowId: (r) => r.model, groupOf: (r) => r.section, className: 'scores' }),
    );
    expect(html).toContain('<div class="table-wrap static"><table class="data scores"><caption>Scores</caption>');
    const hidden = renderToStaticMarkup(createElement(StaticTable<Score>, { columns, data: rows, caption: 'Scores', rowId: (r) => r.model }));
    expect(hidden).toContain('<caption class="visually-hidden">Scores</caption>');
    expect(html).toContain('<th scope="col" data-column-id="model">Model</th><th scope="col" class="num" data-column-id="value">Score</th>');
    expect(html.match(/class="section-row"/g)).toHaveLength(2);
    expect(html).toContain('<tr class="section-row"><th colSpan="2" scope="colgroup">Math</th></tr><tr><th scope="row">MiMo-7B-RL</th><td class="num" data-label="Score">55.4</td></tr>');
    // no sorting feature: no sort buttons, no aria-sort
    expect(html).not.toContain('<button');
    expect(html).not.toContain('aria-sort');
    // styled by its page: no box, no `data` styles, no stacking labels
    const bare = renderToStaticMarkup(createElement(StaticTable<Score>, { columns, data: rows, caption: 'Scores', captionHidden: false, rowId: (r) => r.model, bare: true, className: 'grid', rowAttributes: (r) => ({ 'data-own': r.model.startsWith('MiMo') ? '' : undefined }) }));
    expect(bare).toMatch(/^<table class="grid"><caption>Scores<\/caption>/);
    expect(bare).toContain('<tr data-own=""><th scope="row">MiMo-7B-RL</th><td class="num">55.4</td></tr><tr><th scope="row">Qwen2.5-7B</th>');
  });

  it('a sortable table: whole-header sort buttons with human labels, aria-sort and the sort order', () => {
    const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns, columnMeta: {} as DataColumnMeta });
    const render = (sorting: SortingState) => {
      const table = constructTable({
        features: { coreReactivityFeature: storeReactivityBindings(), ...features },
        columns: [
          { accessorKey: 'model', header: 'Model', meta: { sticky: true } },
          { accessorKey: 'value', header: 'Score', meta: { numeric: true, href: '/benchmarks/x', hrefLabel: 'benchmark page', width: 5 } },
        ],
        data: rows,
        getRowId: (r: Score) => r.model,
        state: { sorting },
      } as never) as ReturnType<typeof constructTable<typeof features, Score>>;
      return renderToStaticMarkup(createElement(DataTable<typeof features, Score>, { table, caption: 'Scores', className: 'scores', rowAttributes: (r) => ({ 'data-model': r.model }) }));
    };
    const byScore = render([{ id: 'value', desc: true }]);
    expect(byScore).toContain('<div class="table-wrap"><table class="data scores" style="width:12rem"><caption class="visually-hidden">Scores</caption><colgroup><col style="width:7rem"/><col style="width:5rem"/></colgroup>');
    expect(byScore).toContain('<th scope="col" aria-sort="descending" class="num" data-column-id="value"><span class="th-inner"><button type="button" class="sort-button th-button" aria-label="Sort by Score (now descending); shift-click to add to the sort">Score<span aria-hidden="true" class="sort-arrow">▼</span></button><a class="th-link" aria-label="Score: benchmark page" title="About Score" href="/benchmarks/x">');
    expect(byScore).toContain('aria-label="Sort by Model; shift-click to add to the sort">Model<span aria-hidden="true" class="sort-arrow">↕</span>');
    expect([...byScore.matchAll(/data-model="([^"]+)"><th scope="row" class="sticky">/g)].map((m) => m[1])).toEqual(['MiMo-7B-RL', 'Qwen2.5-7B', 'Llama-3.1-8B']);
    const twoSorts = render([{ id: 'model', desc: false }, { id: 'value', desc: true }]);
    expect(twoSorts).toContain('▲</span><sup>1</sup>');
    expect(twoSorts).toContain('▼</span><sup>2</sup>');
    expect([...twoSorts.matchAll(/data-model="([^"]+)"/g)].map((m) => m[1])).toEqual(['Llama-3.1-8B', 'MiMo-7B-RL', 'Qwen2.5-7B']);
  });
});
