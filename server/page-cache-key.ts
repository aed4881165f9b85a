import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getBotType } from 'next/dist/shared/lib/router/utils/is-bot';

/** Which requests the page cache (server/page-cache.ts) may answer, and under which key. */

/** Requests with this header go straight to Next (the cache's own renders and the bench use it), from loopback only. */
export const bypassHeader = 'x-page-cache';

/** The cache's own renders carry this value, so they skip the cache even when the server listens on a non-loopback address. */
export const renderToken = randomUUID();

/** Whether a request comes from this machine: only such a request may skip the cache (a render costs ~8× a hit). */
export function fromLoopback(req: IncomingMessage): boolean {
  const address = req.socket?.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** The reader's kind as Next tells pages apart: 'dom' or 'html' bot, or a browser. */
export function readerKind(userAgent: string | undefined): string {
  return getBotType(userAgent ?? '') ?? 'browser';
}

/** Headers with which Next's router asks for something other than the page's HTML. */
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/** The cache key (host, address, reader kind) of a request the cache may answer, or null for one that goes to Next. */
export function pageCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '';
  const pathname = url.split('?')[0]!;
  if (!pathname.startsWith('/') || pathname.startsWith('/_next/') || pathname === '/api' || pathname.startsWith('/api/')) return null;
  const bypass = req.headers[bypassHeader];
  if ((bypass !== undefined && (bypass === renderToken || fromLoopback(req))) || routerHeaders.some((h) => req.headers[h] !== undefined)) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  // The host too: no page here shows it today, but one that did must not be sent under another host's name.
  return `${req.headers.host ?? ''}\n${url}\n${readerKind(req.headers['user-agent'])}`;
}
