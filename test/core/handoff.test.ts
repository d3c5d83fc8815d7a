import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHours } from '../../src/core/hours.js';
import type { Reply } from '../../src/core/replies.js';
import { hashPassword } from '../../src/console/password.js';
import { createCoreHarness } from '../helpers/core-harness.js';

let h: Awaited<ReturnType<typeof createCoreHarness>>;
let counsellorA: string;
let counsellorB: string;
beforeAll(async () => {
  h = await createCoreHarness();
  const passwordHash = await hashPassword('a-long-test-password');
  counsellorA = (await h.staff.create({ email: 'a@example.org', displayName: 'Asha', passwordHash, role: 'counsellor' })).id;
  counsellorB = (await h.staff.create({ email: 'b@example.org', displayName: 'Bilqees', passwordHash, role: 'counsellor' })).id;
});
afterAll(async () => {
  await h.cleanup();
});

const ids = (rs: Reply[]) => rs.flatMap((r) => (r.kind === 'text' ? (r.choices ?? []).map((c) => c.id) : []));
const rows = async (q: ReturnType<typeof sql>) => {
  const res = await h.database.db.execute(q);
  return (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, unknown>[];
};
let n = 0;
async function inQueue(thirdParty = false): Promise<{ user: string; caseId: string }> {
  const user = `ho-${++n}`;
  await h.say(user, { kind: 'command', command: 'start', args: '' });
  await h.say(user, { kind: 'choice', id: 'lang:en' });
  await h.say(user, 'I want to talk to a counsellor');
  await h.say(user, { kind: 'choice', id: thirdParty ? 'ho:other' : 'ho:me' });
  const conv = await h.store.loadOrCreate('telegram', user);
  const open = await h.cases.desk.openCaseOf(conv.personId);
  return { user, caseId: open?.id as string };
}

describe('asking for a counsellor', () => {
  it('explains who reads, what is kept and that she can stop, then lets her agree or go back', async () => {
    const user = `ho-${++n}`;
    await h.say(user, { kind: 'command', command: 'start', args: '' });
    await h.say(user, { kind: 'choice', id: 'lang:en' });
    const [consent] = await h.say(user, 'can I talk to a real person');
    expect(consent?.text).toMatch(/counsellor/);
    expect(consent?.text).toMatch(/90 days/);
    expect(consent?.text).toMatch(/stop at any time/);
    expect(ids([consent as Reply])).toEqual(['ho:me', 'ho:other', 'm:menu']);
  });

  it('puts her in the queue and says roughly how long, and what to do in danger', async () => {
    const { user, caseId } = await inQueue();
    expect(caseId).toBeDefined();
    const [c] = await rows(sql`select status, third_party from cases where id = ${caseId}`);
    expect(c).toMatchObject({ status: 'waiting', third_party: false });
    const waiting = h.sender.sent.filter((s) => s.to.externalUserId === user).at(-1)?.reply;
    expect(waiting?.text).toMatch(/about \d+ minutes/);
    expect(waiting?.text).toMatch(/112/);
  });

  it('records a request made for someone else', async () => {
    const user = `ho-${++n}`;
    await h.say(user, { kind: 'command', command: 'start', args: '' });
    await h.say(user, { kind: 'choice', id: 'lang:en' });
    const [consent] = await h.say(user, 'I am asking for my sister, she needs to talk to a counsellor');
    expect(ids([consent as Reply])[0]).toBe('ho:other');
    await h.say(user, { kind: 'choice', id: 'ho:other' });
    const conv = await h.store.loadOrCreate('telegram', user);
    const [c] = await rows(sql`select third_party from cases where person_id = ${conv.personId}`);
    expect(c?.third_party).toBe(true);
  });

  it('outside counselling hours says when someone will answer and offers 181', async () => {
    const ist = new Date(Date.now() + 330 * 60_000).getUTCHours();
    const from = (ist + 2) % 22; // a one-hour window that does not contain the current hour
    const pad = (x: number) => String(x).padStart(2, '0');
    const closed = await createCoreHarness({ hours: `${pad(from)}:00-${pad(from + 1)}:00` });
    try {
      await closed.say('late', { kind: 'command', command: 'start', args: '' });
      await closed.say('late', { kind: 'choice', id: 'lang:en' });
      await closed.say('late', { kind: 'command', command: 'counsellor', args: '' });
      const [r] = await closed.say('late', { kind: 'choice', id: 'ho:me' });
      expect(r?.text).toContain(`${pad(from)}:00`);
      expect(r?.text).toMatch(/181/);
      expect(r?.text).toMatch(/leave a message/);
    } finally {
      await closed.cleanup();
    }
  });
});

describe('while a counsellor owns the conversation', () => {
  it('the bot says nothing of its own; her words go to the case, encrypted', async () => {
    const { user, caseId } = await inQueue();
    expect(await h.cases.claim(caseId, counsellorA)).not.toBeNull();
    for (const text of ['my husband took my phone yesterday', 'menu', 'what are my rights']) {
      expect(await h.say(user, text)).toEqual([]);
    }
    expect(await h.say(user, { kind: 'choice', id: 'm:rights' })).toEqual([]);
    const stored = await rows(sql`select body_enc from case_messages where case_id = ${caseId} and direction = 'in'`);
    expect(stored).toHaveLength(3);
    expect(JSON.stringify(stored)).not.toContain('husband');
    const names = new Map<string, string>();
    const texts = (await h.cases.messages(caseId, names)).filter((m) => m.direction === 'in').map((m) => m.text);
    expect(texts).toEqual(['my husband took my phone yesterday', 'menu', 'what are my rights']);
  });

  it('safety commands still answer: emergency numbers, an emergency, erase', async () => {
    const { user, caseId } = await inQueue();
    await h.cases.claim(caseId, counsellorA);
    const numbers = await h.say(user, { kind: 'command', command: 'help', args: '' });
    expect(numbers[0]?.text).toMatch(/1098/);
    const danger = await h.say(user, 'he is hitting me right now');
    expect(danger[0]?.text).toMatch(/112/);
    expect(ids(danger)).not.toContain('m:counsellor');
    const [c] = await rows(sql`select emergency from cases where id = ${caseId}`);
    expect(c?.emergency).toBe(true);
    const ask = await h.say(user, 'delete my data');
    expect(ids(ask)).toContain('erase:yes');
    await h.say(user, { kind: 'choice', id: 'erase:yes' });
    expect(await rows(sql`select id from cases where id = ${caseId}`)).toHaveLength(0);
    expect(await rows(sql`select id from case_messages where case_id = ${caseId}`)).toHaveLength(0);
  });

  it('after the counsellor closes, the bot answers her again', async () => {
    const { user, caseId } = await inQueue();
    await h.cases.claim(caseId, counsellorA);
    expect(await h.say(user, 'hello?')).toEqual([]);
    expect(await h.cases.close(caseId, 'information')).not.toBeNull();
    const menu = await h.say(user, 'menu');
    expect(ids(menu)).toContain('m:rights');
  });

  it('she can leave the queue herself', async () => {
    const { user, caseId } = await inQueue();
    const left = await h.say(user, { kind: 'choice', id: 'ho:leave' });
    expect(left[0]?.text).toMatch(/left the counsellor chat/);
    const [c] = await rows(sql`select status from cases where id = ${caseId}`);
    expect(c?.status).toBe('closed');
  });
});

describe('the queue', () => {
  it('two counsellors claiming at once: exactly one gets it', async () => {
    const { caseId } = await inQueue();
    const results = await Promise.all([h.cases.claim(caseId, counsellorA), h.cases.claim(caseId, counsellorB)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('puts emergencies first, then her district and language, then the longest wait', async () => {
    const a = await inQueue();
    const b = await inQueue();
    await h.cases.desk.flagEmergency(b.caseId);
    const queue = await h.cases.queue({ id: counsellorB, role: 'counsellor', districts: [], languages: ['en'] });
    const order = queue.filter((c) => c.status === 'waiting').map((c) => c.caseId);
    expect(order.indexOf(b.caseId)).toBeLessThan(order.indexOf(a.caseId));
    expect(queue.find((c) => c.caseId === a.caseId)).not.toHaveProperty('phone');
  });
});

describe('retention', () => {
  it('purges closed cases after the retention period, and keeps people whose case is still kept', async () => {
    const { user, caseId } = await inQueue();
    await h.cases.claim(caseId, counsellorA);
    await h.cases.close(caseId, 'referred_osc');
    const conv = await h.store.loadOrCreate('telegram', user);
    await h.database.db.execute(sql`update people set last_inbound_at = now() - interval '40 days' where id = ${conv.personId}`);
    expect(await h.store.purgeInactive(new Date(Date.now() - 30 * 86400_000), new Date(Date.now() - 90 * 86400_000))).toBe(0);
    await h.database.db.execute(sql`update cases set closed_at = now() - interval '91 days' where id = ${caseId}`);
    expect(await h.cases.purgeClosed(new Date(Date.now() - 90 * 86400_000))).toBe(1);
    expect(await rows(sql`select id from case_messages where case_id = ${caseId}`)).toHaveLength(0);
  });
});

describe('retention of subscribers', () => {
  it('keeps a silent subscriber (her opt-in) but purges a silent person who did not subscribe or who said STOP', async () => {
    const ids: Record<string, string> = {};
    for (const who of ['sub-kept', 'sub-none', 'sub-stopped']) {
      await h.say(who, { kind: 'command', command: 'start', args: '' });
      ids[who] = (await h.store.loadOrCreate('telegram', who)).personId;
      await h.database.db.execute(sql`update people set last_inbound_at = now() - interval '45 days' where id = ${ids[who]}`);
    }
    await h.database.db.execute(sql`insert into subscriptions (person_id, status, source) values (${ids['sub-kept']}, 'subscribed', 'test')`);
    await h.database.db.execute(sql`insert into subscriptions (person_id, status, source) values (${ids['sub-stopped']}, 'unsubscribed', 'test')`);
    await h.store.purgeInactive(new Date(Date.now() - 30 * 86400_000), new Date(Date.now() - 90 * 86400_000));
    const left = (await rows(sql`select id from people where id in (${ids['sub-kept']}, ${ids['sub-none']}, ${ids['sub-stopped']})`)).map((r) => r.id);
    expect(left).toEqual([ids['sub-kept']]);
  });
});

describe('counselling hours', () => {
  it('reads hours in India time with district exceptions', () => {
    const hours = parseHours('09:00-18:00;Leh=10:00-16:00');
    const at = (ist: string) => new Date(`2026-11-27T${ist}:00+05:30`);
    expect(hours?.open(null, at('09:30')).open).toBe(true);
    expect(hours?.open('Leh', at('09:30'))).toEqual({ open: false, opensAt: '10:00' });
    expect(hours?.open(null, at('18:00')).open).toBe(false);
    expect(parseHours('9-5')).toBeNull();
  });
});
