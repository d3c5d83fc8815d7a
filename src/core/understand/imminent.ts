/**
 * Danger that no single phrase names, read from the whole message: fear with something about to happen
 * ("he's coming home drunk, I'm scared"), an injury now ("I am bleeding"), a forced marriage within days
 * ("they are marrying me off tomorrow, I am 15"), the abuser there now ("he is here now and he touches me").
 * A message about the past ("I was scared", "years ago") counts only through its clauses about now.
 * The word lists are in imminent-lexicon.ts (and farewell-lexicon.ts).
 */
import { WEAPON } from './emergency-lexicon.js';
import { ELDER, FAMILY_ABUSER, IN_MY_ROOM, isAboutChild, isNegation, isPast, MARRIAGE, OUT_OF_SIGHT, SEXUAL, TOOK, VIOLENCE } from './cues.js';
import { CARE_FOR, DROP, EDGE, ENDS, FAREWELL, LAST_WORDS, LETTER, MEANS, STANDING_AT_EDGE } from './farewell-lexicon.js';
import { OUTRIGHT_LAUGH } from './idiom-lexicon.js';
import {
  ABUSE_NOW, ALARM, ALARM_NOT, ALONE, ALONE_WITH, ARRIVED, ARRIVING, ASK, AT_DOOR, AWAY_WHO, BLACKMAIL, CHASED, COMING_AGAIN, COMING_TO_HER, CRASH,
  DRUNK, FEAR, FLED, FORCED_MARRIAGE, HELP, HIDING, HOURS, HOUSE_ASLEEP, IMMINENT, INJURY_NOW, LONG_AGO, MINE, MISSING, NIGHT_VISITS, NOT_SAFE,
  NOT_STOPPING, NOW_MARKS, NO_LATCH, OFF_ROUTE, OUT_COLD, PLEA_WORDS, PREGNANT, PRESENT_NOW, PROGRESSIVE, SAFE_NOW, SCREAMING, SEEN_JUST, SHUT_IN,
  SOLD, SOMEONE, SOON, STILL_MISSING, STOP_IT, STRANDED, SUMMONED, TAKEN_AWAY, THROWN_OUT, THROW_AWAY, URGENT, VEHICLE, WEDDING_ON, WENT_QUIET,
} from './imminent-lexicon.js';
import { anyMatch, compileAll, matchSpans, type Tok, tokenIn } from './matcher.js';

/** One-word pleas typed in a hurry. */
const PLEA = compileAll(['plz', 'pls', 'please', 'plss', 'plzz', 'jaldi', 'jldi', 'bachao', 'بچاؤ', 'बचाओ', 'sos']);

/** A farewell from somewhere high, or holding the means, or a few words standing at the edge: self-harm. */
export function farewell(whole: Tok[]): boolean {
  // "सबको अलविदा, अब और नहीं सहा जाता, बच्चों का ध्यान रखना": last words, and who to look after.
  if (anyMatch(CARE_FOR, whole) && anyMatch(LAST_WORDS, whole) && !anyMatch(LONG_AGO, whole)) return true;
  // "pul pe khadi hu ... bas aakhri baar kisi se baat karni thi": at the edge, whatever tense the farewell takes.
  if (anyMatch(STANDING_AT_EDGE, whole) && (anyMatch(FAREWELL, whole) || anyMatch(DROP, whole))) return true;
  // Letters written, and it ends tonight ("chitthi likh di hai ammi ke liye. aaj ke baad koi pareshan nahi hoga").
  if ((anyMatch(ENDS, whole) || (anyMatch(LETTER, whole) && anyMatch(FAREWELL, whole))) && !anyMatch(OUTRIGHT_LAUGH, whole)) return !anyMatch(LONG_AGO, whole);
  // "रस्सी पंखे से बाँध ली है। बस माँ को बता देना कि गलती मेरी नहीं थी": the past is inside the farewell.
  if (isPast(whole) && !anyMatch(MEANS, whole)) return false;
  if (anyMatch(STANDING_AT_EDGE, whole) && whole.length <= 6) return true;
  return (anyMatch(EDGE, whole) || anyMatch(MEANS, whole)) && anyMatch(FAREWELL, whole);
}

