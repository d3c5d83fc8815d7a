import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHTS_TOPICS } from '../../src/core/content/rights-catalog.js';
import type { Reply } from '../../src/core/replies.js';
import { RIGHTS_PHRASES } from '../fixtures/rights-phrases.js';
import { createCoreHarness } from '../helpers/core-harness.js';

let h: Awaited<ReturnType<typeof createCoreHarness>>;
beforeAll(async () => {
  h = await createCoreHarness();
});
afterAll(async () => {
  await h.cleanup();
});

const SCRIPT = { en: /[A-Za-z]/, hi: /[\u0900-\u097F]/, ur: /[\u0600-\u06FF]/ } as const;
const choiceIds = (rs: Reply[]) => rs.flatMap((r) => (r.kind === 'text' ? (r.choices ?? []).map((c) => c.id) : []));
let n = 0;
async function personIn(lang: 'en' | 'hi' | 'ur'): Promise<string> {
  const user = `rights-${lang}-${++n}`;
  await h.say(user, { kind: 'command', command: 'start', args: '' });
  await h.say(user, { kind: 'choice', id: `lang:${lang}` });
  return user;
}

describe.each(['en', 'hi', 'ur'] as const)('rights in %s', (lang) => {
  it.each(RIGHTS_TOPICS.map((t) => t.id))('%s is reachable by buttons, to a cited answer that ends with a way to a human', async (topic) => {
    const user = await personIn(lang);
    const menu = await h.say(user, { kind: 'choice', id: 'm:rights' });
    expect(choiceIds(menu)).toContain(`r:${topic}`);
    const subs = await h.say(user, { kind: 'choice', id: `r:${topic}` });
    const first = choiceIds(subs).find((id) => id.startsWith(`r:${topic}:`));
    expect(first).toBeDefined();
    const [answer] = await h.say(user, { kind: 'choice', id: first as string });
    expect(answer?.text).toMatch(SCRIPT[lang]);
    expect(answer?.text).toMatch(/181/);
    expect(answer?.text).toMatch(/112/);
    expect(answer?.text.length).toBeLessThanOrEqual(4096);
  });

  it.each(Object.keys(RIGHTS_PHRASES[lang]))('%s is reachable by free text', async (topic) => {
    const user = await personIn(lang);
    const replies = await h.say(user, RIGHTS_PHRASES[lang][topic as keyof (typeof RIGHTS_PHRASES)['en']]);
    expect(choiceIds(replies).some((id) => id.startsWith(`r:${topic}`))).toBe(true);
    for (const r of replies) expect(r.text).toMatch(SCRIPT[lang]);
  });
});

describe('age-aware path', () => {
  it('explains the duty to report and offers 1098 before any POCSO detail, once', async () => {
    const user = await personIn('en');
    const first = await h.say(user, { kind: 'choice', id: 'r:pocso' });
    expect(first[0]?.text).toMatch(/must tell the police/);
    expect(first[0]?.text).toMatch(/1098/);
    const again = await h.say(user, { kind: 'choice', id: 'r:pocso' });
    expect(again[0]?.text).not.toMatch(/must tell the police/);
  });

  it('a first message about a child gets the notice before the details, in her script', async () => {
    const replies = await h.say('first-child', 'मेरी बेटी के साथ स्कूल में किसी ने गंदी हरकत की');
    const texts = replies.map((r) => r.text);
    const notice = texts.findIndex((t) => t.includes('1098'));
    expect(notice).toBeGreaterThan(0); // after the welcome
    expect(texts[0]).toMatch(/सहेली/);
    expect(choiceIds(replies)).toContain('lang:hi');
  });
});

describe('first message that already asks something', () => {
  it('welcomes, answers the question, and offers the languages last', async () => {
    const replies = await h.say('first-ask', 'what is a protection order');
    expect(replies[0]?.text).toMatch(/I am Saheli/);
    expect(choiceIds(replies).some((id) => id.startsWith('r:dv'))).toBe(true);
    expect(choiceIds(replies.slice(-1))).toContain('lang:en');
  });
});
