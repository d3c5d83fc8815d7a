import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The node flags `npm start` gives the server (package.json: `node <flags> --import tsx src/node.ts`), so a
 * benchmark runs the server as it is deployed, plus BENCH_NODE_FLAGS (diagnostics, e.g. `--cpu-prof`).
 */
export function serverNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.split(/\s+/);
  const flags = words.slice(1, words.indexOf('--import')).filter((w) => w.startsWith('--'));
  return [...flags, ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [])];
}

/**
 * A TypeScript file under node + tsx's loader, so the pid is the server itself (RSS is its own), with the
 * node flags `npm start` uses (the baselines get them too, so the comparison stays like for like).
 */
export function spawnTs(file: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...serverNodeFlags(), '--import', 'tsx', file], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Polls GET /health until it answers 200; returns the milliseconds it took from `since`. */
export async function waitHealthy(url: string, child: ChildProcess, since: number, timeoutMs = 60_000): Promise<number> {
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  while (performance.now() - since < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return performance.now() - since;
    } catch {}
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`not healthy within ${timeoutMs} ms: ${stderr.slice(-2000)}`);
}

/** Peak and current resident set size of a process, in MB (Linux /proc). */
export function rssMb(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface FakeApi {
  url: string;
  /** sendMessage and other calls received so far. */
  count(): Promise<number>;
  close(): Promise<void>;
}

export async function startFakeApi(token: string): Promise<FakeApi> {
  const child = fork(`${ROOT}bench/lib/fake-telegram-process.ts`, [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (c) => reject(new Error(`fake API exited with ${c}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (l) => resolve((JSON.parse(l) as { url: string }).url));
  });
  return {
    url,
    count: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve((m as { calls: number }).calls));
        child.send('count');
      }),
    close: () => stop(child),
  };
}

export function machine() {
  return { nproc: navigator.hardwareConcurrency, node: process.version };
}
