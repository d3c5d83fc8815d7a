import { isNegation } from './cues.js';
import { anyMatch, compileAll, type Tok, tokenIn } from './matcher.js';

/**
 * Violence happening now, told in the progressive: "he is hitting me", "I'm being beaten",
 * "maar raha hai", "पीट रहे हैं", "مار رہا ہے". "was hitting" / "maar raha tha" are past and do not count.
 */
const EN_ING = compileAll([
  'hitting', 'beating', 'attacking', 'choking', 'strangling', 'killing', 'stabbing', 'kicking', 'slapping',
  'punching', 'hurting', 'burning', 'raping', 'abusing', 'assaulting', 'threatening', 'chasing', 'dragging',
  'shooting', 'torturing', 'breaking', 'smashing', 'banging', 'molesting', 'touching', 'hitin', 'beatin',
  'harassing', 'troubling',
]);
// In Indian English "they are torturing me for dowry" describes an ongoing situation, not an attack in
// progress; these verbs count only with "now" nearby.
const CHRONIC = /^(abusing|torturing|threatening|harassing|troubling|touching|molesting)$/;
const NOW = new Set(['now', 'abhi', 'अभी', 'ابھی', 'currently', 'tonight', 'minute']);
const EN_PASSIVE = compileAll(['dragged', 'beaten', 'hit', 'attacked', 'raped', 'abused', 'tortured', 'stabbed', 'choked', 'burnt', 'burned']);
// "keeps slapping me" is habitual, so keep/keeps are not here.
const EN_AUX = new Set(['is', 'are', 'am', 'im', 'hes', 'shes', 'theyre', 'r']);
const EN_PAST_AUX = new Set(['was', 'were', 'had', 'been']);
// Subjects that make "is killing me" literal (unlike "this heat is killing me").
const PERSON = compileAll([
  'he', 'she', 'they', 'someone', 'somebody', 'man', 'men', 'husband*', 'father', 'brother', 'in-laws', 'laws',
  'inlaws', 'uncle', 'boyfriend', 'partner', 'son', 'mother', 'people', 'hes', 'shes', 'theyre', 'family', 'neighbour',
]);
const SOFT_VERBS = /^(killing|hurting|burning|breaking|threatening|touching|banging)$/;
// Everyday words one or two letters from a violent one ("staying" ~ "stabbing", "sleeping" ~ "slapping",
// "shouting" ~ "shooting"): spelling tolerance must not turn them into an attack.
const EVERYDAY_ING = new Set([
  'staying', 'sleeping', 'slipping', 'keeping', 'staring', 'hiding', 'shouting', 'bathing', 'hating', 'kissing',
  'chatting', 'banning', 'staking', 'saying', 'playing', 'praying', 'paying', 'sitting', 'setting', 'betting', 'petting',
  'kidding', 'knitting', 'picking', 'packing', 'parking', 'licking', 'locking', 'shopping', 'stopping', 'snoring',
]);

function englishProgressive(toks: Tok[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (EVERYDAY_ING.has(t.surface)) continue;
    const ing = tokenIn(EN_ING, t);
    const passive = !ing && tokenIn(EN_PASSIVE, t);
    if (!ing && !passive) continue;
    const before = toks.slice(Math.max(0, i - 3), i);
    if (before.some(isNegation)) continue;
    if (before.some((b) => EN_PAST_AUX.has(b.surface))) continue;
    if (passive) {
      if (before.some((b) => b.surface === 'being' || b.surface === 'getting')) return true;
      continue;
    }
    // The aux needs a subject before it: "is slapping a wife illegal?" is a question, not an attack.
    const auxAt = before.findIndex((b) => EN_AUX.has(b.surface));
    // "son in law beating my daughter right now": no "is", but someone, and now.
    if (auxAt < 0 && !SOFT_VERBS.test(t.surface) && !CHRONIC.test(t.surface) && toks.some((x) => NOW.has(x.surface))
      && anyMatch(PERSON, toks.slice(Math.max(0, i - 4), i))) return true;
    if (auxAt < 0) continue;
    if (i - before.length + auxAt === 0 && !/^(im|hes|shes|theyre)$/.test(toks[0]?.surface ?? '')) continue;
    if (SOFT_VERBS.test(t.surface) && !anyMatch(PERSON, toks.slice(Math.max(0, i - 6), i))) continue;
    if (CHRONIC.test(t.surface) && !toks.some((x) => NOW.has(x.surface))) continue;
    return true;
  }
  return false;
}

