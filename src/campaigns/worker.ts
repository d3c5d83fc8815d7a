import type { ChannelName } from '../core/events.js';
import type { SubscriptionDesk } from '../core/flows/subscription.js';
import type { ChannelSender, Logger, Translator } from '../core/ports.js';
import type { CampaignRow, CampaignStore, ClaimedRow } from '../db/stores/campaign-store.js';
import { campaignReply, textLangMap } from './content.js';
import { groupCommit } from '../db/group-commit.js';
import { backoffMs, classifySendError, platformAnswered } from './send-errors.js';
import type { SendJournal } from './send-journal.js';
import { ChatGate, TokenBucket } from './token-bucket.js';

export interface WorkerConfig {
  /** Sends per second per channel (all workers of this process together). */
  rates: Partial<Record<ChannelName, number>>;
  /** Minimum gap between two messages to one chat (Telegram: 1 s). */
  perChatMs: Partial<Record<ChannelName, number>>;
  /** A row claimed longer ago than this by a worker that is gone goes back to the queue. */
  leaseMs: number;
  maxAttempts: number;
  workerId: string;
  /** Idle wait between looks at the queue. */
  pollMs: number;
}

export interface WorkerDeps {
  store: CampaignStore;
  /** The core's ChannelSender per channel (WhatsApp's sends an approved template outside the 24-hour window). */
  senders: Partial<Record<ChannelName, ChannelSender>>;
  subscriptions: SubscriptionDesk;
  decrypt(sealed: string): Promise<string>;
  translator: Translator;
  logger: Logger;
  config: WorkerConfig;
  /** This machine's send journal (Node); without one, a kill falls back to the lease (see below). */
  journal?: SendJournal;
  /** Runs once when run() starts (wiring.ts: checks the bot token with the platform). */
  beforeRun?: () => Promise<void>;
  /** Marks rows sent (default store.markSent); wiring.ts also writes the kept message ids with them. */
  markSent?: (ids: number[]) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * How long one pass over a channel may run before the worker looks at schedules and leases again. Each
 * pass ends with a pause in sending (finish the claimed rows, housekeeping, the next claim: ~60 ms), so
 * passes are long; pauses and cancels are seen sooner, by re-reading the sending campaigns every
 * ACTIVE_REFRESH_MS while a pass runs.
 */
const SLICE_MS = 10_000;
const ACTIVE_REFRESH_MS = 1000;
/** How long sent marks gather before one UPDATE commits them (journaled workers only). */
const MARK_LINGER_MS = 200;

/**
 * The campaign sender. At most once per recipient: a row is sent only from 'sending' claimed by this
 * worker, and once its request has left it is never sent again.
 *
 * After a kill (SIGKILL, OOM, the process dies): the send journal (send-journal.ts) says which of the
 * killed worker's rows were handed to a socket. The next worker on the machine marks those 'sent' and
 * puts the rest back in the queue at once. THE ONE DUPLICATE WINDOW: without a journal to read (the
 * Workers runtime, or a machine that never comes back), rows come back after CAMPAIGN_LEASE_SECONDS, and
 * the messages in flight at the end — at most one per lane — may be sent twice. With a journal, a kill in
 * the microseconds between the journal line and the socket write loses that one message instead.
 *
 * A request that left and got no answer (a timeout, a reset connection) is not retried: it may have been
 * delivered, so it is counted as failed ('unconfirmed'). One refused by the platform (429, 5xx) is retried.
 */
export function createCampaignWorker(deps: WorkerDeps) {
  const { store, config, logger } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const markSentNow = deps.markSent ?? ((ids: number[]) => store.markSent(ids));
  const buckets = new Map<ChannelName, TokenBucket>();
  const gates = new Map<ChannelName, ChatGate>();
  let active = new Map<string, CampaignRow>();
  /** One rendered reply per campaign and language for a pass (the same for every recipient). */
  const replies = new Map<string, ReturnType<typeof campaignReply>>();
  const replyFor = (campaign: CampaignRow, lang: ClaimedRow['lang']) => {
    const key = `${campaign.id}:${lang}`;
    if (!replies.has(key)) replies.set(key, campaignReply(campaign, lang, deps.translator.forLang(lang)));
    return replies.get(key) ?? null;
  };
  let stopped = false;
  let wake: (() => void) | null = null;

  const bucket = (ch: ChannelName) => {
    let b = buckets.get(ch);
    if (!b) {
      const rate = config.rates[ch] ?? 1;
      // A burst of 1/20 s of sending (one message at Telegram's 25/s, four at WhatsApp's 80/s): enough to catch up
      // after a scheduling hiccup, small enough that the average stays at the configured rate.
      b = new TokenBucket(rate, Math.max(1, Math.floor(rate / 20)), now);
      buckets.set(ch, b);
    }
    return b;
  };
  const gate = (ch: ChannelName) => {
    let g = gates.get(ch);
    if (!g) {
      g = new ChatGate(config.perChatMs[ch] ?? 0, now);
      gates.set(ch, g);
    }
    return g;
  };
  const batchSize = (ch: ChannelName) => Math.min(500, Math.max(1, Math.floor((config.rates[ch] ?? 1) / 4)));
  // With a journal a lane does not wait for its 'sent' mark, so a lane's cycle is one platform round trip;
  // without one it also waits for the commit, and fewer lanes keep fewer messages in the window.
  const lanes = (ch: ChannelName) =>
    Math.min(deps.journal ? 128 : 32, Math.max(1, Math.ceil((config.rates[ch] ?? 1) / (deps.journal ? 20 : 100))));

  /** Rows of workers on this machine that were killed, settled from their journals. */
  async function settleOrphans() {
    for (const orphan of deps.journal?.orphans() ?? []) {
      const { sent, requeued } = await store.settleWorker(orphan.workerId, orphan.sent);
      logger.warn({ workerId: orphan.workerId, sent, requeued }, 'campaign rows of a stopped worker settled from its send journal');
      orphan.forget();
    }
  }

  /** Re-reads the sending campaigns in the background (a pause or cancel takes effect within a second). */
  let lastRefresh = now();
  let refreshing: Promise<void> | null = null;
  const refreshActive = () => {
    lastRefresh = now();
    refreshing ??= store
      .sending()
      .then((list) => {
        active = new Map(list.map((c) => [c.id, c]));
        replies.clear();
      })
      .catch((err) => logger.warn({ err: (err as Error).name }, 'campaign list not refreshed'))
      .finally(() => {
        refreshing = null;
      });
  };

  async function housekeeping() {
    await settleOrphans();
    for (const c of await store.due()) {
      const { started, enqueued } = await store.start(c.id, ['scheduled'], textLangMap(c.texts));
      if (started) logger.info({ campaignId: c.id, enqueued }, 'scheduled campaign started');
    }
    // Rows whose 'sent' mark this worker could not commit are still 'sending' and may be past the lease;
    // re-queueing them would send them again. Wait until the marks are in (settleMarks retries them).
    if (unmarked.size === 0) {
      const reclaimed = await store.reclaimExpired(config.leaseMs);
      if (reclaimed > 0) logger.warn({ reclaimed }, 'campaign rows from a stopped worker re-queued (possible duplicates)');
    } else {
      logger.warn({ unmarked: unmarked.size }, 'campaign leases not reclaimed: sent marks of this worker are still pending');
    }
    await store.finishDrained();
    await refreshing;
    active = new Map((await store.sending()).map((c) => [c.id, c]));
    replies.clear();
    lastRefresh = now();
  }

  async function deliver(row: ClaimedRow, channel: ChannelName, claimedAt: number): Promise<void> {
    // A row held past half its lease (a slow machine, a long pause) may soon be re-claimed by another worker:
    // hand it back instead of racing that worker (the HTTP timeout is under a quarter of the lease).
    if (now() - claimedAt > config.leaseMs / 2) return store.release(row.id, config.workerId);
    const campaign = active.get(row.campaignId);
    if (!campaign) return store.requeue(row.id, 0, { countAttempt: false, reason: 'paused' });
    if (row.externalRefEnc === null) return; // erased: her outbox row went with her
    if (!row.subscribed) return store.finish(row.id, 'skipped', 'unsubscribed');
    if (row.inCase) return store.finish(row.id, 'skipped', 'open_case');
    if (row.attempts > config.maxAttempts) return store.finish(row.id, 'failed', 'too_many_attempts');
    const sender = deps.senders[channel];
    if (!sender) return store.requeue(row.id, 60_000, { countAttempt: false, reason: 'no_sender' });
    const reply = replyFor(campaign, row.lang);
    if (!reply) return store.finish(row.id, 'skipped', 'no_text');
    const wait = gate(channel).tryPass(row.personId);
    if (wait > 0) return store.requeue(row.id, wait, { countAttempt: false, reason: 'per_chat' });

    const b = bucket(channel);
    const externalUserId = await deps.decrypt(row.externalRefEnc);
    await b.take(sleep);
    const send = () => sender.send({ channel, externalUserId, personId: row.personId, lang: row.lang }, [reply]);
    try {
      await (deps.journal ? deps.journal.track(row.id, send) : send());
    } catch (err) {
      const journal = deps.journal;
      if (journal?.left(row.id)) {
        if (!platformAnswered(err)) return store.finish(row.id, 'failed', 'unconfirmed');
        journal.refused(row.id);
      }
      return failed(row, channel, err);
    }
    // With a journal the row is safe once its request left: the mark can commit in the background.
    if (deps.journal) markLater(row.id);
    else await commitSent(row.id);
  }

  /**
   * The platform accepted it: mark it 'sent' at once, trying hard (a row left in 'sending' is re-sent after
   * the lease when there is no journal). Marks are group-committed (one UPDATE for all that arrived during
   * the previous commit).
   */
  const commitSent = groupCommit<number>(
    async (ids) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await markSentNow(ids);
        } catch (err) {
          if (attempt >= 5) throw err;
          await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
        }
      }
    },
    // With a journal nobody waits for a mark: gather a fifth of a second of them into one statement
    // (at 2,000/s, 5 UPDATEs a second instead of hundreds, which the sender's CPU was spent on).
    { lingerMs: deps.journal ? MARK_LINGER_MS : 0 },
  );
  /** Marks not yet committed (the journal has them); and ids whose mark failed, retried next pass. */
  const pendingMarks = new Set<Promise<void>>();
  const unmarked = new Set<number>();
  const markLater = (id: number) => {
    const p: Promise<void> = commitSent(id)
      .catch((err) => {
        unmarked.add(id);
        logger.error({ err: (err as Error).name, outboxId: id }, 'campaign sent mark not committed; retried next pass');
      })
      .finally(() => pendingMarks.delete(p));
    pendingMarks.add(p);
  };
  /** After a pass: every mark committed, so the journal can start again. */
  async function settleMarks(checkpoint = true) {
    await commitSent.flush();
    while (pendingMarks.size > 0) await Promise.all(pendingMarks);
    if (unmarked.size > 0) {
      const ids = [...unmarked];
      try {
        await markSentNow(ids);
        for (const id of ids) unmarked.delete(id);
      } catch {
        return; // keep the journal: it is what says these left
      }
    }
    if (checkpoint) deps.journal?.checkpoint();
  }

  async function failed(row: ClaimedRow, channel: ChannelName, err: unknown) {
    const f = classifySendError(err);
    logger.warn({ campaignId: row.campaignId, outboxId: row.id, channel, kind: f.kind, code: f.code }, 'campaign send failed');
    switch (f.kind) {
      case 'rate_limited':
        bucket(channel).pause(f.retryAfterMs);
        return store.requeue(row.id, f.retryAfterMs, { countAttempt: false, reason: f.code });
      case 'blocked':
        await store.finish(row.id, 'blocked', f.code);
        await deps.subscriptions.unsubscribe(row.personId, 'blocked', new Date(now()));
        return;
      case 'permanent':
        return store.finish(row.id, 'failed', f.code);
      case 'transient':
        if (row.attempts >= config.maxAttempts) return store.finish(row.id, 'failed', f.code);
        return store.requeue(row.id, backoffMs(row.attempts), { countAttempt: true, reason: f.code });
    }
  }

  /** One time slice of one campaign on one channel: lanes take claimed rows one by one; claims refill ahead. */
  async function drain(campaignId: string, channel: ChannelName): Promise<number> {
    const deadline = now() + SLICE_MS;
    const buffer: { row: ClaimedRow; claimedAt: number }[] = [];
    let exhausted = false;
    let filling: Promise<void> | null = null;
    let done = 0;
    const fill = () => {
      const claimedAt = now(); // before the query: never later than the database's claimed_at
      filling ??= store
        .claim(campaignId, channel, batchSize(channel), config.workerId)
        .then((got) => {
          for (const row of got) buffer.push({ row, claimedAt });
          if (got.length === 0) exhausted = true;
          logger.debug({ campaignId, channel, claimed: got.length, ms: now() - claimedAt, buffered: buffer.length }, 'campaign rows claimed');
        })
        .finally(() => {
          filling = null;
        });
      return filling;
    };
    const next = async (): Promise<{ row: ClaimedRow; claimedAt: number } | undefined> => {
      if (now() - lastRefresh >= ACTIVE_REFRESH_MS) refreshActive();
      for (;;) {
        const more = !exhausted && !stopped && now() < deadline && active.has(campaignId);
        // Keep a whole batch in reserve: a claim under load (or in a process that just started) can take
        // longer than sending half a batch, and lanes must never wait for one.
        if (more && buffer.length <= Math.max(lanes(channel), batchSize(channel))) void fill();
        const row = buffer.shift();
        if (row) return row;
        if (filling) await filling;
        else return undefined;
      }
    };
    const lane = async () => {
      for (let item = await next(); item; item = await next()) {
        await deliver(item.row, channel, item.claimedAt);
        done++;
      }
    };
    // Every lane finishes before the pass ends (settleMarks must not checkpoint with a send still running).
    await allSettled(Array.from({ length: lanes(channel) }, lane));
    return done;
  }

  /** One pass: start due campaigns, re-queue expired leases, send a slice of every active campaign. */
  async function tick(): Promise<number> {
    await housekeeping();
    const channels = Object.keys(deps.senders) as ChannelName[];
    let clean = false;
    try {
      const perChannel = await allSettled(
        channels.map(async (ch) => {
          let n = 0;
          for (const id of active.keys()) n += await drain(id, ch);
          return n;
        }),
      );
      clean = true;
      return perChannel.reduce((a, b) => a + b, 0);
    } finally {
      // After a failed pass a row may still be 'sending' with its request gone: keep its journal line.
      await settleMarks(clean);
    }
  }

  return {
    tick,
    /** Runs until stop(); errors are logged and the loop carries on. */
    async run(): Promise<void> {
      await deps.beforeRun?.();
      let clean = true;
      while (!stopped) {
        let n = 0;
        try {
          n = await tick();
          clean = true;
        } catch (err) {
          clean = false;
          logger.error({ err: (err as Error).name, msg: (err as Error).message.slice(0, 200) }, 'campaign worker pass failed');
        }
        if (n === 0 && !stopped) await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, config.pollMs).unref?.();
        });
        wake = null;
      }
      await settleMarks(false);
      if (unmarked.size === 0 && clean) deps.journal?.close();
    },
    /** Look at the queue now (after send-now in this process). */
    kick() {
      wake?.();
    },
    stop() {
      stopped = true;
      wake?.();
    },
    buckets,
  };
}

export type CampaignWorker = ReturnType<typeof createCampaignWorker>;

/** Like Promise.all, but waits for every promise before it rejects with the first failure. */
async function allSettled<T>(promises: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}
