import type { ReactNode } from 'react';
import type { Column, RowData, TableFeatures } from '@tanstack/react-table';

/** What every table's columns may say about their markup (each table's features declare these as `columnMeta`). */
export interface DataColumnMeta {
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Its body cells name their row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** A row header that stays at the left edge while the table scrolls sideways. */
  sticky?: boolean;
  /** The header's tooltip. */
  title?: string;
  /** A page about the column, linked beside its sort button. */
  href?: string;
  /** The link's name after the column's ("benchmark page"). */
  hrefLabel?: string;
  /** rem; given on any column, the table lays out at fixed widths (7 rem where unsaid). */
  width?: number;
}

/** A column that draws its cells straight from the row, skipping TanStack's per-cell objects (the leaderboard's many cells). */
export interface ShowColumnMeta<TData> {
  show?: (row: TData) => ReactNode;
}

export function metaOf<TFeatures extends TableFeatures, TData extends RowData>(column: Column<TFeatures, TData, unknown>) {
  return column.columnDef.meta as (DataColumnMeta & ShowColumnMeta<TData>) | undefined;
}

/** The column's name in words: its header when that is text, else its id. */
export function nameOf<TFeatures extends TableFeatures, TData extends RowData>(column: Column<TFeatures, TData, unknown>) {
  const header: unknown = column.columnDef.header;
  return typeof header === 'string' ? header : column.id;
}

/** The class a column's cells carry, header and body alike. */
export function cellClassOf(meta: DataColumnMeta | undefined) {
  return [meta?.sticky ? 'sticky' : '', meta?.numeric ? 'num' : ''].join(' ').trim() || undefined;
}
