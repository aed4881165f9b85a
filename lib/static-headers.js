/**
 * Security headers on every response, static files included (next.config.js for Next's responses,
 * server/main.ts for precompressed files). Plain JavaScript because next.config.js loads it without a compiler.
 *
 * No Cross-Origin-Opener-Policy: `same-origin` made Chromium open every page arriving in a fresh tab in a
 * new browsing context group, and so a new renderer process, which cost the load event about 75 ms on the
 * bench's static page and 50 ms on `/`. What it guards, a cross-origin opener's handle on our window,
 * protects nothing here: the site is public and read-only, with no sessions, cookies or private data.
 */
export const staticSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];
