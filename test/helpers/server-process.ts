import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import postgres from 'postgres';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Log lines (JSON objects) the server wrote so far. */
  logs: Record<string, unknown>[];
  stderr: string[];
  /** The DATABASE_URL it uses, when on PostgreSQL. */
  databaseUrl?: string;
  dataDir?: string;
  /** Stops the process (SIGTERM, or the signal given) and returns its exit code; the database stays. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  /** kill() and then remove its database. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real server (`tsx src/node.ts`) on an ephemeral port with a fresh database: a new PostgreSQL
 * database when DATABASE_URL is set (CI's second run), else an embedded PGlite in a temp DATA_DIR.
 */
export interface StartOptions {
  timeoutMs?: number;
  /** Runs before the server starts, with the database env it will use (PGlite's directory is locked once it runs). */
  beforeStart?: (dbEnv: Record<string, string>) => Promise<void>;
  /** Start on an earlier server's data (a restart): its DATA_DIR and database, which stop() then removes. */
  reuse?: Pick<ServerProcess, 'dataDir' | 'databaseUrl'>;
}

export async function startServer(env: Record<string, string> = {}, opts: StartOptions = {}): Promise<ServerProcess> {
  let databaseUrl: string | undefined = opts.reuse?.databaseUrl;
  let dataDir: string | undefined = opts.reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'saheli-e2e-'));
  let dropDb = async () => {};
  if (databaseUrl && process.env.DATABASE_URL) {
    const base = process.env.DATABASE_URL;
    const name = new URL(databaseUrl).pathname.slice(1);
    dropDb = async () => {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  } else if (process.env.DATABASE_URL) {
    const made = await createDatabase(process.env.DATABASE_URL);
    databaseUrl = made.url;
    dropDb = made.drop;
  }
  const dbEnv: Record<string, string> = { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  if (env.ENCRYPTION_KEY) dbEnv.ENCRYPTION_KEY = env.ENCRYPTION_KEY;
  await opts.beforeStart?.(dbEnv);
  // node --import tsx rather than the tsx launcher: a signal (SIGKILL in the crash tests) reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (l) => stderr.push(l));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${stderr.join('\n')}`)), opts.timeoutMs ?? 90_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stderr.join('\n')}`));
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.port === 'number' && String(entry.msg).includes('listening')) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${entry.port}`);
        }
      } catch {
        stderr.push(line);
      }
    });
  });
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    return new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill(signal);
    });
  };
  return {
    url,
    child,
    logs,
    stderr,
    databaseUrl,
    dataDir,
    kill,
    async stop() {
      const code = await kill();
      await dropDb();
      dropDb = async () => {};
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      dataDir = undefined;
      return code;
    },
  };
}

/** A fresh database on the server behind `baseUrl`, and a function that drops it. */
export async function createDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `saheli_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Runs `tsx src/node.ts` to exit (for configuration errors); returns exit code and output. */
export function runServerToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/node.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    child.stdout.on('data', (d) => { stdout += String(d); });
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

/** `npm run user:create` against a server's database (call from `beforeStart`). */
export async function createUser(dbEnv: Record<string, string>, u: { email: string; role: string; password: string; name?: string }) {
  const args = ['src/cli/user-create.ts', '--email', u.email, '--role', u.role, ...(u.name ? ['--name', u.name] : [])];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...dbEnv, SAHELI_USER_PASSWORD: u.password },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    child.on('exit', (c) => resolve({ code: c, stderr: err }));
  });
  if (code !== 0) throw new Error(`user:create failed: ${stderr}`);
}
