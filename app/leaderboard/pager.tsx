import { pageSizes } from '@/lib/leaderboard/view-params';

export interface PagerProps {
  /** 1-based page shown. */
  page: number;
  pageSize: number;
  rowCount: number;
  /** The address of another page (so each page is a plain link that also works without script). */
  hrefFor: (page: number) => string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** Which rows are shown, and links to the neighbouring, first and last pages. */
export function Pager({ page, pageSize, rowCount, hrefFor, onPage, onPageSize }: PagerProps) {
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  const first = rowCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(rowCount, page * pageSize);
  const link = (target: number, label: string, text: string) =>
    target < 1 || target > pageCount || target === page ? (
      <span className="pager-link disabled" aria-hidden="true">
        {text}
      </span>
    ) : (
      <a
        className="pager-link"
        href={hrefFor(target)}
        aria-label={label}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          onPage(target);
        }}
      >
        {text}
      </a>
    );
  return (
    <nav className="pager" aria-label="Pages of the leaderboard">
      <span className="pager-range">
        Models {first}–{last} of {rowCount}
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
    </nav>
  );
}
