import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultCentres } from '../../src/centres/defaults.js';
import type { InboundContent } from '../../src/core/events.js';
import { findHelpChoice, findHelpLocation, findHelpStart, findHelpText } from '../../src/core/flows/find-help.js';
import type { FlowCtx, Outcome } from '../../src/core/flows/types.js';
import type { Lang } from '../../src/core/lang.js';
import type { CaseDesk, ConversationState, Translator } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/replies.js';
import { type CentreStore, createCentreStore } from '../../src/db/stores/centre-store.js';
import { createTranslator } from '../../src/i18n/index.js';
import { createTestDatabase } from '../helpers/test-db.js';

let translator: Translator;
let centres: CentreStore;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const test = await createTestDatabase();
  cleanup = test.cleanup;
  centres = createCentreStore(test.database.db);
  await loadDefaultCentres(centres);
  translator = await createTranslator();
});
afterAll(async () => cleanup?.());

/** Finding help never touches counsellor cases: any call is a failure. */
const noCases: CaseDesk = new Proxy({} as CaseDesk, {
  get: (_t, name) => () => {
    throw new Error(`find-help called cases.${String(name)}`);
  },
});

function makeCtx(lang: Lang, content: InboundContent = { kind: 'text', text: '' }, state?: Partial<ConversationState>): FlowCtx {
  const full: ConversationState = { language: lang, flow: 'menu', step: '', data: {}, consents: {}, ...state };
  return {
    event: { channel: 'telegram', externalUserId: 'u1', providerMessageId: 'm1', receivedAt: new Date('2026-11-27T10:00:00Z'), content },
    conv: { personId: 'p1', channel: 'telegram', externalUserId: 'u1', isNew: false, state: structuredClone(full) },
    state: full,
    lang,
    t: translator.forLang(lang),
    services: { centres, cases: noCases },
    tFor: (l) => translator.forLang(l),
  };
}

const allText = (o: Outcome | null) => (o?.replies ?? []).map((r) => r.text).join('\n\n');
const choiceIds = (o: Outcome) => o.replies.flatMap((r: Reply) => (r.kind === 'text' ? (r.choices ?? []).map((c) => c.id) : []));

