import type { Logger } from './core/ports.js';
import type { Deps } from './deps.js';

const DAY = 24 * 60 * 60 * 1000;
/** Said in the welcome message: kept 30 days after the last message, then deleted. */
export const INACTIVE_DAYS = 30;
export const RECEIPT_DAYS = 3;

/** Purge on a schedule: inactive people (cascades to all their rows), old receipts, collected web replies. */
export async function purgeOnce(deps: Pick<Deps, 'store' | 'messages'>, now = new Date()) {
  const people = await deps.store.purgeInactive(new Date(now.getTime() - INACTIVE_DAYS * DAY));
  const receipts = await deps.store.purgeReceipts(new Date(now.getTime() - RECEIPT_DAYS * DAY));
  const messages = await deps.messages.purgeOlderThan(new Date(now.getTime() - INACTIVE_DAYS * DAY));
  return { people, receipts, messages };
}

export function startRetention(deps: Pick<Deps, 'store' | 'messages'>, logger: Logger, everyMs = 60 * 60 * 1000) {
  const run = () =>
    purgeOnce(deps)
      .then((n) => logger.info(n, 'retention purge'))
      .catch((err) => logger.warn({ err: (err as Error).name }, 'retention purge failed'));
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return { stop: () => { clearTimeout(first); clearInterval(timer); } };
}
