import { normalize, tokenize } from './normalize.js';
import type { DetectedLang } from './types.js';

// Romanised Hindi/Urdu function words and common content words that are not English words.
const HI_LATN = new Set(
  ('hai hain hei h hu hoon hun hoo mera meri mere mujhe mujhko muje mjhe humko hamein kya kyaa kaise kese kaisey ' +
    'kahan kahaan kidhar kab kyun kyon nahi nahin nhi nai karo karna karni karta karti karte kar ka ki ke ko se ' +
    'mein mai main aur ye yeh wo woh vo voh raha rahi rahe pati patni shohar sasural saas bachao bachaao madad ' +
    'chahiye chahie chahti chahta chahte baat saath sath liye lie wala wale wali abhi bhi tha thi hota hoti gaya ' +
    'gayi gai diya diye sakti sakta sakte mat bhejo ghar apni apna apne hum tum aap koi kisi sab bahut bohot saal ' +
    'sal umar umr shadi shaadi dahej jahez beti beta bachi bachchi bacha bachche ladki ladka kanoon kanooni qanooni ' +
    'vakil wakeel muft namaste namaskar jaan zeher zehar maar marta maarta peet marpeet abhi kal aaj batao bataye ' +
    'kijiye karein karen dijiye hota hua hui huye uske uski usne unhone maine hamara tumhara aapka jab tab lekin ' +
    'magar par phir fir bhai behen bahan dost khudkushi jeena jina marna karwao karao hatao mitao badlo bhasha')
    .split(/\s+/),
);

// English function words that romanised Hindi rarely uses.
const EN_WORDS = new Set(
  ('the is are am was were my i me you he she it we they what how where when why who can could will would ' +
    'should do does did to of in on for with from this that these there here and or not dont want need please ' +
    'help have has had be been get a an at by about your our their his her him them us number find talk')
    .split(/\s+/),
);

// Letters used in Kashmiri but not in Urdu.
const KASHMIRI_LETTERS = /[\u0620\u0672\u0655\u065A\u065B\u06C4\u06C6\u06CE\u0673]/;
// A few very common Dogri words (Devanagari) that Hindi does not use.
const DOGRI_WORDS = new Set(['ऐ', 'मिगी', 'तुसें', 'तुस', 'कुसै', 'कन्ने', 'होआ', 'जंदा', 'जंदी', 'कीऽ', 'असें', 'नेईं', 'नेई']);

function countChars(text: string): { deva: number; arab: number; latn: number } {
  let deva = 0;
  let arab = 0;
  let latn = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x0900 && c <= 0x097f) deva++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) arab++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latn++;
  }
  return { deva, arab, latn };
}

/** Language of a message from its script, then (for Latin script) romanised-Hindi cue words. */
export function detectLang(text: string): DetectedLang {
  const { deva, arab, latn } = countChars(text);
  if (arab > 0 && arab >= deva && arab >= latn / 2) {
    return KASHMIRI_LETTERS.test(text) ? 'ks' : 'ur';
  }
  const norm = normalize(text);
  if (deva > 0 && deva >= latn / 2) {
    const dogri = tokenize(norm).filter((t) => DOGRI_WORDS.has(t)).length;
    return dogri >= 2 ? 'doi' : 'hi';
  }
  const toks = tokenize(norm).filter((t) => /[a-z]/.test(t));
  let hi = 0;
  let en = 0;
  for (const t of toks) {
    if (HI_LATN.has(t)) hi++;
    else if (EN_WORDS.has(t)) en++;
  }
  if (hi > 0 && hi >= en) return 'hi-Latn';
  return 'en';
}

/** Default UI language suggested by the script of a first message. */
export function suggestUiLang(text: string): 'en' | 'hi' | 'ur' {
  const lang = detectLang(text);
  if (lang === 'hi' || lang === 'doi') return 'hi';
  if (lang === 'ur' || lang === 'ks') return 'ur';
  return 'en';
}
