import autocannon from 'autocannon';
import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');
const duration = Number(process.env.LOAD_SECONDS ?? 30);

function run(url: string, seconds = duration): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration: seconds, timeout: 60 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

describe(`load: 50 connections for ${duration} s against the production build`, () => {
  it.each(['/', '/api/results'])('%s answers every request', { timeout: (duration + 90) * 1000 }, async (path) => {
    // A freshly started server compiles its hot paths during its first burst of 50 concurrent
    // requests, which can take seconds, so that burst is printed on its own before the measured run.
    // (Stalls of several seconds still show in the measured run's p99 in some runs: see README.)
    const cold = await run(`${baseURL}${path}`, 10);
    console.log(`load ${path}, first 10 s (warm-up): ${cold.requests.total} requests, p50 ${cold.latency.p50} ms, p99 ${cold.latency.p99} ms, max ${cold.latency.max} ms, errors ${cold.errors}`);
    const r = await run(`${baseURL}${path}`);
    console.log(
      `load ${path}, then ${duration} s: ${r.requests.total} requests, ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
    );
    expect(cold.errors + cold.timeouts + cold.non2xx).toBe(0);
    expect(r.errors).toBe(0);
    expect(r.timeouts).toBe(0);
    expect(r.non2xx).toBe(0);
    expect(r.requests.total).toBeGreaterThan(0);
  });
});
