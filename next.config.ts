import type { NextConfig } from 'next';
import { staticSecurityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  // Every response, static files included; the Content-Security-Policy comes from proxy.ts (per-request nonce).
  headers: async () => [{ source: '/:path*', headers: [...staticSecurityHeaders] }],
};

export default nextConfig;