const HI_STEMS = compileAll([
  '=maar', '=mar', '=peet', '=pit', 'marpeet', 'maarpeet', '=jala', 'ghasit', 'ghaseet', '=daba', 'dhamka', 'chhed', 'ghont', 'ghot',
  'मार', 'पीट', 'जला', 'घसीट', 'दबा', 'धमका', 'छेड़', 'घोंट', 'مار', 'پیٹ', 'جلا', 'گھسیٹ', 'دبا', 'دھمکا', 'چھیڑ', 'گھونٹ',
]);
const DABA = compileAll(['=daba', '=dabaa', 'दबा', 'دبا']);
const DRAG_STEMS = compileAll(['ghasit', 'ghaseet', 'घसीट', 'گھسیٹ', 'ghont', 'घोंट', 'گھونٹ']);
const HI_KAR = compileAll(['hamla', 'rape', 'attack', 'हमला', 'रेप', 'حملہ', 'ریپ', 'marpeet', 'मारपीट', 'مارپیٹ']);
const KAR = new Set(['kar', 'kr', 'कर', 'کر']);
const RAHA = compileAll(['=raha', '=rahi', '=rahe', '=rha', '=rhi', '=rhe', 'रहा', 'रही', 'रहे', 'رہا', 'رہی', 'رہے']);
const PAST_AUX = new Set(['tha', 'thi', 'the', 'था', 'थी', 'थे', 'تھا', 'تھی', 'تھے']);
const NOT_A_PERSON = compileAll(['machhar', 'machar', 'मच्छर', 'مچھر', 'keede', 'cockroach', 'chuha', 'chuhe', 'makkhi']);

const PASSIVE_PARTICIPLE = /^(maa?ra|pee?ta|jalaya|ghaseeta|ghasita|मारा|पीटा|जलाया|घसीटा|مارا|پیٹا|جلایا|گھسیٹا)$/;
/** A particle between the verb and "raha" ("maar bhi rahe", "maar b rhe"). */
const PARTICLE = new Set(['bhi', 'b', 'hi', 'भी', 'ही', 'بھی', 'ہی']);
/** Things that "are killing me" in talk: studies, work, a dying battery ("yeh padhai mujhe maar rahi hai"). */
const THING_SUBJECT = compileAll([
  'battery', 'बैटरी', 'بیٹری', 'padhai', 'padhaai', 'पढ़ाई', 'پڑھائی', 'exam', 'exams', 'tension', 'garmi', 'गर्मी', 'گرمی', 'thand', 'ठंड',
  'ٹھنڈ', 'naukri', 'नौकरी', 'نوکری', 'bhook', 'bhookh', 'भूख', 'بھوک',
]);

function hindiProgressive(toks: Tok[]): boolean {
  if (anyMatch(NOT_A_PERSON, toks)) return false;
  for (let i = 0; i < toks.length; i++) {
    if (!tokenIn(RAHA, toks[i])) continue;
    const skip = PARTICLE.has(toks[i - 1]?.surface ?? '') ? 1 : 0;
    const prev = toks[i - 1 - skip];
    const prev2 = toks[i - 2 - skip];
    if (toks.slice(Math.max(0, i - 5), i).some((t) => tokenIn(THING_SUBJECT, t))) continue;
    // "principal baat dabaa rahe hai": hushing it up, not pressing on her.
    if (/^(baat|बात|بات|mamla|मामला|معاملہ)$/.test(prev2?.surface ?? '') && tokenIn(DABA, prev)) continue;
    // The stem right before "raha", or a few words back ("ghasit kar bahar le ja rahe", "گلا گھونٹ رہا").
    // "बहू को बंद करके मारा जा रहा है": the passive, "maara ja raha".
    const passive = /^(ja|jaa|जा|جا)$/.test(prev?.surface ?? '') && PASSIVE_PARTICIPLE.test(prev2?.surface ?? '');
    const violent = passive || tokenIn(HI_STEMS, prev) || (!!prev && KAR.has(prev.surface) && (tokenIn(HI_KAR, prev2) || tokenIn(HI_STEMS, prev2)))
      || toks.slice(Math.max(0, i - 5), i).some((t) => tokenIn(DRAG_STEMS, t));
    if (!violent) continue;
    const after = toks.slice(i + 1, i + 3);
    if (after.some((a) => PAST_AUX.has(a.surface))) continue;
    // The negation belongs to the verb ("maar nahi raha"), not to the next clause ("gla daba rha saans nai aa rhi").
    const around = toks.slice(Math.max(0, i - 3), i + 2);
    if (around.some(isNegation)) continue;
    return true;
  }
  return false;
}

const EN_BASE = compileAll([
  'kill', 'murder', 'strangle', 'choke', 'burn', 'stab', 'rape', 'hit', 'beat', 'shoot', 'hurt', 'attack', 'poison', 'cut',
  'slit', 'drown',
]);
const IMMINENT = new Set(['trying', 'tryin', 'going', 'gonna', 'about', 'coming', 'will', 'wil', 'gona', 'threatening']);

/** "he is trying to strangle me", "they are coming to kill me", "he will burn me". */
function englishImminent(toks: Tok[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!IMMINENT.has(t.surface)) continue;
    const j = toks[i + 1]?.surface === 'to' ? i + 2 : i + 1;
    // One verb, or "throw acid" / "break in" whole ("threatening to throw me out" is not an attack).
    const two = `${toks[j]?.surface ?? ''} ${toks[j + 1]?.surface ?? ''}`;
    if (!tokenIn(EN_BASE, toks[j]) && two !== 'throw acid' && two !== 'break in') continue;
    const before = toks.slice(Math.max(0, i - 3), i);
    if (before.some(isNegation) || before.some((b) => EN_PAST_AUX.has(b.surface))) continue;
    if (!anyMatch(PERSON, toks.slice(Math.max(0, i - 6), i))) continue;
    return true;
  }
  return false;
}

export function progressiveViolence(toks: Tok[]): boolean {
  return englishProgressive(toks) || englishImminent(toks) || hindiProgressive(toks);
}
