'use client';

import { useRouter } from 'next/navigation';

export interface FigureGroupPickerProps {
  groups: { id: string; title: string }[];
  current: string;
  basePath: string;
}

/** Chooses a figure group; a plain GET form, so it also works before the script has loaded. */
export function FigureGroupPicker({ groups, current, basePath }: FigureGroupPickerProps) {
  const router = useRouter();
  return (
    <form className="toolbar figure-group-picker" action={basePath} method="get">
      <label>
        Figure{' '}
        <select name="group" defaultValue={current} onChange={(e) => router.push(`${basePath}?group=${encodeURIComponent(e.target.value)}`, { scroll: false })}>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit">Show</button>
      </noscript>
    </form>
  );
}