/** The wedding party is here: the ceremony is under way. */
const ARRIVED_PARTY = compileAll([
  'baraat + here', 'barat + here', 'baraat + arriv*', 'barat + arriv*', 'baraat has arrived', 'baraat arrived', 'baraat aa gayi', 'barat aa gayi', 'बारात आ गई', 'بارات آ گئی', 'mandap saj', 'मंडप सज',
  'baraat + aa gayi', 'barat + aa gayi', 'बारात + आ गई', 'بارات + آ گئی', 'maulvi + aa gaye', 'qazi + aa gaye', 'kazi + aa gaye',
  'pandit + aa gaye', 'maulvi + pahunch*', 'qazi + pahunch*', 'मौलवी + पहुंच*', 'مولوی + پہنچ*', 'قاضی + پہنچ*', 'dulhan bana',
  'दुल्हन बना', 'دلہن بنا', 'मौलवी + आ गए', 'काज़ी + आ गए', 'पंडित + आ गए', 'مولوی + آ گئے', 'قاضی + آ گئے', 'henna + my hands', 'mehndi + lag', 'mehndi + putting', 'mehndi + hands', 'mehendi + hands',
  'मेहंदी + लग', 'مہندی + لگ', 'ceremony + begun', 'ceremony + started', 'already begun',
  'مولوی + آگئے', 'مولوی + آگیا', 'قاضی + آگئے', 'قاضی + آگیا', 'baraat + aa chuki', 'barat + aa chuki', 'बारात + आ चुकी', 'بارات + آ چکی', 'baraat + reached', 'barat + reached', 'baraat + pahunch*', 'barat + pahunch*', 'बारात + पहुंच*', 'بارات + پہنچ*', 'mandap laga', 'मंडप लगा',
  'baraat + gate', 'barat + gate', 'baraat + already', 'barat + already', 'nikah padhwa rahe', 'nikah padhwa rhe', 'molvi + aa gaya', 'molvi + aa gya',
  'moulvi + aa gaya', 'nikah padha rahe', 'nikah padha rhe', 'nikah padh rahe', 'nikah padh rhe', 'maulvi + aa gya', 'qazi + aa gya', 'baraat + came', 'barat + came',
  'baraat + is here', 'barat + is here', 'निकाह पढ़ा रहे', 'نکاح پڑھا رہے', 'pheras are', 'phere ho rahe', 'फेरे हो रहे', 'nikah padhaya ja raha', 'نکاح پڑھایا جا رہا', 'निकाह पढ़ाया जा रहा',
]);

/** Heard now ("چیخیں آ رہی ہیں", "I can hear her"). */
const HEARD_NOW = compileAll(['aa rahi', 'aa rahe', 'आ रही', 'आ रहे', 'آ رہی', 'آ رہے', 'can hear', 'coming from']);
/** "can a 16 year old get married today in J&K": asking the law. */
const LAW_QUESTION = compileAll(['can a', 'allowed', 'legal', 'illegal', 'kya ho sakti', 'क्या हो सकती', 'کیا ہو سکتی', 'jaiz', 'जायज़', 'جائز']);
// Not "abhi" alone: "mein abhi 10th mein hun" is "I am still in class 10".
const TODAY = compileAll(['today', 'tonight', 'tonite', 'aaj hi', 'aaj raat', 'आज ही', 'आज रात', 'آج ہی', 'آج رات', 'right now']);
const CHILD_WEDDING = compileAll([
  'child marriage', 'bal vivah', 'baal vivah', 'बाल विवाह', 'کم عمری کی شادی', 'کم سنی کی شادی', 'underage wedding', 'underage marriage',
]);

/** Still going on ("screaming for twenty minutes ... still going"). */
const STILL = compileAll(['still going', 'still screaming', 'abhi bhi', 'ab bhi', 'अभी भी', 'अब भी', 'اب بھی', 'ابھی بھی']);

// Not "कुंडी" in Devanagari: spelling folding makes it "कुड़ी" (a girl, in Dogri and Punjabi).
const LOCKED = compileAll(['band kar liya', 'बंद कर लिया', 'بند کر لیا', 'taala laga*', 'ताला लगा*', 'تالا لگا*', 'lock kar diya', 'lock kr diya', 'लॉक कर दिया', 'لاک کر دیا', 'locked', 'band kar diya', 'band kr diya', 'बंद कर दिया', 'بند کر دیا', 'kundi', 'کنڈی']);

/** The message ends with a plea: help, madad, bachao, please ("help me", "help us" too). */
function pleaAtEnd(whole: Tok[]): boolean {
  const last = whole[whole.length - 1];
  const before = whole[whole.length - 2];
  return tokenIn(PLEA_WORDS, last) || (!!before && before.surface === 'help' && /^(me|us)$/.test(last?.surface ?? ''));
}

