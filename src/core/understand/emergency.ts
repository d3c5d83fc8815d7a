import { FAMILY_ABUSER, isNegation, isPast, isThirdParty, MOTHER, VIOLENCE } from './cues.js';
import {
  DANGER_CALL, DANGER_STATE, DANGER_THREAT, QUOTED_THREAT, INFO_CONTEXT, LIFE, LIFE_DENIED, LIFE_OTHER, NEWS, RECOVERED, SELF_HARM_INTENT, SELF_HARM_NO_LIFE, SELF_HARM_NOUN,
  WEAPON, WEAPON_HELD,
} from './emergency-lexicon.js';
import { anyMatch, compileAll, matchSpans, type Pattern, type Tok, tokenIn, toTokens } from './matcher.js';
import { normalize, splitClauses } from './normalize.js';
import { aboutNow, farewell, imminentDanger, safeNow } from './imminent.js';
import { BOSS, DONE_BY_OTHER, FATHER, IDIOM_CAUSE, LAUGHING, MOTHER_OR_BOSS, SMALL_REASON, STORY, THING, TOOL_AT_WORK } from './idiom-lexicon.js';
import { DREAM, INJURY_NOW, LONG_AGO, NOW_MARKS } from './imminent-lexicon.js';
import { progressiveViolence } from './progressive.js';
import type { Emergency } from './types.js';

const NOW = new Set(['now', 'abhi', 'abi', 'abhie', 'अभी', 'ابھی', 'immediately', 'currently']);

/**
 * True when a negation sits next to the matched phrase. English puts it before the verb
 * ("I don't want to kill myself"); Hindi/Urdu after ("khudkushi nahi karungi"), so both sides count.
 */
function negatedNear(toks: Tok[], span: [number, number], pattern?: Pattern): boolean {
  const [s, e] = span;
  for (let i = Math.max(0, s - 4); i < s; i++) if (isNegation(toks[i] as Tok)) return true;
  // After it, only in the Hindi/Urdu word order and up to four words on ("khudkushi ka koi irada nahi"): "i cut my wrist
  // its not stopping" and "want to die no one cares" are not denials, nor "koodne wali hu koi nahi sunta" (nobody).
  for (let i = e + 1; i <= Math.min(toks.length - 1, e + 4); i++) {
    if (negatesBefore(toks[i] as Tok) && !/^(koi|कोई|کوئی)$/.test(toks[i - 1]?.surface ?? '')) return true;
  }
  // Inside it: "marna nahi chahti" matches "marna chahti" with a word between; not "meri kami nahi" (its own word).
  if (pattern) {
    const own = pattern.parts.flat().filter((w) => isNegation({ surface: w.surface, key: w.key })).length;
    let inside = 0;
    for (let i = s; i <= e; i++) if (isNegation(toks[i] as Tok)) inside++;
    if (inside > own) return true;
  }
  return false;
}
/** A Hindi or Urdu negation, which follows the verb it denies ("nahi karungi", "نہیں چاہتی"). */
function negatesBefore(t: Tok): boolean {
  return isNegation(t) && (!/^[a-z]+$/.test(t.surface) || ROMAN_HINDI_NEGATION.has(t.surface));
}
const ROMAN_HINDI_NEGATION = new Set(['nahi', 'nahin', 'nhi', 'nai', 'na', 'mat']);

/** Some pattern matches in the clause and is not negated. */
function affirmed(pats: readonly Pattern[], toks: Tok[]): boolean {
  for (const p of pats) {
    const spans = matchSpans(p, toks);
    if (spans && !spans.some((sp) => negatedNear(toks, sp, p))) return true;
  }
  return false;
}

/** "I don't want to live", "no reason to live", "jeene ka mann nahi": life + denial in one clause. */
function lifeDenied(clause: Tok[]): boolean {
  if (!anyMatch(LIFE, clause) || anyMatch(LIFE_OTHER, clause)) return false;
  return clause.some(isNegation) || anyMatch(LIFE_DENIED, clause);
}

