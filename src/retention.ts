import type { Logger } from './core/ports.js';
import type { Deps } from './deps.js';

const DAY = 24 * 60 * 60 * 1000;
/** Said in the welcome message: kept 30 days after the last message, then deleted. */
export const INACTIVE_DAYS = 30;
export const RECEIPT_DAYS = 3;

type RetentionDeps = Pick<Deps, 'store' | 'messages' | 'cases'> & { caseRetentionDays: number };

/**
 * Purge on a schedule: closed counsellor cases past their retention (with transcripts and notes), people
 * silent for 30 days with no case still kept (cascades to all their rows), old receipts, old web replies.
 */
export async function purgeOnce(deps: RetentionDeps, now = new Date()) {
  const caseCutoff = new Date(now.getTime() - deps.caseRetentionDays * DAY);
  const cases = await deps.cases.purgeClosed(caseCutoff);
  const people = await deps.store.purgeInactive(new Date(now.getTime() - INACTIVE_DAYS * DAY), caseCutoff);
  const receipts = await deps.store.purgeReceipts(new Date(now.getTime() - RECEIPT_DAYS * DAY));
  const messages = await deps.messages.purgeOlderThan(new Date(now.getTime() - INACTIVE_DAYS * DAY));
  return { cases, people, receipts, messages };
}

export function startRetention(deps: RetentionDeps, logger: Logger, everyMs = 60 * 60 * 1000) {
  const run = () =>
    purgeOnce(deps)
      .then((n) => logger.info(n, 'retention purge'))
      .catch((err) => logger.warn({ err: (err as Error).name }, 'retention purge failed'));
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