/** Her alarm word, not negated ("I am not in danger", "कोई खतरा नहीं है") and not "emergency numbers". */
function alarmRaised(whole: Tok[]): boolean {
  if (anyMatch(ALARM_NOT, whole)) return false;
  return whole.some((t, i) => tokenIn(ALARM, t) && !whole.slice(Math.max(0, i - 3), i + 4).some(isNegation));
}

const ON_ME = compileAll(['my back', 'my throat', 'my neck', 'my face', 'my head', 'meri peeth', 'mere gale', 'मेरी पीठ', 'मेरे गले', 'میری پیٹھ', 'میرے گلے']);
const PRESENT_ME = compileAll(['=hu', '=hoon', '=hun', 'हूँ', 'हूं', 'ہوں']);

const WAITING_TO_TAKE = compileAll([
  'waiting to take her', 'waiting at the school gate', 'waiting to take', 'le jane aaya', 'le jaane aaya', 'le jane ke liye', 'ले जाने आया', 'ले जाने के लिए',
  'لے جانے آیا', 'لے جانے کے لیے', 'lene aaya', 'लेने आया', 'لینے آیا',
]);
const ABUSES = compileAll(['abuses', 'abuse', 'abusing', 'shoshan', 'शोषण', 'استحصال', 'galat karta', 'गलत करता', 'غلط کرتا']);
const STAY_ASK = compileAll(['where can i stay', 'where can i go', 'kahan rahungi', 'kahan jaun', 'कहाँ रहूँ', 'کہاں رہوں', 'safe place', 'shelter']);
const COLD = compileAll(['snow', 'snowing', 'barf', 'baraf', 'बर्फ', 'برف', 'cold', 'thand', 'ठंड', 'ٹھنڈ']);
const TOUCHING_NOW = compileAll(['is touching my', 'is touching her', 'hes touching', 'he is touching', 'chhu raha', 'छू रहा', 'چھو رہا', 'haath laga raha', 'हाथ लगा रहा', 'ہاتھ لگا رہا']);
const AGAIN = compileAll(['again', 'phir', 'fir', 'फिर', 'پھر']);
const UNDER_BED = compileAll(['under the bed', 'palang ke neeche', 'पलंग के नीचे', 'پلنگ کے نیچے', 'bed ke neeche', 'बेड के नीचे']);
const SMASHED = compileAll(['smashed', 'smashing', 'broke the', 'tod diye', 'tod diya', 'तोड़ दिए', 'तोड़ दिया', 'توڑ دیے', 'توڑ دیا']);
export const OFFICIANT_HERE = compileAll([
  'maulvi + is here', 'qazi + is here', 'priest + is here', 'pandit + is here', 'maulvi + aa gaye', 'qazi + aa gaye', 'मौलवी + आ गए', 'पंडित + आ गए',
  'مولوی + آ گئے', 'مولوی + آگئے', 'قاضی + آ گئے', 'قاضی + آگئے',
]);
const OUTSIDE = compileAll(['sitting outside', 'standing outside', 'outside with', 'is outside', 'are outside', 'outside saying', 'bahar hai', 'bahar khade', 'बाहर है', 'बाहर खड़े', 'باہر ہے', 'باہر کھڑے']);

/** Something that happens every night is a pattern to act on, not a scream heard now. */
const HABIT = compileAll(['koshish karta hai', 'कोशिश करता है', 'کوشش کرتا ہے', 'daily', 'keeps', 'most nights', 'most days', 'usually', 'aksar', 'अक्सर', 'اکثر', 'every night', 'every day', 'roz', 'rozana', 'har raat', 'har roz', 'रोज़', 'रोज', 'हर रात', 'روز', 'ہر رات', 'often', 'always']);

/** Her husband taking their child is a custody question, not a child taken by a stranger. */
const PARENT = compileAll(['husband', 'hubby', 'pati', 'shohar', 'shauhar', 'khawind', 'ex', 'पति', 'शौहर', 'شوہر', 'خاوند']);

/** Told as over and done ("last year", "years ago"), with nothing about now. */
function isPastOnly(whole: Tok[]): boolean {
  return isPast(whole) && !whole.some((t) => NOW_WORD.test(t.surface)) && !anyMatch(MINUTES_AGO, whole);
}

/** Someone she cannot name, then taking ("koi ... le gaya"; not "... le ja raha hai, jaldi koi aaye"). */
export function someoneTook(toks: Tok[]): boolean {
  const who = SOMEONE.flatMap((p) => matchSpans(p, toks) ?? []).map(([s]) => s);
  const took = TOOK.flatMap((p) => matchSpans(p, toks) ?? []).map(([s]) => s);
  return who.length > 0 && took.length > 0 && Math.min(...who) < Math.max(...took);
}