/** Asking how to reach someone else who is low ("उससे कैसे बात करूँ"). */
const HOW_TO_HELP = compileAll([
  'कैसे बात करूँ', 'कैसे बात करूं', 'kaise baat karun', 'kaise baat karu', 'کیسے بات کروں', 'how do i talk to her', 'how to talk to her', 'how can i help her',
  'how do i help her', 'how i can help her', 'how can i help', 'what should i say', 'kaise samjhaun', 'कैसे समझाऊं', 'کیسے سمجھاؤں',
]);
/** Medicine for an illness ("بخار کے لیے دو گولیاں لی ہیں"), a cold ("can't breathe through my nose"). */
const ILLNESS = compileAll([
  'fever', 'bukhar', 'बुखार', 'بخار', 'headache', 'sar dard', 'सिर दर्द', 'سر درد', 'cold season', 'through my nose', 'zukam', 'जुकाम',
  'زکام', 'nazla', 'asthma', 'dama', 'दमा', 'دمہ',
]);

function selfHarm(clause: Tok[], whole: Tok[], past: boolean): boolean {
  if (anyMatch(ILLNESS, whole)) return false;
  // "My friend overdosed last month and is home from hospital now": someone else's, and over.
  if (anyMatch(LONG_AGO, whole) && isThirdParty(whole) && !firstPerson(whole)) return false;
  // "सहेली कहती है कभी कभी जीने का मन नहीं करता, उससे कैसे बात करूँ": asking how to help someone else.
  if (isThirdParty(whole) && anyMatch(HOW_TO_HELP, whole) && !firstPerson(clause)) return false;
  // "I used to think about ending my life; I got treatment and I'm fine now": told as over.
  if ((past || anyMatch(LONG_AGO, whole)) && anyMatch(RECOVERED, whole)) return false;
  // "i used to cut myself in college": told as over, with nothing about now or again.
  if (past && whole.some((t) => t.surface === 'used') && !anyMatch(STILL_NOW, whole)) return false;
  // "mar jaun aisa lagta h kabhi kabhi, par abhi theek hu": thoughts that come and go, and she says she is all right now.
  if (anyMatch(SOMETIMES, whole) && anyMatch(OK_NOW, whole)) return false;
  // "biwi ko marna jurm hai kya": beating someone ("X ko marna"), asked about, not her own death.
  if (anyMatch(BEAT_SOMEONE, clause) && !firstPerson(clause)) return false;
  // "sharam se mar hi jaungi", "die of boredom": dying of a feeling is a figure of speech (not exam stress: see tests).
  if (anyMatch(IDIOM_CAUSE, clause)) return false;
  // "फ़िल्म में हीरोइन ने खुद को खत्म कर लिया": someone in a film or the news did it, not her. (Not "serial
  // dekh ke mar jaungi": her own future, kept as a possible cry.)
  if (anyMatch(STORY, whole) && anyMatch(DONE_BY_OTHER, clause) && !firstPerson(clause)) return false;
  if (!anyMatch(LIFE_OTHER, clause) && anyMatch(SELF_HARM_NO_LIFE, clause)) return true;
  if (lifeDenied(clause)) return true;
  if (affirmed(SELF_HARM_INTENT, clause)) return true;
  if (!affirmed(SELF_HARM_NOUN, clause)) return false;
  // "suicide helpline number", "is abetment of suicide a crime": information, not disclosure.
  if (anyMatch(INFO_CONTEXT, withoutInLaws(whole))) return false;
  // "my friend took her life last year": grief about someone else, not intent.
  return !(past && isThirdParty(clause) && !firstPerson(clause));
}

