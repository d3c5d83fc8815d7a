import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleInbound } from '../../src/core/handle-inbound.js';
import type { Reply } from '../../src/core/replies.js';
import { createCoreHarness } from '../helpers/core-harness.js';

let h: Awaited<ReturnType<typeof createCoreHarness>>;
beforeAll(async () => {
  h = await createCoreHarness();
});
afterAll(async () => {
  await h.cleanup();
});

const labels = (r: Reply | undefined) => (r && r.kind === 'text' ? (r.choices ?? []).map((c) => c.label) : []);
const ids = (r: Reply | undefined) => (r && r.kind === 'text' ? (r.choices ?? []).map((c) => c.id) : []);
const start = { kind: 'command', command: 'start', args: '' } as const;

async function count(table: string, personId: string): Promise<number> {
  const col = table === 'people' ? 'id' : 'person_id';
  const res = await h.database.db.execute(sql.raw(`select count(*)::int as n from ${table} where ${col} = '${personId}'`));
  const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { n: number }[];
  return Number(rows[0]?.n);
}

describe('onboarding and language', () => {
  it('welcomes on /start, says what is kept and how to erase, and offers the languages', async () => {
    const replies = await h.say('u-start', start);
    expect(replies).toHaveLength(2);
    expect(replies[0]?.text).toMatch(/30 days/);
    expect(replies[0]?.text).toMatch(/delete my data/);
    expect(labels(replies[1])).toEqual(expect.arrayContaining(['English', 'हिन्दी', 'اردو']));
  });

  it('pre-selects the language from the script of the first message', async () => {
    const hi = await h.say('u-hindi', 'नमस्ते');
    expect(hi[0]?.text).toContain('सहेली');
    expect(labels(hi[1])[0]).toBe('हिन्दी');
    const ur = await h.say('u-urdu', 'السلام علیکم');
    expect(ur[0]?.text).toContain('سہیلی');
    expect(ur[0]?.dir).toBe('rtl');
    expect(labels(ur[1])[0]).toBe('اردو');
  });

  it('choosing हिन्दी shows the menu in Hindi, and the choice is kept in the database', async () => {
    await h.say('u-pick', start);
    const replies = await h.say('u-pick', { kind: 'choice', id: 'lang:hi' });
    expect(replies[0]?.text).toContain('हिन्दी में');
    expect(labels(replies[0])).toContain('आपातकालीन नंबर');
    const again = await h.say('u-pick', 'menu');
    expect(again[0]?.text).toMatch(/[\u0900-\u097F]/);
  });

  it('changes language at any time with the word for language in each script', async () => {
    await h.say('u-switch', start);
    await h.say('u-switch', { kind: 'choice', id: 'lang:en' });
    for (const word of ['language', 'भाषा', 'زبان', '/language']) {
      const content = word.startsWith('/') ? { kind: 'command' as const, command: 'language', args: '' } : word;
      const replies = await h.say('u-switch', content);
      expect(ids(replies[0])).toContain('lang:ur');
    }
    const ur = await h.say('u-switch', { kind: 'choice', id: 'lang:ur' });
    expect(ur[0]?.dir).toBe('rtl');
    expect(ur[0]?.text).toContain('اردو');
  });
});