/** How he always is, with nothing about now ("my brother in law keeps touching me when my husband is away"), unlike "bus
 * conductor keeps putting his hand on the schoolgirl ... bus still moving". */
function habitual(whole: Tok[]): boolean {
  return anyMatch(HABIT, whole) && !anyMatch(NOW_MARKS, whole) && !anyMatch(STILL_ANY, whole);
}
const STILL_ANY = compileAll(['still', 'abhi bhi', 'ab bhi', 'अभी भी', 'अब भी', 'ابھی بھی', 'اب بھی']);

/** "when I was 8 a man took me to his shop": told of her own childhood. */
function isPastOnlyStory(whole: Tok[]): boolean {
  return anyMatch(CHILDHOOD, whole);
}
const CHILDHOOD = compileAll(['when i was', 'as a child', 'bachpan', 'बचपन', 'بچپن', 'childhood']);

/** Her mother is out, so she is alone with him ("mummy ghar pe nahi", "امی گھر نہیں"). */
const MOTHER_AWAY = compileAll([
  'mummy ghar pe nahi', 'mummy ghar par nahi', 'ammi ghar pe nahi', 'मम्मी घर पर नहीं', 'मम्मी घर पे नहीं', 'امی گھر نہیں', 'امی گھر پر نہیں',
  'mom is not home', 'mama is not home', 'mummy is not home', 'mom isnt home',
]);

/** "पापा ... मारते हैं", "marta hai": the Hindi and Urdu habitual present (a verb in -ta/-te/-ti, then hai/hain). */
function habitualPresent(whole: Tok[]): boolean {
  return whole.some((t, i) => HABITUAL_VERB.test(t.surface) && /^(hai|hain|h|he|है|हैं|ہے|ہیں)$/.test(whole[i + 1]?.surface ?? ''));
}
const HABITUAL_VERB = /^[\p{L}\p{M}]+(ta|te|ti|ता|ते|ती|تا|تے|تی)$/u;

const PAST_AUX = /^(tha|thi|the|था|थी|थे|تھا|تھی|تھے|was|were)$/;
const NOW_WORD = /^(ab|abhi|now|अब|अभी|اب|ابھی)$/;

/** Minutes ago is now ("a man pulled my daughter into a white alto outside school 10 min ago"). */
const MINUTES_AGO = compileAll(['min ago', 'mins ago', 'minutes ago', 'minute ago', 'min pehle', 'minute pehle', 'मिनट पहले', 'منٹ پہلے', 'an hour ago']);

/** A time of day ("at 11 pm", "6 baje", "by 9 tonite"). */
const CLOCK = compileAll(['=pm', '=am', 'baje', 'बजे', 'بجے', 'tonite', 'tonight']);

/** "I am safe now", and not "I am not safe". */
export function safeNow(toks: Tok[]): boolean {
  return anyMatch(SAFE_NOW, toks) && !toks.some(isNegation);
}

/**
 * A clause told as happening now, with no mark of the past: "abhi", "right now", fear, a progressive ("he is
 * sitting very close"), a plea ("please jaldi batao"). In a message that also tells the past, only these count.
 */
export function aboutNow(c: Tok[]): boolean {
  // "mera ex dhamki de raha tha ab peeche peeche washroom tak aa gaya": the past, then "now" after it.
  const lastPast = c.reduce((at, t, i) => (PAST_AUX.test(t.surface) ? i : at), -1);
  if (lastPast >= 0 && c.slice(lastPast + 1).some((t) => NOW_WORD.test(t.surface))) return true;
  if (isPast(c)) return false;
  // English progressive with any subject: "my husband is asking around", "they are coming".
  if (c.some((t, i) => /^(is|are|am)$/.test(t.surface) && /ing$/.test(c[i + 1]?.surface ?? ''))) return true;
  // "कमरे में बंद हूँ": I am (locked in), now.
  return [NOW_MARKS, FEAR, PROGRESSIVE, URGENT, HELP, PRESENT_ME].some((p) => anyMatch(p, c));
}