// Not "mein" or a bare "میں": they are also "in" ("ڈرامے میں لڑکی نے زہر کھا لیا", a girl in the drama).
const FIRST_PERSON = compileAll(['i', 'im', 'myself', 'main', 'mai', 'maine', 'मैं', 'मैंने', 'mujhe', 'मुझे', 'مجھے']);
/** Her, not someone in a story: a first-person word, or "میں نے" side by side (the matcher would allow a word between). */
function firstPerson(toks: Tok[]): boolean {
  return anyMatch(FIRST_PERSON, toks) || toks.some((t, i) => t.surface === 'میں' && toks[i + 1]?.surface === 'نے');
}
const STILL_NOW = compileAll([
  'now', 'again', 'still', 'want', 'wanna', 'going to', 'will', 'tonight', 'today', 'abhi', 'phir se', 'dobara', 'fir se', 'chahti', 'karungi',
  'अभी', 'फिर से', 'दोबारा', 'चाहती', 'करूंगी', 'ابھی', 'پھر سے', 'دوبارہ', 'چاہتی', 'کروں گی',
]);
const SOMETIMES = compileAll(['sometimes', 'kabhi kabhi', 'कभी कभी', 'कभी-कभी', 'کبھی کبھی', 'at times']);
const OK_NOW = compileAll([
  'abhi theek', 'abhi thik', 'ab theek', 'ab thik', 'अभी ठीक', 'अब ठीक', 'ابھی ٹھیک', 'اب ٹھیک', 'okay tonight', 'ok tonight', 'fine tonight',
  'okay now', 'ok now', 'fine now', 'im okay', 'i am okay',
]);
const BEAT_SOMEONE = compileAll(['ko marna', 'ko maarna', 'ko marne', 'ko maarne', 'को मारना', 'को मारने', 'کو مارنا', 'کو مارنے']);

const IF = compileAll(['agar', 'if', 'toh', 'اگر', 'अगर', 'तो', 'raha ho to', 'rahi ho to', 'रहा हो तो', 'रही हो तो', 'رہا ہو تو', 'رہی ہو تو']);
const ASKING = compileAll([
  'which', 'what', 'should', 'how do i know', 'how can i know', 'how to know', 'signs', 'kaise pata', 'कैसे पता', 'کیسے پتا', 'kaun sa',
  'kaunsa', 'konsa', 'is there', 'is any', 'kya koi', 'क्या कोई', 'کیا کوئی', 'kis number', 'kya karna', 'kya kru', 'kya karu', 'kya karun', 'kahan', 'कहाँ', 'कहां', 'کہاں', 'where', 'क्या करूँ',
  'क्या करूं', 'کیا کروں', 'कौन सा', 'कौनसा', 'किस', 'क्या करना', 'کون سا', 'کس', 'کیا کرنا',
]);
const HABIT = compileAll([
  'every day', 'every night', 'always', 'har roz', 'har baat', 'every fight', 'keeps saying', 'keeps threatening', 'kehta rehta', 'kehta rahta',
  'कहता रहता', 'کہتا رہتا', 'whenever', 'jab bhi', 'जब भी', 'جب بھی', 'rakhti hai', 'rakhti h', 'रखती है', 'رکھتی ہے', 'rakhte hai', 'rakhte hain',
  'rakhta hai', 'रखते हैं', 'रखता है', 'رکھتے ہیں', 'رکھتا ہے', 'har ladai', 'har jhagde', 'हर लड़ाई', 'हर झगड़े', 'ہر لڑائی', 'ہر جھگڑے', 'hamesha',
  'aksar', 'हर रोज़', 'हर रोज', 'हर बात', 'हमेशा', 'अक्सर',
  'ہر روز', 'ہر بات', 'ہمیشہ', 'اکثر',
]);

/**
 * "my mother will kill me if she finds out", "امی مجھے مار ڈالیں گی اگر ...": the mother is the one who "will kill",
 * a few words before it. Not "if I tell my mother he will kill me" (someone else between them).
 */
function motherIdiom(clause: Tok[], whole: Tok[]): boolean {
  // "yaar ye boss to jaan le lega": a boss needs no reason given.
  const reason = anyMatch(IF, whole) || anyMatch(SMALL_REASON, whole) || whole.some((t) => t.surface === 'literally') || anyMatch(BOSS, whole);
  if (!reason || anyMatch(FAMILY_ABUSER, whole)) return false;
  const small = anyMatch(SMALL_REASON, whole);
  for (let i = 0; i < clause.length; i++) {
    if (!tokenIn(MOTHER_OR_BOSS, clause[i]) && !(small && tokenIn(FATHER, clause[i]))) continue;
    const after = clause.slice(i + 1, i + 4);
    if (after.some((t) => /^(he|they|wo|woh|वो|वह|وہ)$/.test(t.surface))) continue;
    for (const p of DANGER_THREAT) {
      const sp = matchSpans(p, clause);
      if (sp?.some(([s]) => s > i && s <= i + 3)) return true;
    }
  }
  return false;
}

