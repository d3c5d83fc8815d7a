import { sql } from 'drizzle-orm';
import type { ChannelName } from '../../src/core/events.js';
import type { ChannelSender, Recipient } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/replies.js';
import type { Db } from '../../src/db/client.js';
import type { Cipher } from '../../src/db/crypto.js';
import { rows } from '../../src/db/sql-rows.js';

export interface SeedPerson {
  channel?: ChannelName;
  externalUserId: string;
  language?: string | null;
  district?: string | null;
  /** Default subscribed. */
  status?: 'subscribed' | 'unsubscribed' | null;
  /** District she asked find-help to remember (conversation data), not from a deep link. */
  keptDistrict?: string;
}

/** A person as the core would have stored her, subscribed (or not), straight in SQL. Returns her id. */
export async function seedPerson(db: Db, cipher: Cipher, p: SeedPerson): Promise<string> {
  const channel = p.channel ?? 'telegram';
  const [row] = await rows<{ id: string }>(
    db,
    sql`insert into people (channel, external_hash, external_ref_enc)
        values (${channel}, ${await cipher.lookupHash(`${channel}:${p.externalUserId}`)}, ${await cipher.encrypt(p.externalUserId)})
        returning id`,
  );
  const id = String(row?.id);
  const data = p.keptDistrict ? JSON.stringify({ district: p.keptDistrict }) : '{}';
  await db.execute(sql`insert into conversation_states (person_id, language, flow, data) values (${id}, ${p.language ?? null}, 'menu', ${data}::jsonb)`);
  const status = p.status === undefined ? 'subscribed' : p.status;
  if (status) {
    await db.execute(sql`insert into subscriptions (person_id, status, district, source) values (${id}, ${status}, ${p.district ?? null}, 'test')`);
  }
  return id;
}

export async function openCaseFor(db: Db, personId: string): Promise<void> {
  await db.execute(
    sql`insert into cases (ref, person_id, status, language, channel) values (${`C-${personId.slice(0, 6).toUpperCase()}`}, ${personId}, 'waiting', 'en', 'telegram')`,
  );
}

export async function outboxRows(db: Db, campaignId: string) {
  return rows<{ person_id: string; status: string; reason: string | null; lang: string | null; attempts: number }>(
    db,
    sql`select person_id, status, reason, lang, attempts from campaign_outbox where campaign_id = ${campaignId} order by id`,
  );
}

/** A ChannelSender that records, and can be told to throw for chosen chats. */
export function scriptedSender() {
  const sent: { to: Recipient; reply: Reply }[] = [];
  const failures = new Map<string, unknown[]>();
  const sender: ChannelSender & { sent: typeof sent; failFor(chat: string, ...errors: unknown[]): void } = {
    sent,
    failFor(chat, ...errors) {
      failures.set(chat, [...(failures.get(chat) ?? []), ...errors]);
    },
    async send(to, replies) {
      const err = failures.get(to.externalUserId)?.shift();
      if (err) throw err;
      for (const reply of replies) sent.push({ to, reply });
    },
  };
  return sender;
}

/** What grammY throws for an API error. */
export function telegramError(error_code: number, description: string, retry_after?: number) {
  return Object.assign(new Error(`Call to 'sendMessage' failed! (${error_code}: ${description})`), {
    name: 'GrammyError',
    error_code,
    description,
    parameters: retry_after === undefined ? {} : { retry_after },
  });
}

export const silent = { debug() {}, info() {}, warn() {}, error() {} };
