/**
 * Opt-in and opt-out as a person lives them, through the core over a real database: the one-time offer
 * after a helpful answer, /subscribe, a deep link with a district, STOP in three languages, a pledge,
 * and erase removing her consent.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHTS_TOPICS } from '../../src/core/content/rights-catalog.js';
import type { Reply } from '../../src/core/replies.js';
import { createCampaignStore } from '../../src/db/stores/campaign-store.js';
import { rows } from '../../src/db/sql-rows.js';
import { createSubscriptionStore } from '../../src/db/stores/subscription-store.js';
import { createCoreHarness } from '../helpers/core-harness.js';

let h: Awaited<ReturnType<typeof createCoreHarness>>;
beforeAll(async () => {
  h = await createCoreHarness();
  Object.assign(h.core.services, { subscriptions: createSubscriptionStore(h.database.db) });
});
afterAll(async () => h?.cleanup());

let n = 0;
const newUser = () => `sub-user-${++n}`;
const choices = (r: Reply[]) => r.flatMap((x) => (x.kind === 'text' ? (x.choices ?? []) : []));
const texts = (r: Reply[]) => r.map((x) => x.text).join('\n');
const press = (user: string, id: string) => h.say(user, { kind: 'choice', id });
const cmd = (user: string, command: string, args = '') => h.say(user, { kind: 'command', command, args });

async function subscription(user: string) {
  const personId = await h.store.findPersonId('telegram', user);
  const [row] = await rows<{ status: string; source: string; district: string | null; consented_at: unknown; unsubscribe_reason: string | null }>(
    h.database.db,
    sql`select status, source, district, consented_at, unsubscribe_reason from subscriptions where person_id = ${personId}`,
  );
  return row;
}

async function onboard(user: string, lang = 'en') {
  await cmd(user, 'start');
  await press(user, `lang:${lang}`);
}

const lastRightsMessage = () => {
  const topic = RIGHTS_TOPICS.find((t) => t.id === 'child_marriage')!;
  const s = topic.subtopics[0]!;
  return `r:${topic.id}:${s.id}:${s.messageKeys.length - 1}`;
};

describe('the offer after a helpful answer', () => {
  it('adds one "Occasional updates" choice to a rights answer\'s last message, once; pressing it subscribes her', async () => {
    const user = newUser();
    await onboard(user);
    const first = await press(user, lastRightsMessage());
    const offer = choices(first).find((c) => c.id === 'sub:yes');
    expect(offer?.label).toBe('Occasional updates');
    expect(choices(first).at(-1)?.id).toBe('m:menu');
    // A middle message of a chain gets no offer, and the offer never comes back.
    const again = await press(user, lastRightsMessage());
    expect(choices(again).some((c) => c.id === 'sub:yes')).toBe(false);
    expect(await subscription(user)).toBeUndefined();

    const yes = await press(user, 'sub:yes');
    expect(texts(yes)).toMatch(/Write STOP at any time/);
    expect(await subscription(user)).toMatchObject({ status: 'subscribed', source: 'offer' });
    expect((await subscription(user))?.consented_at).toBeTruthy();
  });

  it('comes after centres found for a district too, and not before any answer', async () => {
    const user = newUser();
    await onboard(user);
    const menu = await cmd(user, 'start');
    expect(choices(menu).some((c) => c.id === 'sub:yes')).toBe(false);
    const found = await press(user, 'h:d:Kathua');
    expect(choices(found).some((c) => c.id === 'sub:yes')).toBe(true);
  });
});

describe('explicit opt-in', () => {
  it('/subscribe subscribes at once, with the time and the source', async () => {
    const user = newUser();
    await onboard(user);
    const r = await cmd(user, 'subscribe');
    expect(texts(r)).toMatch(/Now and then I will send you an update/);
    expect(await subscription(user)).toMatchObject({ status: 'subscribed', source: 'command' });
  });

  it('a deep link t.me/<bot>?start=sub-kathua records the district and the source, then asks a new person her language', async () => {
    const user = newUser();
    const r = await cmd(user, 'start', 'sub-kathua');
    expect(await subscription(user)).toMatchObject({ status: 'subscribed', source: 'deeplink:sub-kathua', district: 'Kathua' });
    expect(texts(r)).toMatch(/Now and then I will send you an update/);
    expect(choices(r).some((c) => c.id.startsWith('lang:'))).toBe(true);
    // An unknown tag still subscribes, without a district.
    const other = newUser();
    await cmd(other, 'start', 'sub-bvmb2026');
    expect(await subscription(other)).toMatchObject({ status: 'subscribed', district: null });
  });

  it('asking in words gets a button to confirm, never a silent opt-in', async () => {
    const user = newUser();
    await onboard(user);
    const r = await h.say(user, 'subscribe me to updates');
    expect(choices(r)[0]?.id).toBe('sub:yes');
    expect(await subscription(user)).toBeUndefined();
  });
});

describe('opting out', () => {
  const cases: [string, string, RegExp][] = [
    ['en', 'STOP', /You will not get any more updates/],
    ['hi', 'मत भेजो', /कोई जानकारी वाला संदेश नहीं आएगा/],
    ['ur', 'مت بھیجو', /کوئی معلوماتی پیغام نہیں آئے گا/],
    ['en', 'please stop sending me messages', /You will not get any more updates/],
  ];
  for (const [lang, word, confirmation] of cases) {
    it(`"${word}" (${lang}) opts her out at once, with a short confirmation in her language`, async () => {
      const user = newUser();
      await onboard(user, lang);
      await cmd(user, 'subscribe');
      const r = await h.say(user, word);
      expect(texts(r)).toMatch(confirmation);
      expect(await subscription(user)).toMatchObject({ status: 'unsubscribed', unsubscribe_reason: 'stop' });
    });
  }

  for (const command of ['stop', 'unsubscribe']) {
    it(`/${command} opts her out too`, async () => {
      const user = newUser();
      await onboard(user, 'hi');
      await cmd(user, 'subscribe');
      await cmd(user, command);
      expect((await subscription(user))?.status).toBe('unsubscribed');
    });
  }

  it('STOP during a counsellor conversation opts her out without the bot speaking over the counsellor', async () => {
    const user = newUser();
    await onboard(user);
    await cmd(user, 'subscribe');
    await h.say(user, 'I want to talk to a counsellor');
    await press(user, 'ho:me');
    const r = await h.say(user, 'stop');
    expect(r).toHaveLength(0);
    expect((await subscription(user))?.status).toBe('unsubscribed');
  });

  it('erasing her data removes her consent (no row left)', async () => {
    const user = newUser();
    await onboard(user);
    await cmd(user, 'subscribe');
    const personId = await h.store.findPersonId('telegram', user);
    await press(user, 'm:erase');
    await press(user, 'erase:yes');
    const left = await rows(h.database.db, sql`select 1 from subscriptions where person_id = ${personId}`);
    expect(left).toHaveLength(0);
  });
});

describe('a pledge button', () => {
  it('is counted once per person, with a thank-you', async () => {
    const store = createCampaignStore(h.database.db);
    const c = await store.create({ name: 'bvmb', texts: { en: 'x' }, buttons: [{ kind: 'pledge', labels: { en: 'I pledge' } }], segment: {}, createdBy: null });
    const user = newUser();
    await onboard(user);
    expect(texts(await press(user, `pl:${c.id}`))).toMatch(/Thank you for taking the pledge/);
    expect(texts(await press(user, `pl:${c.id}`))).toMatch(/already taken this pledge/);
    const [count] = await rows<{ n: unknown }>(h.database.db, sql`select count(*) as n from campaign_pledges where campaign_id = ${c.id}`);
    expect(Number(count?.n)).toBe(1);
    // A stale or forged id just shows the menu.
    expect(choices(await press(user, 'pl:not-a-campaign')).some((x) => x.id === 'm:rights')).toBe(true);
  });
});
