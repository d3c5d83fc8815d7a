import type { ChannelName } from '../core/events.js';
import type { SubscriptionDesk } from '../core/flows/subscription.js';
import type { ChannelSender, Logger, Translator } from '../core/ports.js';
import type { CampaignRow, CampaignStore, ClaimedRow } from '../db/stores/campaign-store.js';
import { campaignReply, textLangMap } from './content.js';
import { groupCommit } from './group-commit.js';
import { backoffMs, classifySendError } from './send-errors.js';
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
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** How long one pass over a channel may run before the worker looks at schedules, pauses and leases again. */
const SLICE_MS = 2000;

/**
 * The campaign sender. At most once per recipient: a row is marked 'sent' right after the platform
 * accepts the message, and a row is sent only from 'sending' claimed by this worker.
 *
 * THE ONE DUPLICATE WINDOW: when a worker is killed, rows it left in 'sending' are re-sent after the lease
 * (CAMPAIGN_LEASE_SECONDS). Most of them never left (claimed, not yet tried); the ones that may have left
 * are the messages in flight at the kill: an HTTP call the platform accepted whose 'sent' mark had not
 * committed yet. Each lane has at most one such message, so that is at most `lanes` per channel
 * (rate/100, 1 to 32). Claims are small (a quarter-second of sending) so the rest wait little.
 */
export function createCampaignWorker(deps: WorkerDeps) {
  const { store, config, logger } = deps;
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const buckets = new Map<ChannelName, TokenBucket>();
  const gates = new Map<ChannelName, ChatGate>();
  let active = new Map<string, CampaignRow>();
  let stopped = false;
  let wake: (() => void) | null = null;

  const bucket = (ch: ChannelName) => {
    let b = buckets.get(ch);
    if (!b) {
      const rate = config.rates[ch] ?? 1;
      // A burst of 1/40 s of sending: enough to recover from a scheduling hiccup, too small to trip a platform limit.
      b = new TokenBucket(rate, Math.max(1, Math.floor(rate / 40)), now);
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
  const lanes = (ch: ChannelName) => Math.min(32, Math.max(1, Math.ceil((config.rates[ch] ?? 1) / 100)));

  async function housekeeping() {
    for (const c of await store.due()) {
      const { started, enqueued } = await store.start(c.id, ['scheduled'], textLangMap(c.texts));
      if (started) logger.info({ campaignId: c.id, enqueued }, 'scheduled campaign started');
    }
    const reclaimed = await store.reclaimExpired(config.leaseMs);
    if (reclaimed > 0) logger.warn({ reclaimed }, 'campaign rows from a stopped worker re-queued (possible duplicates)');
    await store.finishDrained();
    active = new Map((await store.sending()).map((c) => [c.id, c]));
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
    const reply = campaignReply(campaign, row.lang, deps.translator.forLang(row.lang));
    if (!reply) return store.finish(row.id, 'skipped', 'no_text');
    const wait = gate(channel).tryPass(row.personId);
    if (wait > 0) return store.requeue(row.id, wait, { countAttempt: false, reason: 'per_chat' });

    const b = bucket(channel);
    await b.take(sleep);
    const externalUserId = await deps.decrypt(row.externalRefEnc);
    try {
      await sender.send({ channel, externalUserId, personId: row.personId, lang: row.lang }, [reply]);
    } catch (err) {
      return failed(row, channel, err);
    }
    await markSent(row.id);
  }

  /**
   * The platform accepted it: mark it 'sent' at once, trying hard (a row left in 'sending' is re-sent after
   * the lease). Marks are group-committed (one UPDATE for all that arrived during the previous commit) and
   * each lane waits for its own, so at most `lanes` messages per channel are ever accepted-but-unmarked.
   */
  const commitSent = groupCommit<number>(async (ids) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await store.markSent(ids);
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  });
  const markSent = (id: number) => commitSent(id);

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
        })
        .finally(() => {
          filling = null;
        });
      return filling;
    };
    const next = async (): Promise<{ row: ClaimedRow; claimedAt: number } | undefined> => {
      for (;;) {
        const more = !exhausted && !stopped && now() < deadline && active.has(campaignId);
        if (more && buffer.length <= lanes(channel)) void fill();
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
    await Promise.all(Array.from({ length: lanes(channel) }, lane));
    return done;
  }

  /** One pass: start due campaigns, re-queue expired leases, send a slice of every active campaign. */
  async function tick(): Promise<number> {
    await housekeeping();
    const channels = Object.keys(deps.senders) as ChannelName[];
    const perChannel = await Promise.all(
      channels.map(async (ch) => {
        let n = 0;
        for (const id of active.keys()) n += await drain(id, ch);
        return n;
      }),
    );
    return perChannel.reduce((a, b) => a + b, 0);
  }

  return {
    tick,
    /** Runs until stop(); errors are logged and the loop carries on. */
    async run(): Promise<void> {
      while (!stopped) {
        let n = 0;
        try {
          n = await tick();
        } catch (err) {
          logger.error({ err: (err as Error).name, msg: (err as Error).message.slice(0, 200) }, 'campaign worker pass failed');
        }
        if (n === 0 && !stopped) await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, config.pollMs).unref?.();
        });
        wake = null;
      }
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
