/**
 * `npm run bench:startup`: time from spawning the real server (`node --import tsx src/node.ts` with the flags `npm start` uses,
 * on the embedded PGlite) to its first 200 from GET /health: once from a fresh DATA_DIR (PGlite initdb,
 * migrations, key generation, centre directory) and once from the DATA_DIR the first run left.
 * Env: BENCH_ROUNDS (default 3). The last line is a JSON summary (medians). Targets: < 10 s and < 2 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, serverNodeFlags, stop, waitHealthy } from './lib/proc.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const since = performance.now();
  const child = spawn(process.execPath, [...serverNodeFlags(), '--import', 'tsx', 'src/node.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    return await waitHealthy(`http://127.0.0.1:${port}`, child, since);
  } finally {
    await stop(child);
  }
}

const median = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
const fresh: number[] = [];
const existing: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'saheli-startup-'));
  try {
    fresh.push(await startOnce(dir));
    existing.push(await startOnce(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`round ${i + 1}: fresh DATA_DIR ${Math.round(fresh.at(-1) as number)} ms, existing ${Math.round(existing.at(-1) as number)} ms\n`);
}
process.stdout.write(
  `${JSON.stringify({ fresh_ms: Math.round(median(fresh)), existing_ms: Math.round(median(existing)), fresh_max_ms: Math.round(Math.max(...fresh)), existing_max_ms: Math.round(Math.max(...existing)), rounds: ROUNDS, database: 'pglite' })}\n`,
);
