import type { Logger } from '../core/ports.js';
import type { Database } from '../db/client.js';
import { CONSOLE_CHANNEL } from '../db/stores/case-store.js';

export interface ConsoleEvent {
  type: 'queue' | 'message';
  caseId: string;
  messageId?: number;
}

/**
 * Live updates for console streams. One LISTEN per process on PostgreSQL's NOTIFY channel, fanned out
 * to this process's open streams, so several server instances behind a load balancer all see every change.
 */
export function createEventHub(database: Pick<Database, 'listen'>, logger: Logger) {
  const subscribers = new Set<(e: ConsoleEvent) => void>();
  let listening: Promise<() => Promise<void>> | undefined;

  function ensureListening() {
    listening ??= database
      .listen(CONSOLE_CHANNEL, (payload) => {
        let event: ConsoleEvent;
        try {
          event = JSON.parse(payload) as ConsoleEvent;
        } catch {
          return;
        }
        for (const fn of subscribers) fn(event);
      })
      .catch((err) => {
        listening = undefined;
        logger.error({ err: (err as Error).name }, 'console LISTEN failed');
        throw err;
      });
    return listening;
  }

  return {
    async subscribe(fn: (e: ConsoleEvent) => void): Promise<() => void> {
      await ensureListening();
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    async close() {
      subscribers.clear();
      const stop = await listening?.catch(() => undefined);
      await stop?.();
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
