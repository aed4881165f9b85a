import path from 'node:path';

/** A bare Next.js app for the page-load bench: one server-rendered page, no app code in the browser. */
const config = {
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
  poweredByHeader: false,
};

export default config;
