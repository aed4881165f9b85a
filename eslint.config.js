import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Imports that would put a lower layer on top of a higher one (lib: pure functions; db: data; app/server: web). */
const serverOnly = ['node:*', 'pg', 'pg-*', '@electric-sql/*', 'next/server', 'server-only'];
const layer = (message, group) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['**/.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'next-env.d.ts'] },
  {
    files: ['lib/**/*.{ts,tsx,js}'],
    rules: layer('lib/ holds pure functions: no database, server or Node I/O (those live in db/ and server/).', [
      ...serverOnly,
      '@/db/*',
      '@/server/*',
      '@/app/*',
      '**/db/**',
      '**/server/**',
      '**/app/**',
    ]),
  },
  {
    files: ['db/**/*.ts', 'seeds/**/*.ts'],
    rules: layer('The data layer never imports the web layer.', ['@/app/*', '@/server/*', '**/app/**', '**/server/**']),
  },
];

export default config;
