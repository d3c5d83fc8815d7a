/**
 * Checks every locales/<lang>/<namespace>.json against the English source: keys, script, placeholders,
 * helpline numbers, platform limits and review status. Each check returns the full list of problems, so a
 * failure names every offending (language, namespace, key) at once.
 *
 * SAHELI_LOCALES_DIR=/some/copy points the file checks at a copy of locales/ (to try a broken string
 * without touching the real files). The fallback test always uses what src/i18n loads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPLETE_LANGS, LANGS } from '../../src/core/lang.js';
import { createTranslator } from '../../src/i18n/index.js';
import { RESOURCES } from '../../src/i18n/resources.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const localesDir = process.env.SAHELI_LOCALES_DIR ? resolve(process.env.SAHELI_LOCALES_DIR) : resolve(root, 'locales');

type Flat = Record<string, string>;
/** lang -> namespace -> flattened key -> string. A namespace is absent when its file does not exist. */
type Bundles = Record<string, Record<string, Flat>>;
type Tree = { [k: string]: unknown };

// ---------------------------------------------------------------------------------------------------------
// Rules

const SOURCE = 'en';
/** Languages that must have exactly the keys English has. */
const COMPLETE: readonly string[] = COMPLETE_LANGS.filter((l) => l !== SOURCE);
/** Drafts that fall back (ks -> ur -> en, doi -> hi -> en) but must translate the safety-critical strings. */
const DRAFT: readonly string[] = LANGS.filter((l) => !(COMPLETE_LANGS as readonly string[]).includes(l));

const DEVANAGARI_LETTER = /(?=\p{L})\p{Script=Devanagari}/u;
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;
const SCRIPT: Record<string, { name: string; re: RegExp }> = {
  hi: { name: 'Devanagari', re: DEVANAGARI_LETTER },
  doi: { name: 'Devanagari', re: DEVANAGARI_LETTER },
  ur: { name: 'Arabic-script', re: ARABIC_LETTER },
  ks: { name: 'Arabic-script', re: ARABIC_LETTER },
};
const NON_WESTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/u;

/** Numbers a person may dial by tapping them; a translation must show exactly the ones English shows. */
const HELPLINES = ['112', '181', '1098', '14416', '1930', '15100'] as const;

/** common keys ks and doi must translate themselves (prefix entries end in "."): safety first. */
const MUST_TRANSLATE = ['welcome', 'choose_language', 'menu.', 'helplines', 'emergency.'] as const;

const TELEGRAM_MAX = 4096; // Telegram message text
const BUTTON_MAX = 20; // WhatsApp reply button title
const ROW_TITLE_MAX = 24; // WhatsApp list row title
const BUTTON_KEYS_COMMON = new Set(['erase.yes', 'erase.no', 'tell_me_more', 'rights_other', 'rights_more_on']);
const TITLE_NAMESPACES = new Set(['rights', 'help']);

const REVIEW_VALUES = new Set(['draft', 'reviewed']);

const chars = (s: string) => [...s].length;
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]))].sort();
const helplinesIn = (s: string) => HELPLINES.filter((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(s));
/** True when a string has letters once placeholders are removed (otherwise it is numbers/punctuation only). */
const hasLetters = (s: string) => /\p{L}/u.test(s.replace(/\{\{[^}]*\}\}/g, ''));
const show = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s).replace(/\n/g, '\\n');

