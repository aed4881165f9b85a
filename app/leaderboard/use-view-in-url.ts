'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { serializeLeaderboardView, type KnownValues, type LeaderboardView } from '@/lib/leaderboard/view-params';

/** The address of a view of the leaderboard. */
export const hrefOf = (view: LeaderboardView) => {
  const query = serializeLeaderboardView(view);
  return query ? `/?${query}` : '/';
};
/** Typing in the search or size boxes asks the server only once the typing pauses. */
const typingPause = 250;
/** The address bar is updated this long after the last change of view. */
const addressPause = 150;

export type UpdateView = (update: LeaderboardView | ((current: LeaderboardView) => LeaderboardView)) => void;

/**
 * The view on screen, mirrored in the address. With the whole dataset in the browser (`known`) a change
 * only rewrites the address and back/forward restore views from it; without it each change asks the
 * server for the view's page.
 */
export function useViewInUrl(initialView: LeaderboardView, known: KnownValues | null) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useState(initialView);
  const shown = useRef(initialView);
  const cancelNavigation = useRef(() => {});
  // A view arriving from outside (the "reset view" link, the header's link, back and forward) replaces
  // the one on screen; a view this component asked the server for is already on screen.
  const initialKey = serializeLeaderboardView(initialView);
  const [arrived, setArrived] = useState({ key: initialKey, requested: initialKey, external: 0 });
  if (initialKey !== arrived.key) {
    const external = initialKey !== arrived.requested;
    setArrived({ key: initialKey, requested: arrived.requested, external: arrived.external + (external ? 1 : 0) });
    if (external) setView(initialView);
  }
  useEffect(() => {
    shown.current = view;
  }, [view]);
  // ... and a change of address still pending for the old view must not overwrite it
  useEffect(() => {
    cancelNavigation.current();
  }, [arrived.external]);

  // A change of filter, sort or page is a new history entry; a run of keystrokes in the search or size boxes is one.
  const typingBurst = useRef(false);
  const pendingPush = useRef(false);
  const remote = known === null;
  const updateView: UpdateView = useCallback(
    (update) => {
      const next = typeof update === 'function' ? update(shown.current) : update;
      const typing = next.q !== shown.current.q || next.size !== shown.current.size;
      pendingPush.current = pendingPush.current || !typing || !typingBurst.current;
      typingBurst.current = typing;
      shown.current = next;
      setView(next);
      const href = hrefOf(next);
      setArrived((a) => ({ ...a, requested: serializeLeaderboardView(next) }));
      cancelNavigation.current();
      const takePush = () => {
        const push = pendingPush.current;
        pendingPush.current = false;
        return push;
      };
      if (remote) {
        const timer = window.setTimeout(
          () => startTransition(() => (takePush() ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false }))),
          typing ? typingPause : 0,
        );
        cancelNavigation.current = () => window.clearTimeout(timer);
      } else {
        // The address follows once changes pause: Next.js turns pushState into a router update, which
        // would otherwise compete with painting the table.
        const timer = window.setTimeout(() => window.history[takePush() ? 'pushState' : 'replaceState'](null, '', href), addressPause);
        cancelNavigation.current = () => window.clearTimeout(timer);
      }
    },
    [remote, router],
  );
  // Back and forward between views this page pushed: the address is the view.
  useEffect(() => {
    if (!known) return;
    const onPop = () => {
      cancelNavigation.current();
      pendingPush.current = false;
      typingBurst.current = false;
      const address = window.location.search;
      // The URL parser (zod) is loaded on the first back or forward, not with the page.
      void import('@/lib/leaderboard/view-params-read').then(({ parseLeaderboardView }) => {
        if (window.location.search !== address) return;
        const next = parseLeaderboardView(new URLSearchParams(address), known).view;
        shown.current = next;
        setView(next);
        setArrived((a) => ({ ...a, requested: serializeLeaderboardView(next) }));
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [known]);
  return { view, updateView, pending };
}