function threatened(clause: Tok[], whole: Tok[], threats: readonly Pattern[] = DANGER_THREAT): boolean {
  if (anyMatch(LAUGHING, whole)) return false;
  // "movie mein heroine ko kidnap kiya tha": a story, not her.
  if (anyMatch(STORY, whole) && !firstPerson(whole)) return false;
  // "ڈر لگتا ہے کہ کسی دن وہ مجھے مار ڈالے گا": one day, not tonight; "he threatened last week he'll finish me".
  if (anyMatch(SOMEDAY, whole) || (anyMatch(LONG_AGO, whole) && !anyMatch(NOW_MARKS, whole))) return false;
  // "my husband will kill me if he finds out", "ghar wapas gayi to maar dalega": a condition, not tonight ("if i come
  // home tonight he will kill me. he has his gun" stays).
  if (conditional(whole)) return false;
  // "husband says he'll kill me whenever we fight", "he keeps saying he'll throw acid if i leave": how he talks, not tonight.
  if (anyMatch(HABIT, whole) && !anyMatch(NOW_MARKS, whole)) return false;
  for (const p of threats) {
    for (const sp of matchSpans(p, clause) ?? []) {
      if (negatedNear(clause, sp, p)) continue;
      if (anyMatch(THING, clause.slice(Math.max(0, sp[0] - 3), sp[0]))) continue;
      return true;
    }
  }
  return false;
}

/** He is far away now ("abhi wo duty pe hai Leh mein", "ابھی وہ دبئی میں ہے"): his threat is to plan for, not this minute. */
const AWAY_NOW = compileAll([
  'duty pe hai', 'duty par hai', 'ड्यूटी पे है', 'ड्यूटी पर है', 'ڈیوٹی پر ہے', 'ڈیوٹی پہ ہے', 'dubai', 'दुबई', 'دبئی', 'saudi', 'सऊदी', 'سعودی',
  'abroad', 'videsh', 'विदेश', 'بیرون ملک', 'out of town', 'out of station', 'wo ghar pe nahi', 'wo ghar par nahi', 'woh ghar pe nahi', 'वो घर पर नहीं',
  'वह घर पर नहीं', 'वो घर पे नहीं', 'وہ گھر پر نہیں', 'وہ گھر پہ نہیں', 'he is not home', 'hes not home', 'he is not at home', 'he is away', 'hes away',
  // Not "bahar gaya": "गाँव से बाहर ले गया" (took her out of the village) would match it.
  'he is at work', 'hes at work', 'delhi gaya', 'jammu gaya', 'srinagar gaya', 'office gaya', 'kaam pe gaya', 'duty pe gaya', 'دفتر گیا',
]);

/** "ghar pe nahi hai" said of him, not of her mother ("मम्मी घर पर नहीं है" leaves her alone with him). */
const NOT_HOME = compileAll([
  'ghar pe nahi hai', 'ghar par nahi hai', 'ghar pe nahi', 'ghar par nahi', 'घर पर नहीं है', 'घर पे नहीं है', 'گھر پر نہیں ہے', 'گھر پہ نہیں ہے',
]);
function awayNow(whole: Tok[]): boolean {
  if (anyMatch(AWAY_NOW, whole)) return true;
  for (const p of NOT_HOME) {
    const sp = matchSpans(p, whole)?.[0];
    if (sp && !tokenIn(MOTHER, whole[sp[0] - 1]) && !tokenIn(FATHER, whole[sp[0] - 1])) return true;
  }
  return false;
}