export function imminentDanger(whole: Tok[], clauses: Tok[][] = [whole]): boolean {
  if (isPast(whole) && safeNow(whole)) return false;
  // About the days ahead by nature, however the message tells the past; the marriage and its day in one clause
  // ("her nikah is fixed for this Friday", not "she was married ... told me today").
  for (const c of clauses) {
    // Forced, within days or now ("abhi zabardasti mera nikah padha rahe").
    if (anyMatch(FORCED_MARRIAGE, c) && (anyMatch(SOON, c) || (anyMatch(NOW_MARKS, c) && !isPast(c)))) return true;
    // "kal meri shaadi hai, main 13 saal ki hoon", a teacher about her 14-year-old student's nikah this Friday.
    if (anyMatch(SOON, c) && anyMatch(MARRIAGE, c) && isAboutChild(whole) && anyMatch(MINE, whole)) return true;
  }
  // A child's wedding under way ("आज ही फेरे हो रहे है, लड़की 13 साल की है ... जल्दी"), "the baraat has arrived".
  if (anyMatch(MARRIAGE, whole) && isAboutChild(whole) && !isPast(whole) && (anyMatch(SOON, whole) || anyMatch(NOW_MARKS, whole))
    && [URGENT, HELP, PLEA].some((p) => anyMatch(p, whole))) return true;
  // "gaon me abhi bal vivah ho raha hai, mandap laga hai": the words for child marriage say whose it is.
  const minorWed = isAboutChild(whole) || anyMatch(CHILD_WEDDING, whole);
  if (anyMatch(MARRIAGE, whole) && minorWed && anyMatch(ARRIVED_PARTY, whole)) return true;
  if (anyMatch(MARRIAGE, whole) && minorWed && anyMatch(WEDDING_ON, whole) && anyMatch(NOW_MARKS, whole) && !isPast(whole)) return true;
  // "پڑوسی میری چیخیں سن رہے ہیں، وہ رک نہیں رہا", "my nose won't stop bleeding and he's still here".
  if ((anyMatch(SCREAMING, whole) || anyMatch(INJURY_NOW, whole) || anyMatch(VIOLENCE, whole)) && anyMatch(NOT_STOPPING, whole) && !isPast(whole)) return true;
  // A child taken out of sight just now ("abhi wo aadmi meri choti behen ko khet me le gaya ... jaldi kuch karo").
  if (anyMatch(TOOK, whole) && isAboutChild(whole) && anyMatch(OUT_OF_SIGHT, whole) && !anyMatch(PARENT, whole)
    && (!isPast(whole) || anyMatch(NOW_MARKS, whole) || anyMatch(PLEA, whole))
    && [NOW_MARKS, URGENT, HELP, PLEA, SCREAMING].some((p) => anyMatch(p, whole))) return true;
  // Lying unconscious now ("my sister fainted after he beat her and she's not waking up").
  if (anyMatch(OUT_COLD, whole) && !anyMatch(LONG_AGO, whole)) return true;
  // He hurt her and is coming back ("उसने अभी मेरा गला दबाया था, फिर से आ रहा है").
  if (anyMatch(COMING_AGAIN, whole) && (anyMatch(VIOLENCE, whole) || anyMatch(INJURY_NOW, whole)) && !anyMatch(LONG_AGO, whole)) return true;
  // Shut in a bathroom, someone outside the door ("im in the bathroom. uncle is outside saying open the door").
  if (anyMatch(SHUT_IN, whole) && (anyMatch(AT_DOOR, whole) || anyMatch(OUTSIDE, whole))) return true;
  // A child not found for hours ("a man took my 6 yr old from the park one hour back, not found yet").
  if (anyMatch(STILL_MISSING, whole) && isAboutChild(whole) && (anyMatch(HOURS, whole) || anyMatch(NOW_MARKS, whole) || !isPast(whole))) return true;
  // A child taken by someone she cannot name ("a man took my 6yr old from outside school in a car").
  if (someoneTook(whole) && isAboutChild(whole) && !anyMatch(PARENT, whole) && !anyMatch(LONG_AGO, whole) && !isPastOnly(whole)
    && !anyMatch(HABIT, whole) && !isPastOnlyStory(whole)) return true;
  // A child's wedding today ("ek bacchi ki aaj hi shaadi kara rahe hain, wo 13 ki hai").
  if (anyMatch(MARRIAGE, whole) && minorWed && anyMatch(TODAY, whole) && !isPast(whole) && !anyMatch(LAW_QUESTION, whole)) return true;
  // A child's wedding today, and "stop it" ("आज रात 13 साल की बहन का ब्याह है रोको").
  if (anyMatch(MARRIAGE, whole) && isAboutChild(whole) && anyMatch(SOON, whole) && anyMatch(STOP_IT, whole) && !isPast(whole)) return true;
  // "her uncle is waiting to take her home and he abuses her": a child about to be taken by the man who abuses her.
  if (isAboutChild(whole) && anyMatch(ELDER, whole) && anyMatch(WAITING_TO_TAKE, whole) && (anyMatch(SEXUAL, whole) || anyMatch(ABUSES, whole))
    && !anyMatch(LONG_AGO, whole)) return true;
  // A child sold, going now or soon ("he sold her, nikah in the car itself", "abhi bech diya").
  if (anyMatch(SOLD, whole) && isAboutChild(whole) && (anyMatch(NOW_MARKS, whole) || anyMatch(SOON, whole)) && !isPastOnly(whole)) return true;
  // A child touched, seen just now ("teacher here. just saw van driver touching a small girl").
  if (anyMatch(SEEN_JUST, whole) && isAboutChild(whole) && anyMatch(SEXUAL, whole)) return true;
  // Running from him, now: "وہ پیچھے آ رہا ہے", "abhi bhaag ke padosi ke ghar aayi hoon".
  if (anyMatch(CHASED, whole) && !habitual(whole)) return true;
  // Her own alarm word with someone or something there ("the stalker is outside my door now, emergency", "खतरा है,
  // कोई घर के बाहर खड़ा है"), not "emergency numbers".
  if (alarmRaised(whole) && [AT_DOOR, NOW_MARKS, IMMINENT, VIOLENCE, CHASED].some((p) => anyMatch(p, whole))) return true;
  // A plea closing a message about harm ("uncle touching my daughter in the next room, help", "man dragged my son
  // into a van help", "... गाड़ी में उठा ले जा रहे हैं मदद").
  if (pleaAtEnd(whole) && [VIOLENCE, SEXUAL, TOOK, INJURY_NOW, ABUSE_NOW].some((p) => anyMatch(p, whole)) && !isPastOnly(whole) && !anyMatch(HABIT, whole)) return true;
  // Opening with a plea counts only for what is happening ("help, neighbour uncle pulling off my clothes, I am 13"),
  // not "help, my husband beats me, what are my rights".
  if (tokenIn(PLEA_WORDS, whole[0]) && !isPast(whole)
    && ((isAboutChild(whole) && (anyMatch(SEXUAL, whole) || anyMatch(VIOLENCE, whole))) || anyMatch(INJURY_NOW, whole) || anyMatch(ABUSE_NOW, whole))) return true;
  // A weapon and her body, or now ("his belt buckle. my back. right now", "knife at my throat").
  if (anyMatch(WEAPON, whole) && (anyMatch(NOW_MARKS, whole) || anyMatch(ON_ME, whole)) && !isPast(whole)) return true;
  // "he's outside the door with the cricket bat", "outside with sticks, window broken, I'm in the store room".
  if (anyMatch(WEAPON, whole) && (anyMatch(AT_DOOR, whole) || anyMatch(OUTSIDE, whole)) && !isPastOnly(whole) && !anyMatch(HABIT, whole)) return true;
  // A child shut in by a man ("शादी के हॉल में जीजा ने मेरी 13 साल की बहन को बाथरूम में बंद कर लिया है").
  if (isAboutChild(whole) && (anyMatch(SHUT_IN, whole) || anyMatch(LOCKED, whole))
    && [ELDER, FAMILY_ABUSER, SOMEONE].some((p) => anyMatch(p, whole)) && !isPastOnly(whole) && !habitual(whole)) return true;
  // "he's touching my daughter, she is 12": a child touched, now by its form.
  if (isAboutChild(whole) && anyMatch(TOUCHING_NOW, whole) && !habitual(whole)) return true;
  // "kids are under the bed, he just smashed the glass table": hidden from him while he breaks things.
  if (anyMatch(UNDER_BED, whole) && (anyMatch(CRASH, whole) || anyMatch(SMASHED, whole)) && !anyMatch(HABIT, whole)) return true;
  // A maulvi or qazi arrived for a child ("the maulvi is here and they say I have to sign. I'm in class 8").
  if (anyMatch(OFFICIANT_HERE, whole) && isAboutChild(whole)) return true;
  // "uncle is in the room with my sister right now touching her".
  if (anyMatch(ELDER, whole) && anyMatch(SEXUAL, whole) && anyMatch(NOW_MARKS, whole) && !isPast(whole)) return true;
  // "mamu is in my room now, I am scared", "ماموں ابھی میرے کمرے میں ہے مجھے ڈر لگ رہا ہے".
  if (anyMatch(IN_MY_ROOM, whole) && anyMatch(NOW_MARKS, whole) && (anyMatch(FEAR, whole) || anyMatch(SEXUAL, whole)
    || (anyMatch(ELDER, whole) && isAboutChild(whole)))) return true;
  // "mama so rahi hai, chacha phir mere kamre me aa gaye": an uncle in her room again, her mother asleep.
  if (anyMatch(IN_MY_ROOM, whole) && anyMatch(ELDER, whole) && (anyMatch(HOUSE_ASLEEP, whole) || anyMatch(AGAIN, whole))
    && !anyMatch(LONG_AGO, whole) && !isPastOnlyStory(whole)) return true;
  // A child, and someone at her door or bed now, or her shut in a washroom from him.
  const child = isAboutChild(whole);
  // "help the tutor has locked my 9 year old in with him": a child shut in with someone, and a plea or now.
  if (child && anyMatch(LOCKED, whole) && [HELP, PLEA, NOW_MARKS, URGENT].some((p) => anyMatch(p, whole)) && !isPast(whole) && !anyMatch(PARENT, whole)) return true;
  if (child && (anyMatch(COMING_TO_HER, whole) || anyMatch(SHUT_IN, whole) || anyMatch(LOCKED, whole))
    && [NOW_MARKS, SOON, SEXUAL, HOUSE_ASLEEP, COMING_TO_HER].some((p) => anyMatch(p, whole))) return true;
  // A child undressed or touched by a man, seen now ("ایک آدمی ... بچی کے کپڑے اتار رہا ہے، میں نے ابھی دیکھا").
  if (child && anyMatch(SEXUAL, whole) && anyMatch(PROGRESSIVE, whole) && [NOW_MARKS, HELP, PLEA, URGENT].some((p) => anyMatch(p, whole))
    && (!isPast(whole) || anyMatch(PLEA, whole))) return true;
  // "plz help jaldi ... abhi chhoda h phir aa rha h": a plea in a hurry, about now, whatever the message tells of before.
  if ((anyMatch(HELP, whole) || anyMatch(PLEA, whole)) && anyMatch(URGENT, whole) && [NOW_MARKS, ARRIVING, IMMINENT].some((p) => anyMatch(p, whole))) return true;
  // A girl's own wedding today or now ("they are putting henna on my hands right now. baraat comes at 4. i am in 9th class").
  if (anyMatch(MARRIAGE, whole) && child && anyMatch(MINE, whole) && !isPast(whole) && anyMatch(SOON, whole)) return true;
  if (anyMatch(SHUT_IN, whole) && (anyMatch(FEAR, whole) || anyMatch(HELP, whole) || anyMatch(COMING_TO_HER, whole))) return true;
  // A witness: screams now, or silence after violence, or a crash behind a locked door.
  // Not "کل رات ... بہت مارا تھا، آج وہ خاموش ہے" (last night's beating; she is subdued today).
  if (anyMatch(WENT_QUIET, whole) && [VIOLENCE, SCREAMING, TOOK, CRASH].some((p) => anyMatch(p, whole))
    && (!isPast(whole) || whole.some((t) => /^(abhi|now|ab|suddenly|achanak|ابھی|اب|अभी|अब|अचानक|اچانک)$/.test(t.surface)))) return true;
  if (anyMatch(SCREAMING, whole) && [CRASH, NOW_MARKS, STILL, HEARD_NOW].some((p) => anyMatch(p, whole)) && !anyMatch(HABIT, whole) && !anyMatch(LONG_AGO, whole)) return true;
  if (anyMatch(FLED, whole) && anyMatch(NOW_MARKS, whole) && !isPastOnly(whole) && !safeNow(whole)) return true;
  if (anyMatch(ALONE_WITH, whole) && isAboutChild(whole) && (anyMatch(SEXUAL, whole) || anyMatch(VIOLENCE, whole))) return true;
  if (anyMatch(TAKEN_AWAY, whole) && anyMatch(AWAY_WHO, whole) && (anyMatch(SOON, whole) || anyMatch(NOW_MARKS, whole))) return true;
  if (anyMatch(NIGHT_VISITS, whole) && anyMatch(NOW_MARKS, whole) && !isPastOnlyStory(whole) && !anyMatch(LONG_AGO, whole)) return true;
  if (anyMatch(THROW_AWAY, whole) && (anyMatch(SOON, whole) || anyMatch(NOW_MARKS, whole))) return true;
  // "bathroom me chupi hu": hiding is now by its form, whatever else the message tells.
  if (anyMatch(HIDING, whole)) return true;
  const timed = anyMatch(SOON, whole) || anyMatch(NOW_MARKS, whole) || anyMatch(CLOCK, whole);
  if (anyMatch(SUMMONED, whole) && anyMatch(ALONE, whole) && timed) return true;
  if (anyMatch(BLACKMAIL, whole) && anyMatch(SUMMONED, whole)) return true;
  // A few words: "وہ آدمی دروازے پر ہے", "hes coming upstairs. im 11" (not "पापा शराब पीकर हम बच्चों को मारते हैं", a habit).
  if (whole.length <= 8 && (anyMatch(AT_DOOR, whole) || (anyMatch(IMMINENT, whole) && isAboutChild(whole) && !habitualPresent(whole)))) return true;
  // "wo abhi darwaze pe hai, mummy ghar pe nahi, wo mujhe ganda chhoota hai": the one who touches her at the door now.
  if (anyMatch(AT_DOOR, whole) && anyMatch(SEXUAL, whole) && (anyMatch(NOW_MARKS, whole) || anyMatch(MOTHER_AWAY, whole))) return true;
  // A message that tells the past is judged on its clauses about now ("he did this before. i am sitting outside
  // the door scared"); otherwise on the whole message.
  const scope = isPast(whole) ? clauses.filter(aboutNow).flat() : whole;
  if (scope.length === 0) return false;
  if (anyMatch(INJURY_NOW, scope)) return true;
  if (anyMatch(NOT_SAFE, scope)) return true;
  if (anyMatch(ABUSE_NOW, scope) && !habitual(whole)) return true;
  if (anyMatch(MISSING, scope) && isAboutChild(whole)) return true;
  if (anyMatch(VEHICLE, whole) && anyMatch(OFF_ROUTE, whole) && !isPastOnly(whole)) return true;
  // "7 months pregnant, he kicked my stomach an hour ago, now pains coming": the kick may be told in the past.
  if (anyMatch(PREGNANT, whole) && anyMatch(VIOLENCE, whole) && !anyMatch(LONG_AGO, whole)) return true;
  // Not "they threw me out with my baby, where can I stay tonight": a shelter to find, unless beaten or in the cold.
  if (anyMatch(THROWN_OUT, scope) && anyMatch(STRANDED, scope) && !(anyMatch(STAY_ASK, whole) && !anyMatch(VIOLENCE, whole) && !anyMatch(COLD, whole))) return true;
  if (anyMatch(FEAR, scope) && anyMatch(IMMINENT, scope)) return true;
  if ((anyMatch(ARRIVED, scope) || anyMatch(ARRIVING, scope)) && [DRUNK, FEAR, URGENT, HELP, CRASH].some((p) => anyMatch(p, scope))) return true;
  if (anyMatch(DRUNK, scope) && anyMatch(NO_LATCH, scope)) return true;
  if (anyMatch(HELP, scope) && (anyMatch(URGENT, scope) || anyMatch(IMMINENT, scope))) return true;
  if (anyMatch(ARRIVING, scope) && anyMatch(FAMILY_ABUSER, whole) && anyMatch(NOW_MARKS, scope)) return true;
  if (anyMatch(ASK, scope) && anyMatch(URGENT, scope)) return true;
  if (anyMatch(SCREAMING, scope) && (anyMatch(VIOLENCE, scope) || anyMatch(HELP, scope) || isAboutChild(scope)) && !anyMatch(HABIT, whole)) return true;
  if (anyMatch(PRESENT_NOW, scope) && (anyMatch(SEXUAL, whole) || anyMatch(VIOLENCE, whole) || isAboutChild(whole))) return true;
  return false;
}

/** "thanks", "I am safe now", "ok": the end of a crisis, not more of it. */
const SETTLED = compileAll([
  'thanks', 'thank you', 'thank u', 'thx', 'shukriya', 'dhanyavad', 'dhanyawad', 'धन्यवाद', 'शुक्रिया', 'شکریہ',
  'safe now', 'i am safe', 'im safe', 'ab theek', 'ab thik', 'अब ठीक', 'اب ٹھیک', 'mehfooz', 'सुरक्षित', 'محفوظ', '=ok', '=okay',
]);

/**
 * A short message soon after an emergency answer that still sounds like one ("hes back", "plz", "وہ اندر آ گیا",
 * "he broke the door"): panicked follow-ups are short and leave out what the first message said.
 */
export function stillInDanger(whole: Tok[]): boolean {
  if (whole.length === 0 || whole.length > 8 || (anyMatch(SETTLED, whole) && !whole.some(isNegation))) return false;
  return [HELP, URGENT, FEAR, ARRIVED, ABUSE_NOW, IMMINENT, PRESENT_NOW, HIDING, INJURY_NOW, VIOLENCE, NOW_MARKS, PLEA].some((p) => anyMatch(p, whole));
}

export { NOW_MARKS } from './imminent-lexicon.js';
