/**
 * API latency and throughput on the embedded PostgreSQL with the reference and demo data loaded.
 * Run: npm run bench:api   (prints a table; nothing is asserted)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';

const ENDPOINTS = [
  '/api/states',
  '/api/states/KAZ',
  '/api/organizations/CICA',
  '/api/organizations/CICA/members?at=2006-06-17',
  '/api/organizations/CICA/catalogue',
  '/api/events?actor=CICA&from=2000&to=2024',
  '/api/instruments',
  '/api/matrix?cycle=cica-2026',
  '/api/statistics/participation',
  '/api/plan-of-cbms?year=2026',
];
const REQUESTS = 400;
const CONCURRENCY = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'senim-bench-'));
  const started = performance.now();
  const app = await startApp(
    loadConfig({ SENIM_DATA_DIR: dir, SENIM_PORT: '0', SENIM_HOST: '127.0.0.1' }),
    { demo: true },
  );
  const startup = performance.now() - started;
  console.log(
    `start-up (fresh data folder: initdb, migrations, packs, demo data): ${startup.toFixed(0)} ms`,
  );
  console.log(`${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time, loopback HTTP\n`);
  console.log(
    'endpoint'.padEnd(50),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'req/s'.padStart(8),
  );
  try {
    for (const endpoint of ENDPOINTS) {
      for (let i = 0; i < 20; i++) await (await fetch(app.url + endpoint)).arrayBuffer(); // warm-up
      const times: number[] = [];
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < REQUESTS) {
            next += 1;
            const s = performance.now();
            const response = await fetch(app.url + endpoint);
            await response.arrayBuffer();
            if (!response.ok) throw new Error(`${endpoint}: ${response.status}`);
            times.push(performance.now() - s);
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      times.sort((a, b) => a - b);
      console.log(
        endpoint.padEnd(50),
        percentile(times, 50).toFixed(1).padStart(8),
        percentile(times, 95).toFixed(1).padStart(8),
        (times.length / seconds).toFixed(0).padStart(8),
      );
    }
  } finally {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
