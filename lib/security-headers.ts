/** The security headers: fixed ones on every response, and the per-request Content-Security-Policy. */

/**
 * On every response, static files included (next.config.ts for Next's responses, server.ts for precompressed files).
 *
 * No Cross-Origin-Opener-Policy: `same-origin` made Chromium open every page arriving in a fresh tab in a
 * new browsing context group, and so a new renderer process, which cost the load event about 75 ms on the
 * bench's static page and 50 ms on `/`. What it guards, a cross-origin opener's handle on our window,
 * protects nothing here: the site is public and read-only, with no sessions, cookies or private data.
 */
export const staticSecurityHeaders: readonly { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** A fresh nonce for one response: base64 of a random UUID, so only letters and digits. */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

/**
 * Scripts only from this origin or carrying this request's nonce (Next marks its own inline
 * scripts with it); inline styles are allowed because charts and React style attributes need them.
 * `dev` adds what the development server's hot reloading needs.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