function danger(clause: Tok[], whole: Tok[], past: boolean, info: boolean): boolean {
  // Not "i need someone to help me" with a court hearing: a call matched across "to", with nothing urgent.
  // Nor "how i can help her now" ("help ... now" matched across "her").
  if (affirmed(DANGER_CALL, clause) && !(anyMatch(NEED_SOMEONE, clause) && !anyMatch(NOW_MARKS, whole)) && !anyMatch(HOW_TO_HELP, clause)) {
    return !isSlogan(clause);
  }
  if (anyMatch(DREAM, clause) || motherIdiom(clause, whole) || anyMatch(IDIOM_CAUSE, clause)) return false;
  // "maarne ki dhamki pe kaunsi dhara lagti": a question about the law on threats, not a threat now.
  if (!(info && anyMatch(ASKING, whole)) && !awayNow(whole) && threatened(clause, whole)) return true;
  // "Which number should a woman call if she is being beaten?": a question about a case, not one happening.
  if (anyMatch(IF, clause) && anyMatch(ASKING, clause)) return false;
  // "If my friend's husband threatens her with a knife again, what should I do": a message opening with "if" and asking.
  if (tokenIn(IF, whole[0]) && anyMatch(ASKING, whole)) return false;
  // "I suspect my student is being abused at home": a worry to act on, with nothing about now.
  if (anyMatch(SUSPECT, whole) && !anyMatch(NOW_MARKS, whole)) return false;
  // "my husband is beating to me daily basis, what can i do legally": how he is every day, with nothing about now.
  if (anyMatch(DAILY, whole) && !anyMatch(NOW_MARKS, whole)) return false;
  // "if he drinks again he will beat me": a condition in the future, with nothing now.
  // "I worry he'll hurt the kids someday", "he says he'll kill me whenever we fight": not now.
  if (progressiveViolence(clause) && !((conditional(whole) || anyMatch(SOMEDAY, whole) || anyMatch(HABIT, whole)) && anyMatch(FUTURE, clause))) return true;
  if (past || info) return false;
  // "फ़ोन छीन लेते हैं और हर बात पर गालियाँ": how he always is, to act on, not danger this minute.
  // Not "my son locked himself in the bathroom", "kerosene for the stove".
  if (affirmed(DANGER_STATE, clause) && !anyMatch(HABIT, whole) && !anyMatch(NOT_HELD, clause)) return true;
  // His words, told as said now ("کہتا ہے آج رات مار ڈالوں گا"), not "in every fight he says one day I'll kill you".
  if (!awayNow(whole) && threatened(clause, whole, QUOTED_THREAT)) return true;
  // "अभी मुझे छत से धक्का देने की कोशिश कर रहे हैं": trying to hurt her, now.
  if (anyMatch(TRYING_NOW, clause) && (anyMatch(VIOLENCE, clause) || anyMatch(BY_FORCE, clause)) && !clause.some(isNegation)) return true;
  // "kangri se mara sar pe, ab phir uthayi hai": a heavy thing raised against her again.
  if (anyMatch(HEAVY_THING, whole) && anyMatch(RAISED, clause) && anyMatch(VIOLENCE, whole)) return true;
  // Not "he hit me with his belt last night, I still have marks" ("tonight is the last night" is now).
  if (anyMatch(WEAPON, clause) && anyMatch(WEAPON_HELD, clause) && !anyMatch(TOOL_AT_WORK, clause)
    && !(anyMatch(LAST_NIGHT, whole) && !anyMatch(NOW_MARKS, whole))) return true;
  // "abhi maara", "he hit me now": a violence word right next to "now".
  for (let i = 0; i < clause.length; i++) {
    if (!NOW.has((clause[i] as Tok).surface)) continue;
    const win = clause.slice(Math.max(0, i - 3), i + 4);
    // "I have no thoughts of hurting myself now": a negation a few words further back still counts.
    if (anyMatch(VIOLENCE, win) && !clause.slice(Math.max(0, i - 6), i + 4).some(isNegation)) return true;
  }
  return false;
}

