import { uncertaintyOf } from '@/lib/result-uncertainty';
import type { ResultView } from '@/lib/result-view';
import { itemsFromSetting } from '@/lib/samples-averaged';
import { plusMinus } from '@/lib/uncertainty';

const formatBound = (v: number, unit: string) => (unit === 'fraction' ? v.toFixed(3) : v.toFixed(1));

/** The value's 95% sampling interval, or why there is none; shared by the provenance panel and the result page. */
export function SamplingInterval({ result: r }: { result: ResultView }) {
  const u = uncertaintyOf(r);
  const pm = plusMinus(r.value, u);
  const fromSetting = itemsFromSetting(r.setting) !== null;
  const itemsText =
    u.items === null
      ? null
      : `${u.items.toLocaleString('en-US')} items (${fromSetting ? 'as the setting states' : (r.benchmarkItemsSplit ?? 'catalog count')})`;
  return (
    <div data-testid="sampling-interval">
      {pm !== null && u.ci95Low !== null && u.ci95High !== null ? (
        <>
          <strong>± {formatBound(pm, r.unit)}</strong>{' '}
          <span>
            95% interval {formatBound(u.ci95Low, r.unit)}–{formatBound(u.ci95High, r.unit)}
          </span>
          <div className="muted">
            Wilson score interval over {itemsText}
            {u.samples !== null && u.samples > 1 && `; ${u.samples} samples averaged per item do not add items`}. Derived here, not printed by
            the source.
          </div>
        </>
      ) : (
        <span className="muted">
          {u.items === null
            ? 'No interval: the number of items this value was measured on is not known.'
            : `No interval: ${itemsText}, but the value is not a percentage or fraction.`}
        </span>
      )}
    </div>
  );
}