/** Label limit of a key, or null when the key is not a button/row title. */
function labelLimit(ns: string, key: string): number | null {
  if (ns === 'common' && ((key.startsWith('menu.') && key !== 'menu.title') || BUTTON_KEYS_COMMON.has(key))) return BUTTON_MAX;
  if (TITLE_NAMESPACES.has(ns) && (key === 'title' || key.endsWith('.title'))) return ROW_TITLE_MAX;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Checks: pure functions of the bundles, each returning every problem it finds.

function keyParityProblems(b: Bundles, lang: string, allowMissing: boolean): string[] {
  const out: string[] = [];
  for (const [ns, en] of Object.entries(b[SOURCE] ?? {})) {
    const tr = b[lang]?.[ns];
    if (!tr) {
      if (!allowMissing) out.push(`${lang}/${ns}.json is missing`);
      continue;
    }
    if (!allowMissing) for (const k of Object.keys(en)) if (!(k in tr)) out.push(`${lang}/${ns} lacks "${k}"`);
    for (const k of Object.keys(tr)) if (!(k in en)) out.push(`${lang}/${ns} has "${k}", which en does not have`);
  }
  for (const ns of Object.keys(b[lang] ?? {})) if (!b[SOURCE]?.[ns]) out.push(`${lang}/${ns}.json has no English source`);
  return out;
}

function emptyProblems(b: Bundles): string[] {
  const out: string[] = [];
  for (const [lang, nss] of Object.entries(b))
    for (const [ns, flat] of Object.entries(nss))
      for (const [k, v] of Object.entries(flat)) if (v.trim() === '') out.push(`${lang}/${ns} "${k}" is empty`);
  return out;
}

function scriptProblems(b: Bundles): string[] {
  const out: string[] = [];
  for (const [lang, { name, re }] of Object.entries(SCRIPT))
    for (const [ns, flat] of Object.entries(b[lang] ?? {}))
      for (const [k, v] of Object.entries(flat)) {
        if (hasLetters(v) && !re.test(v)) out.push(`${lang}/${ns} "${k}" has no ${name} letter (left in English?): ${show(v)}`);
        if (NON_WESTERN_DIGIT.test(v)) out.push(`${lang}/${ns} "${k}" uses non-Western digits: ${show(v)}`);
      }
  return out;
}

function placeholderProblems(b: Bundles): string[] {
  const out: string[] = [];
  for (const [ns, en] of Object.entries(b[SOURCE] ?? {}))
    for (const [lang, nss] of Object.entries(b)) {
      if (lang === SOURCE) continue;
      for (const [k, v] of Object.entries(nss[ns] ?? {})) {
        if (!(k in en)) continue;
        const want = placeholders(en[k] ?? '');
        const got = placeholders(v);
        if (want.join() !== got.join()) out.push(`${lang}/${ns} "${k}" has placeholders [${got}], en has [${want}]`);
      }
    }
  return out;
}

function helplineProblems(b: Bundles): string[] {
  const out: string[] = [];
  for (const [ns, en] of Object.entries(b[SOURCE] ?? {}))
    for (const [lang, nss] of Object.entries(b)) {
      if (lang === SOURCE) continue;
      for (const [k, v] of Object.entries(nss[ns] ?? {})) {
        if (!(k in en)) continue;
        const want = helplinesIn(en[k] ?? '');
        const got = helplinesIn(v);
        const missing = want.filter((n) => !got.includes(n));
        const extra = got.filter((n) => !want.includes(n));
        if (missing.length) out.push(`${lang}/${ns} "${k}" lacks helpline number(s) ${missing.join(', ')} that en gives`);
        if (extra.length) out.push(`${lang}/${ns} "${k}" gives helpline number(s) ${extra.join(', ')} that en does not`);
      }
    }
  return out;
}

function mustTranslateProblems(b: Bundles, lang: string): string[] {
  const en = b[SOURCE]?.common ?? {};
  const tr = b[lang]?.common ?? {};
  const required = Object.keys(en).filter((k) => MUST_TRANSLATE.some((m) => (m.endsWith('.') ? k.startsWith(m) : k === m)));
  const out = required.filter((k) => !(k in tr)).map((k) => `${lang}/common lacks must-translate key "${k}"`);
  // Guard against the rule silently matching nothing if en is restructured.
  for (const m of MUST_TRANSLATE)
    if (!Object.keys(en).some((k) => (m.endsWith('.') ? k.startsWith(m) : k === m))) out.push(`en/common has no "${m}" key(s)`);
  return out;
}

function limitProblems(b: Bundles): string[] {
  const out: string[] = [];
  for (const [lang, nss] of Object.entries(b))
    for (const [ns, flat] of Object.entries(nss))
      for (const [k, v] of Object.entries(flat)) {
        const n = chars(v);
        if (n > TELEGRAM_MAX) out.push(`${lang}/${ns} "${k}" is ${n} characters, over Telegram's ${TELEGRAM_MAX}`);
        const max = labelLimit(ns, k);
        if (max !== null && n > max) out.push(`${lang}/${ns} "${k}" is ${n} characters, over the label limit ${max}: ${v}`);
      }
  return out;
}

function reviewStatusProblems(status: unknown, b: Bundles): string[] {
  if (typeof status !== 'object' || status === null) return ['locales/review-status.json is missing or not an object'];
  const s = status as Record<string, unknown>;
  const out: string[] = [];
  for (const [lang, nss] of Object.entries(b))
    for (const ns of Object.keys(nss)) {
      const v = (s[lang] as Record<string, unknown> | undefined)?.[ns];
      if (v === undefined) out.push(`review-status.json has no entry for ${lang}/${ns}`);
    }
  for (const [lang, nss] of Object.entries(s)) {
    if (lang.startsWith('_')) continue;
    if (typeof nss !== 'object' || nss === null) {
      out.push(`review-status.json "${lang}" is not an object`);
      continue;
    }
    for (const [ns, v] of Object.entries(nss))
      if (typeof v !== 'string' || !REVIEW_VALUES.has(v)) out.push(`review-status.json ${lang}/${ns} is ${JSON.stringify(v)}, not "draft" or "reviewed"`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Loading

function flatten(tree: Tree, prefix: string, out: Flat, bad: string[]): void {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) flatten(v as Tree, `${prefix}${k}.`, out, bad);
    else bad.push(`${prefix}${k} is ${JSON.stringify(v)}, not a string`);
  }
}

function loadAll(dir: string): { bundles: Bundles; problems: string[]; status: unknown } {
  const problems: string[] = [];
  const langDirs = existsSync(dir) ? readdirSync(dir).filter((d) => statSync(resolve(dir, d)).isDirectory()) : [];
  const langs = [...new Set<string>([...LANGS, ...langDirs])];
  const namespaces = (n: string) =>
    existsSync(resolve(dir, n)) ? readdirSync(resolve(dir, n)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
  const bundles: Bundles = {};
  for (const lang of langs) {
    bundles[lang] = {};
    for (const ns of namespaces(lang)) {
      const file = resolve(dir, lang, `${ns}.json`);
      const flat: Flat = {};
      const bad: string[] = [];
      try {
        const tree = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) bad.push('top level is not an object');
        else flatten(tree as Tree, '', flat, bad);
      } catch (e) {
        bad.push(`does not parse: ${(e as Error).message}`);
      }
      for (const p of bad) problems.push(`${lang}/${ns}.json: ${p}`);
      bundles[lang][ns] = flat;
    }
  }
  const statusFile = resolve(dir, 'review-status.json');
  let status: unknown = null;
  try {
    status = existsSync(statusFile) ? JSON.parse(readFileSync(statusFile, 'utf8')) : null;
  } catch (e) {
    problems.push(`review-status.json does not parse: ${(e as Error).message}`);
  }
  return { bundles, problems, status };
}

// ---------------------------------------------------------------------------------------------------------
// The real files

const { bundles, problems: loadProblems, status } = loadAll(localesDir);

describe(`locales (${localesDir})`, () => {
  it('has English source files, and every file parses with only string leaves', () => {
    expect(Object.keys(bundles[SOURCE] ?? {}).length, 'no locales/en/*.json').toBeGreaterThan(0);
    expect(loadProblems).toEqual([]);
  });

  it.each(COMPLETE)('%s has exactly the keys en has, in every namespace', (lang) => {
    expect(keyParityProblems(bundles, lang, false)).toEqual([]);
  });

  it.each(DRAFT)('%s has no keys en lacks (a stray key is a typo that silently falls back)', (lang) => {
    expect(keyParityProblems(bundles, lang, true)).toEqual([]);
  });

  it.each(DRAFT)('%s translates the must-translate common keys (welcome, language, menu, helplines, emergency)', (lang) => {
    expect(mustTranslateProblems(bundles, lang)).toEqual([]);
  });

  it('has no empty or whitespace-only strings', () => {
    expect(emptyProblems(bundles)).toEqual([]);
  });

  it('writes hi/doi in Devanagari and ur/ks in Arabic script, with Western digits', () => {
    expect(scriptProblems(bundles)).toEqual([]);
  });

  it('keeps the same {{placeholders}} as en', () => {
    expect(placeholderProblems(bundles)).toEqual([]);
  });

  it(`gives exactly the helpline numbers en gives (${HELPLINES.join(', ')})`, () => {
    expect(helplineProblems(bundles)).toEqual([]);
  });

  it(`fits platform limits (Telegram ${TELEGRAM_MAX}; buttons ${BUTTON_MAX}; list-row titles ${ROW_TITLE_MAX})`, () => {
    expect(limitProblems(bundles)).toEqual([]);
  });

  it('has a review status (draft or reviewed) for every existing language and namespace', () => {
    expect(reviewStatusProblems(status, bundles)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The i18n instance

/** A key the draft lacks and its parent has, worded differently from en, so resolving it proves the chain. */
function missingInDraft(lang: 'ks' | 'doi', parent: 'ur' | 'hi'): { key: string; want: string } | null {
  for (const [ns, enTree] of Object.entries(RESOURCES.en)) {
    const en: Flat = {};
    const draft: Flat = {};
    const par: Flat = {};
    flatten(enTree as Tree, '', en, []);
    flatten(RESOURCES[lang][ns as keyof (typeof RESOURCES)['en']] as Tree, '', draft, []);
    flatten(RESOURCES[parent][ns as keyof (typeof RESOURCES)['en']] as Tree, '', par, []);
    for (const [k, v] of Object.entries(par)) {
      if (k in draft || !v.trim() || v === en[k] || v.includes('{{') || v.includes('$t(')) continue;
      return { key: `${ns}:${k}`, want: v };
    }
  }
  return null;
}

describe('i18n fallback chains', () => {
  it('loads every locale file (src/i18n/resources.ts imports each locales/<lang>/<ns>.json)', () => {
    const notLoaded: string[] = [];
    for (const [lang, nss] of Object.entries(bundles))
      for (const ns of Object.keys(nss))
        if (!(RESOURCES as Record<string, Record<string, unknown>>)[lang]?.[ns]) notLoaded.push(`${lang}/${ns}.json`);
    expect(notLoaded).toEqual([]);
  });

  it.for([
    ['ks', 'ur'],
    ['doi', 'hi'],
  ] as const)('resolves a key missing in %s from %s', async ([lang, parent], ctx) => {
    const found = missingInDraft(lang, parent);
    if (!found) ctx.skip(`every ${parent} key (worded unlike en) is translated in ${lang}: nothing falls back, nothing to check`);
    const t = (await createTranslator()).forLang(lang);
    expect(t(found!.key), `${lang} ${found!.key}`).toBe(found!.want);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The checks themselves: each must fail on a broken bundle (so a green run means something).

describe('the checks catch what they should', () => {
  const good = (): Bundles => ({
    en: {
      common: {
        welcome: 'Hello. In danger now? Call 112.',
        choose_language: 'Which language?',
        'menu.title': 'How can I help? Choose below, or write in your own words.',
        'menu.rights': 'Know your rights',
        helplines: '112 – Emergency\n181 – Women Helpline',
        'emergency.danger': 'Call 112. For a child: 1098.',
        'erase.deleted_messages': 'I deleted {{count}} messages.',
        'erase.yes': 'Yes, erase',
      },
      rights: { 'dv.title': 'Domestic violence' },
    },
    hi: {
      common: {
        welcome: 'नमस्ते। अभी ख़तरे में हैं? 112 पर कॉल करें।',
        choose_language: 'कौन-सी भाषा?',
        'menu.title': 'मैं कैसे मदद करूँ?',
        'menu.rights': 'अपने अधिकार जानें',
        helplines: '112 – आपातकालीन\n181 – महिला हेल्पलाइन',
        'emergency.danger': '112 पर कॉल करें। बच्चे के लिए: 1098।',
        'erase.deleted_messages': 'मैंने {{count}} संदेश मिटाए।',
        'erase.yes': 'हाँ, मिटाएँ',
      },
      rights: { 'dv.title': 'घरेलू हिंसा' },
    },
    ks: {
      common: {
        welcome: 'السلام علیکم۔ 112 پؠٹھ کال کٔرِو۔',
        choose_language: 'کَمہِ زبانہِ منٛز؟',
        'menu.title': 'بہٕ کِتھ پٲٹھۍ کَرہٕ مدد؟',
        'menu.rights': 'پننۍ حقوق زانِو',
        helplines: '112 – ایمرجنسی\n181 – ہیلپ لائن',
        'emergency.danger': '112 پؠٹھ کال کٔرِو۔ شُرِس خٲطرٕ: 1098۔',
      },
    },
  });
  const status = () => ({ en: { common: 'reviewed', rights: 'reviewed' }, hi: { common: 'draft', rights: 'draft' }, ks: { common: 'draft' } });
  const all = (b: Bundles, s: unknown = status()) => [
    ...keyParityProblems(b, 'hi', false),
    ...keyParityProblems(b, 'ks', true),
    ...mustTranslateProblems(b, 'ks'),
    ...emptyProblems(b),
    ...scriptProblems(b),
    ...placeholderProblems(b),
    ...helplineProblems(b),
    ...limitProblems(b),
    ...reviewStatusProblems(s, b),
  ];
  const broken = (edit: (b: Bundles) => void) => {
    const b = good();
    edit(b);
    return all(b);
  };

  it('passes a good bundle', () => {
    expect(all(good())).toEqual([]);
  });

  it.each<[string, (b: Bundles) => void, RegExp]>([
    ['a missing key in a complete language', (b) => delete b.hi!.common!['menu.rights'], /lacks "menu.rights"/],
    ['an extra key in a complete language', (b) => (b.hi!.common!['menu.right'] = 'अधिकार'), /en does not have/],
    ['a stray key in a draft language', (b) => (b.ks!.common!['welcom'] = 'سلام'), /en does not have/],
    ['an empty string', (b) => (b.hi!.rights!['dv.title'] = '  '), /is empty/],
    ['English left in a Hindi string', (b) => (b.hi!.common!['menu.rights'] = 'Know your rights'), /no Devanagari letter/],
    ['English left in a Kashmiri string', (b) => (b.ks!.common!['menu.rights'] = 'Know your rights'), /no Arabic-script letter/],
    ['Devanagari digits', (b) => (b.hi!.common!.welcome = 'ख़तरे में हैं? ११२ पर कॉल करें।'), /non-Western digits/],
    ['a lost placeholder', (b) => (b.hi!.common!['erase.deleted_messages'] = 'मैंने संदेश मिटाए।'), /placeholders \[\], en has \[count\]/],
    ['a renamed placeholder', (b) => (b.hi!.common!['erase.deleted_messages'] = 'मैंने {{n}} संदेश मिटाए।'), /placeholders \[n\]/],
    ['a wrong helpline number', (b) => (b.ks!.common!.helplines = '112 – ایمرجنسی\n118 – ہیلپ لائن'), /lacks helpline number\(s\) 181/],
    ['a helpline number en does not give', (b) => (b.hi!.common!.welcome = 'नमस्ते। 112 या 181 पर कॉल करें।'), /gives helpline number\(s\) 181/],
    ['a missing must-translate key', (b) => delete b.ks!.common!['emergency.danger'], /must-translate key "emergency.danger"/],
    ['a button over 20 characters', (b) => (b.hi!.common!['erase.yes'] = 'हाँ, सब कुछ अभी मिटा दें'), /over the label limit 20/],
    ['a menu label over 20 characters', (b) => (b.ks!.common!['menu.rights'] = 'پننۍ سارۍ حقوق زانِو وۄنۍ'), /over the label limit 20/],
    ['a title over 24 characters', (b) => (b.hi!.rights!['dv.title'] = 'घरेलू हिंसा और दहेज़ की परेशानी'), /over the label limit 24/],
    ['a message over 4096 characters', (b) => (b.hi!.common!['menu.title'] = 'क'.repeat(4097)), /over Telegram's 4096/],
  ])('fails on %s', (_name, edit, re) => {
    const problems = broken(edit);
    expect(problems.some((p) => re.test(p)), problems.join('\n')).toBe(true);
  });

  it('fails on a missing review status', () => {
    const s = status() as Record<string, Record<string, string>>;
    delete s.hi!.rights;
    expect(all(good(), s)).toContain('review-status.json has no entry for hi/rights');
    expect(all(good(), null)).toContain('locales/review-status.json is missing or not an object');
    expect(all(good(), { ...status(), ks: { common: 'done' } })).toContain('review-status.json ks/common is "done", not "draft" or "reviewed"');
  });

  it('counts code points, not UTF-16 units, and ignores placeholder-only strings for the script check', () => {
    expect(chars('😀'.repeat(20))).toBe(20);
    expect(labelLimit('common', 'menu.title')).toBeNull();
    expect(labelLimit('common', 'menu.back')).toBe(BUTTON_MAX);
    expect(labelLimit('rights', 'dv.what.title')).toBe(ROW_TITLE_MAX);
    expect(labelLimit('common', 'rights_menu')).toBeNull();
    expect(hasLetters('{{count}} – 112')).toBe(false);
    expect(helplinesIn('call 1121 or 112, not 11812')).toEqual(['112']);
  });
});