/** "if ... he will", with nothing about now and no weapon. */
function conditional(whole: Tok[]): boolean {
  // "he threatened to throw acid on me if I leave him": a condition; "if i come home he will kill me. he has his gun": not.
  return (anyMatch(IF, whole) || anyMatch(IF_HINDI, whole)) && !anyMatch(NOW_MARKS, whole) && !(anyMatch(WEAPON, whole) && anyMatch(WEAPON_HELD, whole));
}
const FUTURE = compileAll(['will', 'wil', 'gonna', 'going to', '=ll']);
/** A Hindi condition told with "to" after the verb ("gayi to", "kiya to"): "to" alone is English. */
const IF_HINDI = compileAll(['gayi to', 'gai to', 'gaya to', 'aayi to', 'aai to', 'kiya to', 'ki to', 'bataya to', 'batayi to', 'gayi toh', 'kiya toh']);
const SUSPECT = compileAll(['i suspect', 'suspect that', 'shak hai', 'shaq hai', 'शक है', 'شک ہے', 'lagta hai ki', 'लगता है कि', 'لگتا ہے کہ', 'مجھے لگتا ہے', 'मुझे लगता है', 'mujhe lagta hai']);
const DAILY = compileAll(['daily basis', 'daily', 'every day', 'everyday', 'every night', 'roz', 'rozana', 'har roz', 'हर रोज़', 'रोज़', 'روز', 'ہر روز']);
const CASE_ASK = compileAll([
  'file a case', 'file case', 'still file', 'still complain', 'case ho sakta', 'case ho sakti', 'केस हो सकता', 'मुकदमा हो सकता', 'مقدمہ ہو سکتا', 'کیس ہو سکتا',
  'fir ho sakti', 'शिकायत हो सकती', 'شکایت ہو سکتی', 'केस कैसे करूँ', 'case kaise karu', 'کیس کیسے کروں',
]);
const NEED_SOMEONE = compileAll(['need someone to', 'need somebody to', 'want someone to', 'looking for someone to']);
const NOT_HELD = compileAll(['locked himself', 'locked herself', 'locked themselves', 'stove', 'chulha', 'चूल्हा', 'چولہا', 'lamp', 'lantern', 'generator']);
const SOMEDAY = compileAll(['ek din', 'एक दिन', 'ایک دن', 'one day', 'someday', 'kisi din', 'किसी दिन', 'کسی دن']);
const LAST_NIGHT = compileAll(['last night', 'kal raat', 'कल रात', 'کل رات']);
const BY_FORCE = compileAll(['zabardasti', 'jabardasti', 'ज़बरदस्ती', 'जबरदस्ती', 'زبردستی', 'forcibly', 'by force']);
const TRYING_NOW = compileAll([
  'koshish kar rahe', 'koshish kar raha', 'koshish kar rahi', 'koshish kr rhe', 'koshish kr rha', 'कोशिश कर रहे', 'कोशिश कर रहा', 'कोशिश कर रही',
  'کوشش کر رہے', 'کوشش کر رہا', 'کوشش کر رہی',
]);
const HEAVY_THING = compileAll(['kangri', 'kangdi', 'कांगड़ी', 'کانگڑی', 'eent', 'ईंट', 'اینٹ', 'brick', 'patthar', 'पत्थर', 'پتھر', 'iron', 'press', 'cooker']);
const RAISED = compileAll(['phir uthayi', 'phir uthaya', 'fir uthayi', 'फिर उठाई', 'फिर उठाया', 'پھر اٹھائی', 'پھر اٹھایا', 'raised it again', 'picked it up again', 'is raising']);

// "Beti Bachao Beti Padhao" is a government scheme name, not a cry for help.
function isSlogan(toks: Tok[]): boolean {
  return toks.some((t) => /^(beti|बेटी|بیٹی|padhao|पढ़ाओ|पढाओ|پڑھاؤ|andolan|abhiyan|yojana|song|gaana|gana|गाना|گانا)$/.test(t.surface));
}

