import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allLegalMessageKeys,
  POCSO_REPORTING_NOTICE_KEY,
  RIGHTS_FOOTER_KEY,
  RIGHTS_TOPICS,
} from '../../src/core/content/rights-catalog.js';
import { CONTENT_SOURCES, REVIEW_STATUS, reviewStatusOf } from '../../src/core/content/sources.js';
import { LANGS } from '../../src/core/lang.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}

function load(lang: string): Record<string, string> {
  const file = resolve(root, 'locales', lang, 'rights.json');
  // A missing file reads as empty, so the key checks below say which keys are missing.
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree) : {};
}

const bundles = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], Record<string, string>>;
const en = bundles.en;
const COMPLETE = ['en', 'hi', 'ur'] as const;

const MAX_MESSAGE = 900;
const MAX_TOPIC_TITLE = 20; // WhatsApp reply button
const MAX_ROW_TITLE = 24; // WhatsApp list row
const MAX_CHOICE_ID_BYTES = 64; // Telegram callback_data

const topicTitleKeys = RIGHTS_TOPICS.map((t) => t.titleKey);
const rowTitleKeys = RIGHTS_TOPICS.flatMap((t) => t.subtopics.map((s) => s.titleKey));
const catalogKeys = [...topicTitleKeys, ...rowTitleKeys, ...allLegalMessageKeys(), RIGHTS_FOOTER_KEY];