describe('safety first', () => {
  it('answers an emergency as the very first message with 112 and 181, before any welcome', async () => {
    const replies = await h.say('u-danger', 'he is beating me right now please help');
    expect(replies[0]?.text).toContain('112');
    expect(replies[0]?.text).toContain('181');
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/I am Saheli/);
  });

  it('soon after an emergency answer, a short "hes back" or "plz" gets the emergency numbers again; "thank you" does not', async () => {
    const ambulance = (rs: Reply[]) => rs.some((r) => r.text?.includes('police and ambulance'));
    expect(ambulance(await h.say('u-follow', 'he is beating me right now please help'))).toBe(true);
    expect(ambulance(await h.say('u-follow', 'hes back'))).toBe(true);
    expect(ambulance(await h.say('u-follow', 'plz'))).toBe(true);
    expect(ambulance(await h.say('u-follow', 'thank you, I am safe now'))).toBe(false);
    // Without an emergency before it, "plz" is just unclear.
    await h.say('u-calm', start);
    await h.say('u-calm', { kind: 'choice', id: 'lang:en' });
    expect(ambulance(await h.say('u-calm', 'plz'))).toBe(false);
  });

  it('gives Tele-MANAS 14416 for self-harm, in Hindi when written in Hindi', async () => {
    const replies = await h.say('u-selfharm', 'मैं आत्महत्या करना चाहती हूँ');
    expect(replies[0]?.text).toContain('14416');
    expect(replies[0]?.text).toMatch(/[\u0900-\u097F]/);
  });

  it('when it does not understand, the answer still says how to reach 112 (an emergency it missed lands here)', async () => {
    await h.say('u-unclear', start);
    await h.say('u-unclear', { kind: 'choice', id: 'lang:ur' });
    const [r] = await h.say('u-unclear', 'وہ پھر سے وہی کر رہا ہے');
    expect(r?.text).toMatch(/سمجھ نہیں آیا/);
    expect(r?.text).toContain('112');
  });

  it('lists the emergency numbers, one plain line each', async () => {
    await h.say('u-numbers', start);
    await h.say('u-numbers', { kind: 'choice', id: 'lang:en' });
    const [r] = await h.say('u-numbers', { kind: 'choice', id: 'm:helplines' });
    for (const n of ['112', '181', '1098', '14416', '1930', '15100']) expect(r?.text).toMatch(new RegExp(`^${n} `, 'm'));
  });
});

describe('retries and erasure', () => {
  it('answers a retried delivery once', async () => {
    const event = {
      channel: 'telegram' as const,
      externalUserId: 'u-retry',
      providerMessageId: 'same-update',
      receivedAt: new Date(),
      content: start,
    };
    const first = await handleInbound(h.core, event);
    const second = await handleInbound(h.core, event);
    expect(first.status).toBe('handled');
    expect(second.status).toBe('duplicate');
    expect(h.sender.sent.filter((s) => s.to.externalUserId === 'u-retry')).toHaveLength(2); // welcome + languages, once
  });

  it('erases every row about the person after she confirms', async () => {
    await h.say('u-erase', start);
    await h.say('u-erase', { kind: 'choice', id: 'lang:en' });
    const conv = await h.store.loadOrCreate('telegram', 'u-erase');
    await h.messages.recordId(conv.personId, 'telegram', 'out', '42');
    expect(await count('people', conv.personId)).toBe(1);
    expect(await count('chat_messages', conv.personId)).toBe(1);

    const ask = await h.say('u-erase', 'delete my data');
    expect(ids(ask[0])).toEqual(['erase:yes', 'erase:no']);
    const done = await h.say('u-erase', { kind: 'choice', id: 'erase:yes' });
    expect(done[0]?.text).toMatch(/erased/);
    for (const table of ['people', 'conversation_states', 'chat_messages']) {
      expect(await count(table, conv.personId)).toBe(0);
    }
  });

  it('keeps everything when she says no', async () => {
    await h.say('u-keep', start);
    await h.say('u-keep', { kind: 'choice', id: 'lang:en' });
    await h.say('u-keep', { kind: 'command', command: 'delete', args: '' });
    const replies = await h.say('u-keep', { kind: 'choice', id: 'erase:no' });
    expect(replies[0]?.text).toMatch(/Nothing was erased/);
    const conv = await h.store.loadOrCreate('telegram', 'u-keep');
    expect(conv.isNew).toBe(false);
  });

  it('stores the platform id only as a hash and ciphertext', async () => {
    await h.say('999111222', start);
    const res = await h.database.db.execute(sql`select external_hash, external_ref_enc from people`);
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, string>[];
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('999111222');
    const mine = [];
    for (const r of rows) if ((await h.cipher.decrypt(r.external_ref_enc as string)) === '999111222') mine.push(r);
    expect(mine).toHaveLength(1);
  });
});

describe('things the bot cannot read', () => {
  it('answers a sticker kindly and offers the menu', async () => {
    await h.say('u-sticker', start);
    await h.say('u-sticker', { kind: 'choice', id: 'lang:en' });
    const replies = await h.say('u-sticker', { kind: 'unsupported', what: 'sticker' });
    expect(replies[0]?.text).toMatch(/only read written messages/);
    expect(ids(replies[0])).toContain('m:helplines');
  });
});
