/**
 * The send journal on Node (see send-journal.ts for why it exists).
 *
 * Which moment is "the request left": undici publishes `undici:client:sendHeaders` on its diagnostics
 * channel in the same synchronous step in which it then writes the whole request (headers and body, one
 * corked write) to the socket. The line is written there, BEFORE the socket write, on purpose: a socket
 * write on loopback wakes the platform's process, which the kernel may run at once in place of the sender;
 * journaling after the write let a kill triggered by the platform's receipt land before the line (a
 * duplicate in the kill test). Before the write, nothing is woken between the two writes.
 * `undici:request:create` fires inside the call, where an AsyncLocalStorage still knows which outbox row
 * is being sent, so the request object is tied to its row there. Only requests made inside `track()`
 * are journaled.
 * @see https://nodejs.org/docs/latest-v20.x/api/diagnostics_channel.html
 * @see https://github.com/nodejs/undici/blob/main/docs/docs/api/DiagnosticsChannel.md
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, ftruncateSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/ports.js';
import { isProcessAlive } from '../process-alive.js';
import { type OrphanJournal, parseJournal, type SendJournal } from './send-journal.js';

interface Tracked {
  id: number;
  journal: FileJournal;
}

const current = new AsyncLocalStorage<Tracked>();
const byRequest = new WeakMap<object, Tracked>();
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  subscribe('undici:request:create', (msg) => {
    const t = current.getStore();
    if (t) byRequest.set((msg as { request: object }).request, t);
  });
  subscribe('undici:client:sendHeaders', (msg) => {
    const t = byRequest.get((msg as { request: object }).request);
    if (t) t.journal.wrote(t.id);
  });
}

const NAME = /^(w-[A-Za-z0-9-]+)\.(\d+)\.journal$/;

class FileJournal implements SendJournal {
  private fd: number | null;
  private readonly leftIds = new Set<number>();
  private broken = false;

  constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly logger: Logger,
  ) {
    this.fd = openSync(file, 'a');
  }

  track<T>(id: number, send: () => Promise<T>): Promise<T> {
    return current.run({ id, journal: this }, send);
  }

  /** Called from undici's write path: never throw there. */
  wrote(id: number): void {
    this.leftIds.add(id);
    this.append(`+${id}\n`);
  }

  left(id: number): boolean {
    return this.leftIds.has(id);
  }

  refused(id: number): void {
    this.leftIds.delete(id);
    this.append(`-${id}\n`);
  }

  checkpoint(): void {
    this.leftIds.clear();
    if (this.fd !== null && !this.broken) ftruncateSync(this.fd, 0);
  }

  orphans(): OrphanJournal[] {
    const out: OrphanJournal[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = NAME.exec(name);
      const path = join(this.dir, name);
      if (!m || path === this.file || isProcessAlive(Number(m[2]))) continue;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        continue; // another process on this machine settled it first
      }
      out.push({
        workerId: m[1] as string,
        sent: parseJournal(text),
        forget: () => {
          try {
            unlinkSync(path);
          } catch {
            /* already gone */
          }
        },
      });
    }
    return out;
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    unlinkSync(this.file);
  }

  private append(line: string): void {
    if (this.fd === null || this.broken) return;
    try {
      writeSync(this.fd, line);
    } catch (err) {
      // Without the journal a kill falls back to the lease: rows in flight may be sent twice.
      this.broken = true;
      this.logger.error({ err: (err as NodeJS.ErrnoException).code ?? 'error' }, 'campaign send journal not writable; duplicates after a crash are possible again');
    }
  }
}

/** Opens this worker's journal in `dir` (created if missing), e.g. DATA_DIR/campaign-journal. */
export function openSendJournal(dir: string, workerId: string, logger: Logger): SendJournal {
  if (!/^w-[A-Za-z0-9-]+$/.test(workerId)) throw new Error('workerId must look like w-1a2b3c4d');
  listen();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return new FileJournal(dir, join(dir, `${workerId}.${process.pid}.journal`), logger);
}
