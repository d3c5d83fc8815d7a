/**
 * Text normalisation shared by every matcher. Two levels:
 * - `normalize` gives a cleaned, lower-case surface form (what a person "wrote").
 * - `tokenKey` folds spelling variation inside one script (maar/mar, shaadi/shadi,
 *   ی/ي, ہ/ه/ھ, ी/ि) so lexicon entries match misspellings; keys are never shown.
 */
export type Script = 'deva' | 'arab' | 'latn' | 'other';

const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036F]/g;

const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) {
  DIGITS[String.fromCharCode(0x0660 + i)] = String(i); // Arabic-Indic
  DIGITS[String.fromCharCode(0x06f0 + i)] = String(i); // Extended (Urdu)
  DIGITS[String.fromCharCode(0x0966 + i)] = String(i); // Devanagari
}

const ARABIC_FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ه': 'ہ', 'ة': 'ہ', 'ۀ': 'ہ', 'ۂ': 'ہ',
  'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ۓ': 'ے',
};

/** Lower-case, NFKC, no zero-width chars, no nukta/harakat, unified Arabic letters, ASCII digits. */
export function normalize(text: string): string {
  let s = text.normalize('NFKC').replace(ZERO_WIDTH, '');
  // NFD exposes Latin accents and Devanagari nukta (क़ -> क + ़) so both can be dropped.
  s = s.normalize('NFD').replace(LATIN_MARKS, '').replace(/\u093C/g, '').normalize('NFC');
  s = s.replace(ARABIC_MARKS, '');
  s = s.replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g, (d) => DIGITS[d] ?? d);
  s = s.replace(/[يىكهةۀۂأإٱؤۓ]/g, (c) => ARABIC_FOLD[c] ?? c);
  // "he'll throw acid": "he will", not the word "hell".
  s = s.toLowerCase().replace(/(\p{L})['’]ll\b/gu, '$1 will').replace(/[’'`´]/g, '');
  // "pleeeease", "bachaoooo": three or more of a letter become one.
  s = s.replace(/(\p{L})\1{2,}/gu, '$1');
  return s;
}

/** Splits a normalised string into word tokens (letters, marks, digits). */
export function tokenize(normalized: string): string[] {
  return normalized.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** Clause boundaries for negation scope: punctuation and "but"-like words in four scripts. */
export function splitClauses(normalized: string): string[] {
  return normalized
    .split(/[.,;!?\u0964\u06D4\u061F\u060C\n]+|\s(?:but|lekin|magar|bas|par|बस|लेकिन|मगर|پر|لیکن|مگر|بس)\s/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function scriptOf(token: string): Script {
  if (/[\u0900-\u097F]/.test(token)) return 'deva';
  if (/[\u0600-\u06FF\u0750-\u077F]/.test(token)) return 'arab';
  if (/[a-z]/.test(token)) return 'latn';
  return 'other';
}

/** Chat shorthand for romanised Hindi/Urdu, spelled out before folding ("maar rha h" is "maar raha hai"). */
const SHORTHAND: Record<string, string> = {
  rha: 'raha', rhi: 'rahi', rhe: 'rahe', rhy: 'rahe', kr: 'kar', krna: 'karna', krta: 'karta', krti: 'karti', krte: 'karte', krke: 'karke',
  krdo: 'kardo', krdi: 'kardi', krdiya: 'kardiya', nhi: 'nahi', nhin: 'nahi', mje: 'mujhe', mjhe: 'mujhe', mujhy: 'mujhe', bht: 'bahut',
  bhot: 'bahut', bohot: 'bahut', bahot: 'bahut', h: 'hai', hn: 'hain', pls: 'please', plz: 'please', plss: 'please',
};

function latinKey(token: string): string {
  const t = SHORTHAND[token] ?? token;
  return t
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/c+h+c+h/g, 'ch')
    // Aspiration is spelled at random in romanised Hindi (bhai/bai, khana/kana); "ch" and "sh" are kept
    // so English chat/cat, she/se stay apart.
    .replace(/([bdgjkpt])h/g, '$1')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

function devaKey(t: string): string {
  return t
    .replace(/[\u0900-\u0902\u094D]/g, '') // chandrabindu, anusvara, virama
    .replace(/ी/g, 'ि').replace(/ू/g, 'ु').replace(/ई/g, 'इ').replace(/ऊ/g, 'उ')
    .replace(/ॉ/g, 'ा').replace(/ऑ/g, 'आ').replace(/ष/g, 'श').replace(/ण/g, 'न')
    .replace(/(.)\1+/g, '$1');
}

function arabKey(t: string): string {
  return t
    .replace(/[ھحہ]/g, 'ہ').replace(/[ےئ]/g, 'ی').replace(/ں/g, 'ن').replace(/آ/g, 'ا')
    .replace(/[ذضظ]/g, 'ز').replace(/[ثص]/g, 'س').replace(/ط/g, 'ت')
    .replace(/(.)\1+/g, '$1');
}

/** Spelling-folded key of one normalised token. */
export function tokenKey(token: string): string {
  switch (scriptOf(token)) {
    case 'latn': return latinKey(token);
    case 'deva': return devaKey(token);
    case 'arab': return arabKey(token);
    default: return token;
  }
}
