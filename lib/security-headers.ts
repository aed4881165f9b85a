/** The per-request Content-Security-Policy; the fixed security headers are set in next.config.js. */

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