const DEVANAGARI = /\p{Script=Devanagari}/gu;
const ARABIC = /\p{Script=Arabic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/**
 * A string counts as written in `script` when that script has letters and Latin letters are a small
 * minority (citations like "POCSO", "DLSA", "s.12(c)" and "cybercrime.gov.in" stay Latin).
 */
function nativeProblem(text: string, script: RegExp): string | null {
  const native = count(text, script);
  const latin = count(text, LATIN);
  if (native === 0) return 'no letters in the expected script';
  if (latin > 0.3 * (native + latin)) return `too much Latin text (${latin} of ${native + latin} letters)`;
  // An English phrase left behind: four Latin words in a row outside brackets (citations sit in brackets).
  const english = /(?:[A-Za-z]{2,}[\s,;:'-]+){3}[A-Za-z]{2,}/.exec(text.replace(/\([^)]*\)/g, ' '));
  if (english) return `English left in: "${english[0]}"`;
  return null;
}

/** The number a citation must show in the message: "DV Act s.12(4)" -> "12(4)", "… Rule 9" -> "9", "(2016)" -> "2016". */
function citationNumber(section: string): string | null {
  const m =
    /\bs\.(\d+[A-Z]?(?:\([0-9a-z]+\))*)/.exec(section) ??
    /\bRule (\d+)\b/.exec(section) ??
    /\((\d{4})\)/.exec(section) ??
    /\b(\d{4})$/.exec(section);
  return m?.[1] ?? null;
}

const mentions = (text: string, num: string) =>
  new RegExp(`(?<![0-9])${num.replace(/[()]/g, '\\$&')}(?![0-9])`).test(text);

describe('rights catalog', () => {
  it('has at most 10 subtopics per topic and unique ids', () => {
    for (const t of RIGHTS_TOPICS) {
      expect(t.subtopics.length, t.id).toBeLessThanOrEqual(10);
      expect(new Set(t.subtopics.map((s) => s.id)).size, t.id).toBe(t.subtopics.length);
      for (const s of t.subtopics) expect(s.messageKeys.length, s.id).toBeGreaterThanOrEqual(1);
      for (const s of t.subtopics) expect(s.messageKeys.length, s.id).toBeLessThanOrEqual(4);
    }
  });

  it('builds choice ids r:<topic>:<sub>:<n> within 64 bytes, ascii only', () => {
    for (const t of RIGHTS_TOPICS) {
      for (const s of t.subtopics) {
        expect(s.id, s.id).toMatch(/^[a-z0-9_]+$/);
        const id = `r:${t.id}:${s.id}:${s.messageKeys.length}`;
        expect(new TextEncoder().encode(id).length, id).toBeLessThanOrEqual(MAX_CHOICE_ID_BYTES);
      }
    }
  });

  it('lists the POCSO notice and every intro among the legal keys', () => {
    const legal = allLegalMessageKeys();
    expect(legal).toContain(POCSO_REPORTING_NOTICE_KEY);
    for (const t of RIGHTS_TOPICS) if (t.introKey) expect(legal).toContain(t.introKey);
    expect(new Set(legal).size).toBe(legal.length);
  });
});

describe.each(COMPLETE)('locales/%s/rights.json', (lang) => {
  const b = bundles[lang];

  it('has every key en has (and no stray keys), none empty', () => {
    expect(Object.keys(b).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(b)) expect(v.trim(), k).not.toBe('');
  });

  it('has a string for every key the catalog uses', () => {
    for (const k of catalogKeys) expect(b[k], k).toBeTruthy();
  });

  it('keeps messages and titles within platform limits', () => {
    for (const k of [...allLegalMessageKeys(), RIGHTS_FOOTER_KEY]) expect(b[k]?.length ?? 0, k).toBeLessThanOrEqual(MAX_MESSAGE);
    for (const k of topicTitleKeys) expect([...(b[k] ?? '')].length, `${k}: ${b[k]}`).toBeLessThanOrEqual(MAX_TOPIC_TITLE);
    for (const k of rowTitleKeys) expect([...(b[k] ?? '')].length, `${k}: ${b[k]}`).toBeLessThanOrEqual(MAX_ROW_TITLE);
  });

  it('mentions the number of every section it cites', () => {
    for (const k of allLegalMessageKeys()) {
      for (const section of CONTENT_SOURCES[k]?.sections ?? []) {
        const num = citationNumber(section);
        if (num) expect(mentions(b[k] ?? '', num), `${k} should cite ${section}`).toBe(true);
      }
    }
  });

  it('gives the footer a way to a human and the POCSO notice the child numbers', () => {
    expect(b[RIGHTS_FOOTER_KEY]).toMatch(/(?<!\d)181(?!\d)/);
    expect(b[RIGHTS_FOOTER_KEY]).toMatch(/(?<!\d)112(?!\d)/);
    expect(b[POCSO_REPORTING_NOTICE_KEY]).toMatch(/(?<!\d)1098(?!\d)/);
    for (const s of ['19(1)', '19(7)', '21(3)']) expect(mentions(b[POCSO_REPORTING_NOTICE_KEY] ?? '', s), s).toBe(true);
  });

  it('keeps numbers in Western digits', () => {
    for (const [k, v] of Object.entries(b)) expect(v, k).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/);
  });
});

describe('translations are really translated', () => {
  const cases = [
    ['hi', DEVANAGARI],
    ['ur', ARABIC],
    ['doi', DEVANAGARI],
    ['ks', ARABIC],
  ] as const;
  it.each(cases)('%s strings are in their own script', (lang, script) => {
    for (const [k, v] of Object.entries(bundles[lang])) expect(nativeProblem(v, script), `${lang} ${k}: ${v}`).toBeNull();
  });

  it('does not mix Devanagari into Urdu/Kashmiri or Arabic script into Hindi/Dogri', () => {
    for (const l of ['ur', 'ks'] as const) for (const [k, v] of Object.entries(bundles[l])) expect(count(v, DEVANAGARI), `${l} ${k}`).toBe(0);
    for (const l of ['hi', 'doi'] as const) for (const [k, v] of Object.entries(bundles[l])) expect(count(v, ARABIC), `${l} ${k}`).toBe(0);
  });
});

describe.each(['ks', 'doi'] as const)('draft locale %s', (lang) => {
  const b = bundles[lang];
  it('has topic titles, the POCSO notice and the footer, and only keys en has', () => {
    for (const k of [...topicTitleKeys, POCSO_REPORTING_NOTICE_KEY, RIGHTS_FOOTER_KEY]) expect(b[k]?.trim(), k).toBeTruthy();
    for (const k of Object.keys(b)) expect(en, k).toHaveProperty([k]);
  });
  it('keeps whatever it has within limits and cites what en cites', () => {
    for (const k of topicTitleKeys) if (b[k]) expect([...b[k]].length, k).toBeLessThanOrEqual(MAX_TOPIC_TITLE);
    for (const k of rowTitleKeys) if (b[k]) expect([...b[k]].length, k).toBeLessThanOrEqual(MAX_ROW_TITLE);
    for (const k of allLegalMessageKeys()) {
      if (!b[k]) continue;
      expect(b[k].length, k).toBeLessThanOrEqual(MAX_MESSAGE);
      for (const section of CONTENT_SOURCES[k]?.sections ?? []) {
        const num = citationNumber(section);
        if (num) expect(mentions(b[k], num), `${k} should cite ${section}`).toBe(true);
      }
    }
  });
  it('is marked draft', () => {
    expect(REVIEW_STATUS[lang]).toBe('draft');
    expect(reviewStatusOf(lang, POCSO_REPORTING_NOTICE_KEY)).toBe('draft');
  });
});

describe('CONTENT_SOURCES', () => {
  const factsPath = resolve(root, '../shared/reference/legal-facts.md');
  const headings = existsSync(factsPath)
    ? new Set([...readFileSync(factsPath, 'utf8').matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]))
    : null;

  it('has an entry for every legal key, and none for keys that are gone', () => {
    const legal = allLegalMessageKeys();
    for (const k of legal) expect(CONTENT_SOURCES, k).toHaveProperty([k]);
    for (const k of Object.keys(CONTENT_SOURCES)) expect(legal, k).toContain(k);
  });

  it('names at least one section and one legal-facts heading per key', () => {
    for (const [k, src] of Object.entries(CONTENT_SOURCES)) {
      expect(src.sections.length, k).toBeGreaterThan(0);
      expect(src.facts.length, k).toBeGreaterThan(0);
      for (const f of src.facts) {
        expect(f, k).toMatch(/^\d+(\.\d+)?$/);
        if (headings) expect(headings.has(f), `${k}: no heading ${f} in legal-facts.md`).toBe(true);
      }
    }
  });

  it('cites every section in the English text', () => {
    for (const [k, src] of Object.entries(CONTENT_SOURCES)) {
      for (const section of src.sections) {
        const num = citationNumber(section);
        if (num) expect(mentions(en[k] ?? '', num), `${k} should cite ${section}`).toBe(true);
      }
    }
  });

  it('extracts citation numbers the way the checks above assume', () => {
    expect(citationNumber('DV Act s.12(4)')).toBe('12(4)');
    expect(citationNumber('IPC s.498A')).toBe('498A');
    expect(citationNumber('PCMA s.2(a)')).toBe('2(a)');
    expect(citationNumber('POCSO Rules 2020 Rule 9')).toBe('9');
    expect(citationNumber('SC: Hiral P. Harsora (2016)')).toBe('2016');
    expect(citationNumber('One Stop Centre scheme (Mission Shakti)')).toBeNull();
    expect(mentions('(DV Act s.12(4))', '12(4)')).toBe(true);
    expect(mentions('(DV Act s.12(45))', '12(4)')).toBe(false);
    expect(mentions('30 days', '3')).toBe(false);
  });
});
