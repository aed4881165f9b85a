import Link from '@/app/ui/link';
import { pageSizes } from '@/lib/leaderboard/view-params';
import { pageCountOf } from '@/lib/paging';

export interface PagerProps {
  /** 1-based page shown. */
  page: number;
  pageSize: number;
  rowCount: number;
  /** What is counted ("models", "values"). */
  noun: string;
  /** The address of another page (each page is a plain link that also works without script). */
  hrefFor: (page: number) => string;
  /** When given, a page change is handled in place instead of by following the link. */
  onPage?: (page: number) => void;
  /** When given, the reader can choose the page size. */
  onPageSize?: (size: number) => void;
  label: string;
}

/** Which rows are shown, and links to the first, neighbouring and last pages. */
export function Pager({ page, pageSize, rowCount, noun, hrefFor, onPage, onPageSize, label }: PagerProps) {
  const pageCount = pageCountOf(rowCount, pageSize);
  const first = rowCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(rowCount, page * pageSize);
  const link = (target: number, name: string, text: string) =>
    target < 1 || target > pageCount || target === page ? (
      <span className="pager-link disabled" aria-hidden="true">
        {text}
      </span>
    ) : (
      <Link
        className="pager-link"
        href={hrefFor(target)}
        scroll={false}
        aria-label={name}
        onClick={
          onPage &&
          ((e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            onPage(target);
          })
        }
      >
        {text}
      </Link>
    );
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager-range">
        {noun[0]!.toUpperCase() + noun.slice(1)} {first}–{last} of {rowCount}
        {pageCount > 1 && ` · page ${page} of ${pageCount}`}
      </span>
      {pageCount > 1 && (
        <span className="pager-links">
          {link(1, 'First page', '« First')}
          {link(page - 1, 'Previous page', '‹ Previous')}
          {link(page + 1, 'Next page', 'Next ›')}
          {link(pageCount, 'Last page', 'Last »')}
        </span>
      )}
      {onPageSize && (
        <label className="pager-size">
          Rows per page{' '}
          <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
    </nav>
  );
}