describe('find help: a district by name', () => {
  it.each([
    ['en', 'one stop centre in Kathua'],
    ['hi', 'कठुआ में वन स्टॉप सेंटर'],
    ['hi', 'सखी सेंटर कठुआ'],
    ['ur', 'کٹھوعہ میں ون اسٹاپ سینٹر'],
  ] as const)('%s "%s" finds the Kathua centre', async (lang, text) => {
    const out = await findHelpText(makeCtx(lang, { kind: 'text', text }), text, { fromPrompt: false });
    expect(allText(out)).toContain('Sakhi One Stop Centre Kathua');
    expect(allText(out)).not.toContain('Sakhi One Stop Centre Jammu');
  });

  it.each([
    ['Islamabad', 'Anantnag'],
    ['लेह', 'Leh'],
    ['لیہ', 'Leh'],
    ['करगिल', 'Kargil'],
    ['کرگل', 'Kargil'],
    ['sopore', 'Baramulla'],
    ['riyasi', 'Reasi'],
  ])('"%s" is %s', async (text, district) => {
    const out = await findHelpText(makeCtx('en', { kind: 'text', text }), text, { fromPrompt: true });
    expect(allText(out)).toContain(`Centre ${district}`);
  });

  it('answers in Hindi and Urdu with Western digits and the district in her script', async () => {
    const hi = allText(await findHelpText(makeCtx('hi'), 'कठुआ', { fromPrompt: true }));
    expect(hi).toContain('कठुआ ज़िले का वन स्टॉप सेंटर');
    expect(hi).toContain('181');
    const ur = allText(await findHelpText(makeCtx('ur'), 'کٹھوعہ', { fromPrompt: true }));
    expect(ur).toContain('ضلع کٹھوعہ');
    expect(ur).toMatch(/181/);
    expect(ur).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it('text that names no place is not taken unless she was asked for a place', async () => {
    expect(await findHelpText(makeCtx('en'), 'Chak Nallah', { fromPrompt: false })).toBeNull();
    const asked = await findHelpText(makeCtx('en', undefined, { flow: 'find_help', step: 'ask_place' }), 'Chak Nallah', { fromPrompt: true });
    expect(allText(asked)).toContain('did not recognise that place');
    expect(allText(asked)).toContain('181');
  });

  it('waiting for a place, a different request ("hello", a rights question) is left to the router', async () => {
    const waiting = makeCtx('en', undefined, { flow: 'find_help', step: 'ask_place' });
    expect(await findHelpText(waiting, 'hello', { fromPrompt: true })).toBeNull();
  });

  it('a place outside J&K and Ladakh gets 181 and 112, kindly', async () => {
    const text = allText(await findHelpText(makeCtx('en'), 'sakhi centre in Delhi', { fromPrompt: false }));
    expect(text).toContain('only the centres in Jammu & Kashmir and Ladakh');
    expect(text).toContain('181');
    expect(text).toContain('112');
  });
});

describe('find help: a shared location', () => {
  it('near Kargil: Kargil first with its distance, map from coordinates only, and the location is not kept', async () => {
    const point = { latitude: 34.55, longitude: 76.13 };
    const ctx = makeCtx('en', { kind: 'location', location: point });
    const out = await findHelpLocation(ctx, point);
    const text = allText(out);
    const entries = text.split('\n\n').filter((p) => p.startsWith('• '));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain('One Stop Centre Kargil');
    expect(entries[0]).toContain('Less than 1 km away');
    expect(entries[1]).toMatch(/About 12\d km away/);
    expect(entries[0]).toContain('https://www.openstreetmap.org/?mlat=34.55390&mlon=76.13490#map=14/34.55390/76.13490');
    expect(text).toContain('Your location was used only for this search and was not saved.');
    expect(text).toMatch(/police help, medical aid, legal aid, counselling, and a safe place to stay for up to 5 days/);
    expect(out.replies.at(-1)?.text).toMatch(/181.*112/s);
    const saved = JSON.stringify(ctx.state);
    expect(saved).not.toMatch(/34\.55|76\.13/);
    expect(ctx.state.data).toEqual({});
    expect(choiceIds(out)).toContain('h:keep:Kargil');
  });

  it('"Remember my district" keeps only the district name, with the time she agreed', async () => {
    const ctx = makeCtx('en', { kind: 'choice', id: 'h:keep:Kargil' });
    const out = await findHelpChoice(ctx, 'h:keep:Kargil');
    expect(ctx.state.data).toEqual({ district: 'Kargil' });
    expect(ctx.state.consents).toEqual({ remember_district: '2026-11-27T10:00:00.000Z' });
    expect(allText(out)).toContain('Saved: Kargil');
    const again = findHelpStart(makeCtx('en', undefined, { data: { district: 'Kargil' } }));
    expect(choiceIds(again)[0]).toBe('h:d:Kargil');
  });

  it('near Leh: Leh first', async () => {
    const out = await findHelpLocation(makeCtx('en'), { latitude: 34.16, longitude: 77.58 });
    expect(allText(out).split('\n\n').find((p) => p.startsWith('• '))).toContain('One Stop Centre Leh');
  });

  it('a location far outside J&K and Ladakh gets 181 and 112 instead of a far-away list', async () => {
    const text = allText(await findHelpLocation(makeCtx('en'), { latitude: 28.61, longitude: 77.21 }));
    expect(text).toContain('outside Jammu & Kashmir and Ladakh');
    expect(text).toContain('181');
    expect(text).not.toContain('• ');
  });
});

describe('find help: honesty', () => {
  it('every unconfirmed centre says so and offers 181; no phone line when the phone is unknown', async () => {
    const text = allText(await findHelpLocation(makeCtx('en'), { latitude: 34.08, longitude: 74.8 }));
    const entries = text.split('\n\n').filter((p) => p.startsWith('• '));
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      expect(e).toContain("We have not yet confirmed this centre's address and phone. Call 181 first");
      expect(e).not.toMatch(/Phone:/);
      expect(e).toContain('Map (shows the district town');
    }
  });

  it('a confirmed centre with a phone shows it; a confirmed one without says call 181', async () => {
    const base = { ut: 'Ladakh', address: 'Test address', latitude: 34.2, longitude: 77.6, services: [], hours: null, source: 'test', lastVerified: '2026-01-01', verified: true, coordinateBasis: 'exact' };
    const directory = {
      nearest: async () => [
        { ...base, id: 'T-1', name: 'Test Centre A', district: 'Leh', phone: '01982-252000', distanceKm: 3.24 },
        { ...base, id: 'T-2', name: 'Test Centre B', district: 'Leh', phone: null, distanceKm: 41.6 },
      ],
      inDistrict: async () => [],
    };
    const ctx = { ...makeCtx('en'), services: { centres: directory, cases: noCases } };
    const [a, b] = allText(await findHelpLocation(ctx, { latitude: 34.2, longitude: 77.6 })).split('\n\n').filter((p) => p.startsWith('• '));
    expect(a).toContain('Phone: 01982-252000');
    expect(a).toContain('About 3.2 km away');
    expect(a).not.toContain('not yet confirmed');
    expect(b).not.toContain('Phone:');
    expect(b).toContain('No phone number is listed. To reach them, call 181');
    expect(b).toContain('About 42 km away');
  });
});

describe('find help: start and choices', () => {
  it('asks for a location with a button, and offers the three areas', () => {
    const ctx = makeCtx('hi');
    const out = findHelpStart(ctx);
    expect(out.replies[0]).toMatchObject({ kind: 'location_request', buttonLabel: 'मेरी लोकेशन भेजें' });
    expect(choiceIds(out)).toEqual(['h:div:jammu', 'h:div:kashmir', 'h:div:ladakh', 'm:menu']);
    expect(ctx.state).toMatchObject({ flow: 'find_help', step: 'ask_place' });
  });

  it('an area expands into at most 10 districts, each one a choice id of at most 64 bytes', async () => {
    for (const div of ['jammu', 'kashmir', 'ladakh']) {
      const out = await findHelpChoice(makeCtx('ur'), `h:div:${div}`);
      const ids = choiceIds(out);
      expect(ids.length).toBeGreaterThan(1);
      expect(ids.length).toBeLessThanOrEqual(10);
      for (const id of ids) expect(new TextEncoder().encode(id).length).toBeLessThanOrEqual(64);
    }
    expect(allText(await findHelpChoice(makeCtx('en'), 'h:d:Doda'))).toContain('Sakhi One Stop Centre Doda');
  });

  it('Kashmiri and Dogri get their own ask line, falling back for the rest', () => {
    expect(findHelpStart(makeCtx('ks')).replies[0]?.text).toContain('ون اسٹاپ سینٹر');
    expect(findHelpStart(makeCtx('doi')).replies[0]?.text).toContain('तुप्पी सकदी');
  });
});
