import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCacheable, sendPage, type RenderedPage } from './rendered-page';

/**
 * Rendered pages, kept per address and data version. A page's HTML depends only on its address, the
 * data (which moves only when a seed or import bumps the data version) and whether the reader is a bot
 * (Next places metadata differently for the two kinds of bot it knows); the key adds the host as a precaution. Rendering
 * `/` again for every view cost about four fifths of the server's time for it. Each response still
 * gets its own nonce: the one the page was rendered with is replaced, in the HTML and in the
 * Content-Security-Policy, by a fresh one.
 *
 * A page not in the cache is rendered by Next as usual, through a request to this same server that
 * skips the cache; anything but a 200 HTML page with a nonce is passed on to the reader and not kept.
 */

export interface PageCacheOptions {
  /** The current data version, or null while it cannot be read (then nothing is cached). */
  dataVersion: () => Promise<number | null>;
  /** Renders the page for a request (renderThroughNext in server/main.ts). */
  render: (req: IncomingMessage) => Promise<RenderedPage>;
  /** Bound on the bytes of HTML kept; the page used longest ago goes first. */
  maxBytes?: number;
}

/** The cache: `serve` answers a request whose pageCacheKey is not null. */
export function createPageCache({ dataVersion, render, maxBytes = 32 * 1024 * 1024 }: PageCacheOptions) {
  const pages = new Map<string, { version: number; page: RenderedPage }>();
  // Renders under way, so that many readers asking for one new page cost one render.
  const pending = new Map<string, Promise<RenderedPage>>();
  let bytes = 0;
  const drop = (key: string) => {
    const old = pages.get(key);
    if (old) bytes -= old.page.bytes;
    pages.delete(key);
  };
  const keep = (key: string, version: number, page: RenderedPage) => {
    drop(key);
    if (page.bytes > maxBytes / 8) return;
    pages.set(key, { version, page });
    bytes += page.bytes;
    for (const oldest of pages.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };
  const renderOnce = (key: string, version: number | null, req: IncomingMessage) => {
    const flight = `${version}\n${key}`;
    let promise = pending.get(flight);
    if (!promise) {
      promise = render(req).then((page) => {
        if (version !== null && isCacheable(page)) keep(key, version, page);
        return page;
      });
      pending.set(flight, promise);
      void promise.catch(() => {}).finally(() => pending.delete(flight));
    }
    return promise;
  };
  return {
    async serve(key: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
      // Read before rendering: a page that raced an import is kept under the older version, never the newer.
      const version = await dataVersion().catch(() => null);
      const hit = version === null ? undefined : pages.get(key);
      if (hit && hit.version === version) {
        // most recently used last
        pages.delete(key);
        pages.set(key, hit);
        return sendPage(hit.page, req, res);
      }
      return sendPage(await renderOnce(key, version, req), req, res);
    },
  };
}