// Questions about the law ("punishment for acid attack") mention weapons without being in danger.
const INFO_QUESTION = compileAll([
  'pocso', 'पॉक्सो', 'پوکسو', 'punishment', 'saza', 'saja', 'सज़ा', 'सजा', 'سزا', 'section', 'dhara', 'धारा', 'دفعہ', 'law', 'kanoon', 'कानून', 'قانون', 'ipc', 'bns',
  // Not "کیا ہے": in Urdu it is also "has done" ("کمرے میں بند کیا ہے", has locked in the room).
  'what is the', 'kya hai', 'क्या है', 'کیا ہوتا ہے', 'کیا سزا', 'definition', 'meaning',
  // News, films and classes show weapons too.
  ...NEWS, 'khabron', 'खबरों', 'ख़बरों', 'خبروں', 'خبریں', 'movie', 'film',
  'serial', 'ڈرامہ', 'ڈرامے', 'drama', 'ड्रामा', 'فلم', 'फ़िल्म', 'फिल्म', 'سیریل', 'सीरियल', 'novel', 'web series', 'self defence', 'self defense',
]);

export function bareCry(whole: Tok[]): boolean {
  return whole.length > 0 && whole.length <= 3 && whole.every((t) => BARE_CRY.has(t.surface)) && whole.some((t) => CRY.has(t.surface));
}
const CRY = new Set(['help', 'hlp', 'halp', 'helpp', 'madad', 'मदद', 'مدد']);
const BARE_CRY = new Set([...CRY, 'me', 'pls', 'plz', 'please', 'now', 'karo', 'kro', 'करो', 'کرو', 'chahiye']);

/** "mother in law", "in laws": family, not the law (which would make the message a question about it). */
function withoutInLaws(toks: Tok[]): Tok[] {
  return toks.filter((t, i) => !(/^laws?$/.test(t.surface) && toks[i - 1]?.surface === 'in'));
}

/** Emergency kind of a message: danger beats self-harm because it needs 112 first. */
export function detectEmergency(text: string): Emergency {
  const whole = toTokens(text);
  const past = isPast(whole);
  // "my brothers used to say they would kill me; now I am safe in Delhi": told as over.
  if (past && safeNow(whole)) return false;
  // "last year he tried to push me out of a moving car, can I still file a case now?": a question about an old case.
  if (anyMatch(CASE_ASK, whole) && anyMatch(LONG_AGO, whole)) return false;
  // "HELP", "help me pls", "मदद": a bare cry is answered as one (the numbers it gets are what /help shows anyway).
  if (bareCry(whole)) return 'danger';
  const info = anyMatch(INFO_QUESTION, withoutInLaws(whole));
  let self = false;
  const clauses = splitClauses(normalize(text)).map(toTokens);
  for (const clause of clauses) {
    // A clause about right now ("abhi usne mujhe kamre me band kar diya hai") counts in a message that also
    // tells the past ("sab theek tha").
    if (danger(clause, whole, past && !aboutNow(clause), info)) return 'danger';
    if (selfHarm(clause, whole, past)) self = true;
  }
  // "koi bacche ke saath galat kar raha ho to kaunsa number milana hai": asking what to do if it happens.
  const hypothetical = clauses.some((c) => anyMatch(IF, c) && anyMatch(ASKING, c)) || (tokenIn(IF, whole[0]) && anyMatch(ASKING, whole));
  // "कल रात उसने बेल्ट से मारा, आज वो घर पर नहीं है": he is away now; an injury still counts.
  const away = (awayNow(whole) && !anyMatch(INJURY_NOW, whole)) || anyMatch(ILLNESS, whole);
  if (!info && !hypothetical && !away && imminentDanger(whole, clauses)) return 'danger';
  // "पहले मरने का मन करता था, अब नहीं": a clause of its own says it is over.
  if (past && clauses.some((c) => c.length === 2 && /^(ab|अब|اب)$/.test(c[0]?.surface ?? '') && isNegation(c[1] as Tok))) self = false;
  // "what should i say if my sister ever talk about suicide?": asking ahead, about someone else.
  const askingAbout = hypothetical && isThirdParty(whole) && !anyMatch(SELF_HARM_INTENT, whole);
  if ((self && !anyMatch(LAUGHING, whole) && !askingAbout) || farewell(whole)) return 'self_harm';
  return false;
}
