/** The security headers: fixed ones on every response, and the per-request Content-Security-Policy. */

export { staticSecurityHeaders } from './static-headers.js';

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
