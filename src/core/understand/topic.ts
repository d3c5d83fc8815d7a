import { CHILD_MARRIAGE, DV, POCSO } from './lexicon-rights.js';
import { COUNSELLOR, HELPLINE, LEGAL_AID, OSC } from './lexicon-services.js';
import { DELETE, LANGUAGE, MENU, OTHER, SUBSCRIPTION } from './lexicon-commands.js';
import { ELDER, FAMILY_ABUSER, IN_MY_ROOM, isNegation, MARRIAGE, MOTHER, mentionsAge, OUT_OF_SIGHT, SEXUAL, TOOK, VIOLENCE } from './cues.js';
import { bareCry } from './emergency.js';
import { DANGER_THREAT, SELF_HARM_INTENT, SELF_HARM_NO_LIFE, SELF_HARM_NOUN } from './emergency-lexicon.js';
import { FATHER, MOTHER_OR_BOSS, OUTRIGHT_LAUGH, SMALL_REASON, THING } from './idiom-lexicon.js';
import { OFFICIANT_HERE, someoneTook } from './imminent.js';
import { HIDING, NIGHT_VISITS, SHUT_IN } from './imminent-lexicon.js';
import { anyMatch, compileAll, matchSpans, type Tok, tokenIn, type Weighted } from './matcher.js';
import type { Emergency, Topic } from './types.js';

const LEXICONS: ReadonlyArray<readonly [Topic, Weighted[]]> = [
  ['dv', DV], ['pocso', POCSO], ['child_marriage', CHILD_MARRIAGE], ['osc', OSC], ['counsellor', COUNSELLOR],
  ['helpline', HELPLINE], ['legal_aid', LEGAL_AID], ['delete', DELETE], ['language', LANGUAGE], ['menu', MENU],
  ['subscription', SUBSCRIPTION], ['other', OTHER],
];

// Tie-break order: the rights topics first, then services, then commands.
const PRIORITY: Topic[] = [
  'dv', 'pocso', 'child_marriage', 'osc', 'counsellor', 'legal_aid', 'helpline', 'delete', 'language',
  'subscription', 'menu', 'other',
];

const STOP_ALONE = compileAll(['stop', 'band', 'band karo', 'बंद', 'बंद करो', 'بند', 'بند کرو', 'ruko', 'bas', 'enough', 'cancel']);
const PROCESS = compileAll([
  'statement', 'bayan', 'बयान', 'بیان', 'medical', 'exam*', 'court', 'report*', 'complain*', 'fir', 'shikayat',
  'मेडिकल', 'میڈیکل', 'doctor', 'डॉक्टर', 'ڈاکٹر', 'jaanch', 'जांच', 'जाँच', 'جانچ', 'muayna', 'معائنہ',
  'adalat', 'अदालत', 'कोर्ट', 'عدالت', 'کورٹ', 'identity', 'pehchan', 'pehchaan', 'पहचान', 'پہچان', 'lady officer', 'woman officer',
  'خفیہ', 'गोपनीय', 'news', 'mahila officer', 'महिला अधिकारी', 'لیڈی افسر', 'خاتون افسر', 'accused', 'mulzim', 'आरोपी', 'ملزم', 'compensation', 'muavza', 'मुआवज़ा',
  'मुआवजा', 'معاوضہ', 'secret', 'गुप्त', 'chhupa', 'छुपा', 'چھپا', 'raaz', 'راز', 'publish*', 'newspaper',
  'media', 'akhbar', 'अख़बार', 'अखबार', 'اخبار', 'chhap*', 'छप*', 'چھپ*',
  'शिकायत', 'شکایت', 'police', 'पुलिस', 'پولیس', 'punish*', 'saza', 'सज़ा', 'سزا',
]);

// Not "years"/"saal": "shadi ko 3 saal hue" is how long she has been married. An age in numbers is mentionsAge.
const AGE_WORD = compileAll([
  'age', 'minimum', 'umar', 'umr', 'umra', 'उम्र', 'عمر', 'legal*', 'kanoonan', 'kanunan', 'कानूनन', 'قانوناً', 'قانونا',
  'allow', 'puberty', 'punish*', 'saza', 'सज़ा', 'سزا', 'بلوغت', 'baligh', 'بالغ', 'बालिग', 'jurm', 'crime', 'illegal', 'allowed', 'valid', 'under 18', 'before 18', 'below 18', '18 se pehle', '18 से पहले', '18 سے پہلے', 'जुर्म', 'अपराध', 'جرم', 'jaiz', 'جائز', 'जायज़',
]);
/** A child drawn in online or alone: gifts, photos asked for, "akele milne bula raha". */
const PREGNANT = compileAll(['pregnant', 'pregnancy', 'garbhvati', 'pet se', 'गर्भवती', 'प्रेग्नेंट', 'حاملہ', 'پیٹ سے']);
const GROOMING = compileAll([
  'meet alone', 'meet him alone', 'akele milne', 'akele mil*', 'अकेले मिलने', 'اکیلے ملنے', 'milne bula*', 'मिलने बुला*', 'ملنے بلا*',
  'gifts', 'gift bhej*', 'photos', 'blackmail*', 'sharing my', 'viral', 'वायरल', 'وائرل', 'tasveer*', 'तस्वीरें', 'تصویریں', 'instagram', 'insta', 'pics', 'asks + pics', 'dm', 'pubg', 'free fire', 'snapchat', 'online game',
]);
const SHELTER_ASK = compileAll([
  'sakhi centre', 'sakhi center', 'one stop', 'centre near', 'center near',
  'where do i go', 'where can i go', 'where should i go', 'kahan jaun', 'kahan jaaun', 'kaha jau', 'कहाँ जाऊँ', 'कहाँ जाऊं', 'कहां जाऊं', 'کہاں جاؤں',
  'shelter', 'panah', 'پناہ', 'आश्रय', 'shelter home', 'safe place', 'rehne ki jagah']);
const NUMBER_ASK = compileAll([
  'ambulance number', 'number pls', 'number plz', 'number of police', 'police number', 'emergency number',
  'other number', 'dusra number', 'doosra number', 'दूसरा नंबर', 'دوسرا نمبر', 'which number', 'kaunsa number', 'kaun sa number',
  'कौन सा नंबर', 'کون سا نمبر', 'childline number', 'helpline number', 'किस नंबर', 'kis number', 'کس نمبر', 'what number', 'number to call', 'number should', 'number batao', 'नंबर बताओ', 'نمبر بتاؤ', 'not picking up', 'lag nahi raha', 'लग नहीं रहा', 'نہیں لگ رہا',
]);

/** A wound he made: a split head, a kick to her pregnant belly ("حاملہ ہوں، اس نے پیٹ پر لات ماری، خون رک نہیں رہا"). */
const HEAD = compileAll([
  'sar phod*', 'sir phod*', 'सिर फोड़*', 'سر پھوڑ*', 'sar phat', 'sir phat', 'सिर फट', 'سر پھٹ', 'head is bleeding', 'head split', 'smashed my head', 'laat', 'लात', 'لات', 'kicked', 'pregnant', 'حاملہ',
  'गर्भवती',
]);
/** A story on screen, told by someone not in it ("watched a film where the wife gets stabbed"). */
// Not the news: a dowry burning in the news is asked about as DV ("news: woman burnt for dowry in jammu").
const STORY = compileAll(['short story', 'writing a story', 'kahani likh', 'कहानी लिख', 'کہانی لکھ', 'film', 'movie', 'web series', 'webseries', 'novel', 'scene', 'सीन', 'سین', '=tv', 'टीवी', 'ٹی وی', 'serial', 'drama', 'documentary', 'फिल्म', 'फ़िल्म', 'सीरियल', 'ڈرامے', 'ڈرامہ', 'فلم', 'سیریل']);
const LAW_ASK = compileAll(['still happen*', 'happens here', 'really happen*', 'सच में', 'sach me', 'واقعی', 'kya hota hai', 'क्या होता है', 'کیا ہوتا ہے',
  'asal me', 'asal mein', 'असल में', 'اصل میں', 'in real life', 'saza', 'सज़ा', 'सजा', 'سزا', 'punishment', 'crime', 'jurm', 'جرم', 'law', 'kanoon', 'कानून', 'قانون',
]);
const MY = compileAll(['my', 'mera', 'meri', 'mere', 'मेरा', 'मेरी', 'मेरे', 'میرا', 'میری', 'میرے', 'mujhe', 'मुझे', 'مجھے']);
const JOKE = compileAll(['cricket', 'کرکٹ', 'क्रिकेट', 'گیند', 'गेंद', 'stove', 'tawa', 'तवा', 'توا', 'cooking', 'while cooking', 'khana banate', 'blister', 'by mistake', 'accident',
  'traffic', 'ٹریفک', 'ट्रैफिक', 'boss', 'बॉस', 'باس','😂', '🤣', 'ہاہا', 'हाहा', 'hehe', 'bore ho', 'boredom', 'garmi ne', 'गर्मी ने', 'گرمی نے', 'hans ke', 'hanste hanste', 'हंस के', 'हँसते हँसते', 'ہنس کے', 'ہنستے ہنستے', 'lol', 'haha', 'hahaha', 'lmao', 'sharam se', 'शर्म से']);
const IF = compileAll(['agar', 'if', 'اگر', 'अगर']);
const LAWYER = compileAll(['lawyer', 'vakil', 'vakeel', 'वकील', 'وکیل', 'legal aid', 'advocate']);
const POCSO_NAME = compileAll(['pocso', 'posco', 'poxo', 'पॉक्सो', 'पोक्सो', 'پوکسو', 'پاکسو']);
const COUNSEL_ASK = compileAll(['counsel*', 'काउंसल*', 'کونسل*', 'talk to someone', 'किसी से बात', 'کسی سے بات']);
const TALK_ASK = compileAll([
  'baat karna chahti', 'baat karni hai', 'kisi se baat', 'किसी से बात', 'बात करना चाहती', 'बात करनी है', 'کسی سے بات', 'بات کرنا چاہتی',
  'بات کرنی ہے', 'talk to someone', 'talk to somebody', 'want to talk', 'need to talk',
]);
const FORCED = compileAll(['zabardasti', 'jabardasti', 'ज़बरदस्ती', 'जबरदस्ती', 'زبردستی', 'forced', 'forcing', 'by force', 'marrying me off', 'marry me off', 'against my will']);
/** A parent's "will kill me" over marks or a result: the idiom (its words are in idiom-lexicon.ts). */
const PARENT = [...FATHER, ...MOTHER];

const VENUE = compileAll(['shaadi hall', 'wedding hall', 'शादी के हॉल', 'शादी हॉल', 'شادی ہال', 'at a wedding', 'at the wedding']);
/** Taken to the groom's house ("ससुराल ले जाने के लिए", "لڑکے والے"). */
const TO_GROOM = compileAll([
  'sasural le ja*', 'ससुराल ले जा*', 'سسرال لے جا*', 'dulhe ke ghar', 'दूल्हे के घर', 'دولہے کے گھر', 'ladke wale', 'लड़के वाले', 'لڑکے والے',
]);
const A_MAN = /^(ek|koi|do|wo|woh|एक|कोई|दो|वो|ایک|کوئی|دو|وہ)$/;
const STRANGER = compileAll([
  // Not "koi" (someone): "bachao koi mujhe maar raha hai" is told of him at home as often as of a stranger.
  'warden', 'वार्डन', 'وارڈن', 'gaadi wala', 'گاڑی والا', 'गाड़ी वाला', 'auto wala', '3 ladke', 'teen ladke', 'तीन लड़के', 'تین لڑکے', 'ajnabi', 'अजनबी', 'some guy', 'a guy', 'do ladke', 'दो लड़के', 'बाइक वाले', 'bike wale', 'koi auto wala', 'do aadmi', 'दो आदमी', 'دو آدمی', 'anjaan', 'अनजान', 'انجان', 'driver', 'a man', 'two men', 'some men', 'stranger', 'strangers', 'stalker', 'some people', 'kuch log', 'wahi ladka', 'ek aadmi', 'koi aadmi', 'kuch ladke', 'कुछ लड़के', 'کچھ لڑکے', 'ek ladka', 'एक लड़का', 'एक लड़के', 'ایک لڑکا', 'कोई आदमी', 'کوئی آدمی',
  'कुछ लोग', 'एक आदमी', 'اجنبی', 'کچھ لوگ', 'پیچھا کرنے والا', 'ایک آدمی',
]);


/** Not family: a man, a teacher, a neighbour, an uncle, her brother's friend. With a child in danger, POCSO. */
const OUTSIDER = compileAll([
  'principal', 'प्रिंसिपल', 'پرنسپل', 'ड्राइवर', 'ڈرائیور', 'van wala', 'वैन वाला', 'auto wala', 'ऑटो वाला', 'man', 'uncle', 'coach', 'teacher', 'tutor', 'sir', 'master', 'maulvi', 'driver', 'neighbour', 'neighbor', 'stranger', 'friend',
  'aadmi', 'admi', 'padosi', 'dost', 'chacha', 'mamu', 'आदमी', 'अंकल', 'सर', 'मास्टर', 'टीचर', 'पड़ोसी', 'दोस्त', 'चाचा', 'मामा',
  'آدمی', 'انکل', 'سر', 'ماسٹر', 'استاد', 'پڑوسی', 'دوست', 'چچا', 'ماموں',
]);
const MESSAGE_WORD = compileAll([
  'message*', 'msg', 'msgs', 'sms', 'sandesh', 'संदेश', 'मैसेज', 'پیغام', 'پیغامات', 'میسج', 'notification*', 'update*', 'अपडेट*', 'اپڈیٹ*', 'اپ ڈیٹ*',
]);
/**
 * Asking what the bot can do, or to go back to its start: the menu in a longer message too. Not "options" or
 * "go back" alone ("what are my options", "I want to go back to my marital home" are about her case).
 */
const MENU_ASK = compileAll([
  'what can you do', 'what all things', 'what all you can do', 'what things you can do', 'what all can you', 'what all can this', 'what can this bot', 'what can this app', 'what do you do',
  'what can u do', 'how can you help', 'क्या कर सकती', 'kya kar sakti', 'کیا کر سکتی', 'کیا کر سکتے', 'क्या कर सकते हैं', 'wapas jao', 'वापस जाओ', 'واپس جاؤ', 'kya kya madad', 'kya madad kar sakte', 'kya kar sakte ho', 'क्या क्या मदद',
  'क्या मदद कर सकते', 'क्या कर सकते हो', 'किन चीज़ों में मदद', 'किन चीजों में मदद', 'kin cheezon', 'کن چیزوں میں مدد', 'what do you help with', 'کیا کیا مدد', 'کیا مدد کر سکت*', 'main menu', 'menu', 'मेनू', 'मेन्यू', 'مینو',
  'shuru karo', 'शुरू करो', 'شروع کرو', 'start karo', 'what can you help', 'مینیو', 'back to menu', 'back to main', 'main options', 'back to start', 'start again', 'shuru se', 'शुरू से', 'شروع سے', 'शुरू वाले', 'شروع والے',
]);
const ABUSE = compileAll(['harass*', 'ہراساں', 'हरास*', 'abus*', 'galat', 'गलत', 'غلط', 'shoshan', 'शोषण', 'استحصال', 'zyadti', 'زیادتی']);

export interface TopicFacts {
  child: boolean;
  district?: string;
  emergency: Emergency;
}

export interface TopicResult {
  topic: Topic;
  confidence: number;
}

/**
 * A lexicon's score: phrases and combinations add up, but one word counts once, at its best entry
 * ("counselling" is not also "counseling" and "counsel*"; "lawyers" not also "lawyer").
 */
function lexiconScores(toks: Tok[]): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  for (const [topic, entries] of LEXICONS) {
    let s = 0;
    const perWord = new Map<number, number>();
    for (const { pat, w } of entries) {
      const spans = matchSpans(pat, toks);
      if (!spans) continue;
      const [span] = spans;
      if (spans.length === 1 && span && span[0] === span[1] && w > 0) perWord.set(span[0], Math.max(perWord.get(span[0]) ?? 0, w));
      else s += w;
    }
    for (const w of perWord.values()) s += w;
    scores.set(topic, s);
  }
  return scores;
}

/** Scores every topic, adds the cross-lexicon rules (sexual + child = POCSO, ...), picks the best. */
export function scoreTopic(toks: Tok[], facts: TopicFacts): TopicResult {
  const sc = lexiconScores(toks);
  const add = (t: Topic, v: number) => sc.set(t, (sc.get(t) ?? 0) + v);
  const violence = anyMatch(VIOLENCE, toks);
  // "ek aadmi roz peecha karta hai": a man, not "mera aadmi" (her husband).
  const abuser = anyMatch(FAMILY_ABUSER, toks.filter((t, i) => !(/^(aadmi|admi|आदमी|آدمی)$/.test(t.surface) && A_MAN.test(toks[i - 1]?.surface ?? ''))));
  const sexual = anyMatch(SEXUAL, toks);
  // "رشتہ دار" is a relative, not a proposal.
  const wedToks = toks.filter((t, i) => !(/^(رشتہ|rishta|रिश्ता)$/.test(t.surface) && /^(دار|dar|दार)$/.test(toks[i + 1]?.surface ?? '')));
  const marriage = anyMatch(MARRIAGE, wedToks) && !marriageDenied(wedToks);

  // "ammi maar dalegi mujhe agar result bura aaya", "mar jaungi hans ke": a figure of speech, not violence.
  // Not when she asks what the law says in real life ("serial me pati ne biwi ko jala diya, asal me kya saza?").
  const story = anyMatch(STORY, toks) && !anyMatch(MY, toks) && !anyMatch(LAW_ASK, toks);
  // An outright laugh is a joke even about her mother-in-law ("will kill me if i burn the dal again haha").
  const joke = story || anyMatch(OUTRIGHT_LAUGH, toks) || (!abuser && (anyMatch(JOKE, toks) || (anyMatch(MOTHER, toks) && (anyMatch(IF, toks) || toks.some((t) => t.surface === 'literally')))
    || (anyMatch(PARENT, toks) && anyMatch(SMALL_REASON, toks))));
  if (violence && !joke) add('dv', 2);
  if (abuser && !story) add('dv', 2);
  if (violence && abuser) add('dv', 2);
  // An adult touched by a stranger on a bus is not POCSO ("pichle mahine ek ajnabi ne meri colleague ko bus me chheda tha").
  if (sexual && (facts.child || !anyMatch(STRANGER, toks))) add('pocso', facts.child ? 6 : 2);
  // "when I was 9 an older cousin touched me at a wedding": the wedding is where, not what.
  if (sexual && facts.child && marriage) add('pocso', 3);
  if (sexual && abuser && !facts.child) add('dv', 2);
  if (facts.child && anyMatch(PROCESS, toks) && !marriage) add('pocso', 2.5);
  // "abused as a child", "abusing a small girl": abuse of a child by someone outside the home reads as CSA.
  if (facts.child && anyMatch(ABUSE, toks) && !abuser && !marriage) add('pocso', 3);
  if (facts.child && anyMatch(GROOMING, toks) && !marriage) add('pocso', 4);
  if (anyMatch(ELDER, toks) && sexual && !abuser) add('pocso', 4);
  // "movie reminded me what uncle did when I was 8": an uncle and a child.
  if (anyMatch(ELDER, toks) && facts.child && !marriage && !abuser) add('pocso', 3);
  // A girl under 18 who is pregnant: sexual abuse of a child, and who must report it.
  if (facts.child && anyMatch(PREGNANT, toks) && !marriage) add('pocso', 5);
  if (marriage) add('child_marriage', facts.child ? 6 : 1.5);
  // "can a boy of 19 get married", "लड़का 19 का है लड़की 18 की, शादी हो सकती है": the legal age.
  // Not "is it a crime if my husband forces himself on me": her husband in the question makes it about him.
  // Not "she is 25 and will look like a beautiful bride": an age under the legal ones.
  if (marriage && (!abuser || facts.child) && (anyMatch(AGE_WORD, toks) || mentionsAge(toks, 10, 21))) add('child_marriage', 3);
  // The law named outright ("... भी पॉक्सो में आता है?").
  if (anyMatch(POCSO_NAME, toks) && !anyMatch(LAWYER, toks)) add('pocso', 4);
  // A child and a stranger, or someone outside the home who harasses her ("बेटी को स्कूल वैन वाला परेशान करता है").
  if (facts.child && !abuser && (anyMatch(STRANGER, toks) || (anyMatch(OUTSIDER, toks) && violence))) add('pocso', 3);
  // Someone who came to her room at night when she was a child ("बचपन में एक रिश्तेदार रात को कमरे में आता था").
  if ((facts.child || anyMatch(ELDER, toks)) && anyMatch(NIGHT_VISITS, toks)) add('pocso', 4);
  // "I don't want messages", "संदेश नहीं चाहिए": a message word with a negation is an opt-out.
  if (anyMatch(MESSAGE_WORD, toks) && toks.some(isNegation)) add('subscription', 4);
  // A district alone asks where to go; told with what happened, it is where (the news from Kupwara, her home in Sopore).
  if (facts.district) add('osc', violence || abuser || sexual || marriage ? 1 : 2.5);
  // A story on screen is not her asking for a counsellor ("a girl in the movie did suicide, felt sad").
  if (story) {
    // A film that made her cry, and she asks for counselling: still a counsellor.
    if (!anyMatch(COUNSEL_ASK, toks)) sc.set('counsellor', 0);
    sc.set('dv', 0);
    sc.set('child_marriage', 0);
  }
  // "बचपन में मेरे साथ गलत हुआ था, अब किसी से बात करना चाहती हूँ": she asks to talk, not how to report.
  // Not "मुझे किसी से बात नहीं करने देते" (he does not let her talk to anyone).
  if (anyMatch(TALK_ASK, toks) && !anyMatch(PROCESS, toks) && !toks.some(isNegation)) add('counsellor', 4);
  // "i tried to hang myself last year, better now but still have bad days": not now, still a counsellor's.
  // "he said if i ever go to my mothers house he will kill me": his threat, not now, is still about him.
  // Not a mother's, a boss's or an exam's ("yaar ye exams meri jaan le lenge").
  if (!joke && anyMatch(DANGER_THREAT, toks) && ![MOTHER_OR_BOSS, FATHER, THING].some((p) => anyMatch(p, toks))) add('dv', 2.5);
  if (!joke && (anyMatch(SELF_HARM_INTENT, toks) || anyMatch(SELF_HARM_NOUN, toks) || anyMatch(SELF_HARM_NO_LIFE, toks))) add('counsellor', 3);
  if (toks.length > 4) sc.set('menu', 0);
  if (anyMatch(MENU_ASK, toks) && toks.length <= 10) add('menu', 5);
  commands(toks, add);
  if (toks.length <= 3 && anyMatch(STOP_ALONE, toks)) add('subscription', 6);
  // "if a neighbour is beating his wife, which number do I call?": she asks for the number.
  if (anyMatch(NUMBER_ASK, toks)) add('helpline', 4);

  if (facts.emergency === 'self_harm') return { topic: 'counsellor', confidence: 0.95 };
  // A bare "help" keeps its everyday topic (the menu); its emergency answer comes anyway.
  if (facts.emergency === 'danger' && !bareCry(toks)) return { topic: dangerTopic(toks, facts, sc, { violence, abuser, marriage }), confidence: 0.9 };

  let best: Topic = 'other';
  let top = 0;
  let second = 0;
  for (const t of PRIORITY) {
    const v = sc.get(t) ?? 0;
    if (v > top) {
      second = top;
      top = v;
      best = t;
    } else if (v > second) second = v;
  }
  if (top < 2) return { topic: 'other', confidence: 0.3 };
  const margin = top / (top + second);
  return { topic: best, confidence: Math.round(Math.min(1, top / 6) * margin * 100) / 100 };
}

/**
 * Danger now: whose law it is. A child being married off is child marriage; a child taken or hurt by someone
 * outside the family (or sexually) is POCSO; swallowed pills with dizziness is self-harm first; else DV.
 */
function dangerTopic(toks: Tok[], facts: TopicFacts, sc: Map<Topic, number>, cue: { violence: boolean; abuser: boolean; marriage: boolean }): Topic {
  // Not "सिर फट गया, खून रुक नहीं रहा": a head wound is his doing.
  if ((anyMatch(SELF_HARM_INTENT, toks) || anyMatch(SELF_HARM_NOUN, toks)) && !anyMatch(HEAD, toks)) return 'counsellor';
  const score = (t: Topic) => sc.get(t) ?? 0;
  // What she asks for in the middle of it: "is any shelter open right now?", "112 isn't picking up, what other number?"
  if (score('osc') >= 4 && anyMatch(SHELTER_ASK, toks)) return 'osc';
  if (score('helpline') >= 4.5 && anyMatch(NUMBER_ASK, toks)) return 'helpline';
  if ((anyMatch(OFFICIANT_HERE, toks) || anyMatch(TO_GROOM, toks)) && facts.child) return 'child_marriage';
  // At a wedding, a child taken or shut in by a man is POCSO ("शादी के हॉल में जीजा ने मेरी 13 साल की बहन को बाथरूम में बंद कर लिया है").
  if (facts.child && anyMatch(VENUE, toks) && (someoneTook(toks) || anyMatch(SHUT_IN, toks) || anyMatch(SEXUAL, toks) || anyMatch(TOOK, toks))) return 'pocso';
  if (cue.marriage && facts.child) return 'child_marriage';
  // A stranger, and no family and no child in it ("two men forced me into a car", "the stalker is outside my door"):
  // not domestic violence.
  if (!facts.child && !cue.abuser && anyMatch(STRANGER, toks)) return 'other';
  // A child and a man she does not name ("koi aadmi abhi bacchi ko gali me kheench ke le gaya").
  if (facts.child && (anyMatch(STRANGER, toks) || someoneTook(toks))) return 'pocso';
  // A child hiding from an uncle or her father's friend at the bathroom door.
  if (anyMatch(ELDER, toks) && (anyMatch(SHUT_IN, toks) || anyMatch(HIDING, toks)) && !cue.abuser) return 'pocso';
  // A child taken out of sight, or touched: POCSO. A child beaten at home, or crying while he breaks the door: DV.
  if (facts.child && (anyMatch(SEXUAL, toks) || (anyMatch(TOOK, toks) && anyMatch(OUT_OF_SIGHT, toks)))) return 'pocso';
  // Written by the child herself: "mamu is in my room now, I am scared", "अंकल ... अभी छू रहा है".
  if (anyMatch(ELDER, toks) && (anyMatch(SEXUAL, toks) || anyMatch(IN_MY_ROOM, toks)) && !cue.abuser) return 'pocso';
  if (facts.child && anyMatch(OUTSIDER, toks) && !(cue.violence && cue.abuser)) return 'pocso';
  const best = (['dv', 'pocso', 'child_marriage'] as const).reduce((a, b) => (score(b) > score(a) ? b : a), 'dv' as Topic);
  // An adult's marriage in danger is violence at home ("my brother says he will finish me tonight for marrying Imran").
  // A forced marriage stays child marriage ("aaj hi zabardasti nikah kr rhe h bachao"), as the law that stops it.
  return best === 'child_marriage' && !facts.child && !anyMatch(FORCED, toks) ? 'dv' : best;
}

/**
 * What she asks the bot to do wins over what the message mentions: "घरेलू हिंसा के बारे में जो बताया वो सब डिलीट कर दो"
 * is a deletion, "Please switch to Hindi; I want to ask about the domestic violence law" a language change,
 * "मुख्य मेनू दिखाओ, हेल्पलाइन के अलावा क्या क्या है?" the menu, "Thanks, I reached the One Stop Centre safely" thanks.
 */
function commands(toks: Tok[], add: (t: Topic, v: number) => void): void {
  if (anyMatch(ERASE_VERB, toks) && anyMatch(ERASE_OBJECT, toks) && !anyMatch(KEEP_DATA, toks)) add('delete', 7);
  if (anyMatch(LANGUAGE_NAME, toks) && anyMatch(SWITCH_VERB, toks)) add('language', 7);
  if (anyMatch(MENU_CMD, toks)) add('menu', 7);
  if (anyMatch(SUBSCRIBE_CMD, toks)) add('subscription', 7);
  if (tokenIn(THANKS, toks[0]) && !anyMatch(QUESTION, toks)) add('other', 7);
}
const ERASE_VERB = compileAll([
  'delete', 'erase', 'wipe', 'mita do', 'mitao', 'mita dijiye', 'मिटा दो', 'मिटा दें', 'हटा दो', 'hata do', 'हटाओ', 'حذف', 'ختم کر دیں', 'مٹا دیں', 'ڈیلیٹ',
  'डिलीट', 'remove my', 'clear my', 'clear this',
]);
const ERASE_OBJECT = compileAll([
  'data', 'chat', 'messages', 'number', 'everything', 'details', 'conversation', 'history', 'sab', 'सब', 'سب', 'डेटा', 'ڈیٹا', 'जो बताया', 'jo likha',
  'जो लिखा', 'جو لکھا', 'baatein', 'बातें', 'باتیں', 'ڈیٹا',
]);
const KEEP_DATA = compileAll(['data mat', 'mat mitao', 'mat mitana', 'मत मिटाओ', 'dont delete', 'do not delete', 'نہ مٹائیں']);
const LANGUAGE_NAME = compileAll([
  'english', 'hindi', 'urdu', 'kashmiri', 'dogri', 'hinglish', 'tamil', 'bengali', 'telugu', 'punjabi', 'devanagari', 'अंग्रेज़ी', 'अंग्रेजी', 'हिंदी',
  'उर्दू', 'देवनागरी', 'انگریزی', 'ہندی', 'اردو', 'رسم الخط',
]);
const SWITCH_VERB = compileAll([
  'switch', 'change', 'continue in', 'badlo', 'badal do', 'बदलो', 'बदल दो', 'بدل دیں', 'بدلو', 'me baat karo', 'mein baat karo', 'में बात', 'میں بات',
  'me likho', 'में लिखो', 'میں لکھیں', 'میں لکھو',
]);
const MENU_CMD = compileAll([
  'all options', 'saare options', 'sare options', 'सारे विकल्प', 'سارے آپشن', 'main menu', 'menu dikhao', 'मेनू दिखाओ', 'مینو + دکھائیں', 'menu again',
  'what else can you', 'aur kya options', 'के अलावा क्या', 'کے علاوہ اور کیا', 'ke alawa aur kya', 'start over', 'what can this bot do',
  'list all the things', 'kya kya kar sakti', 'क्या-क्या पूछ सकती', 'options screen',
]);
const SUBSCRIBE_CMD = compileAll([
  'subscribe', 'stop + reminders', 'stop + updates', 'stop the weekly', 'یاد دہانیاں + بند', 'संदेश + बंद', 'messages rok do', 'messages + rok do',
  'updates + subscribe', 'bhejte rahein', 'بھیجتے رہیں',
]);
const THANKS = compileAll(['thanks', 'thank', 'shukriya', 'dhanyavad', 'dhanyawad', 'धन्यवाद', 'शुक्रिया', 'شکریہ', 'thankyou']);
const QUESTION = compileAll(['kya', 'क्या', 'کیا', 'how', 'what', 'can', 'kaise', 'कैसे', 'کیسے', 'where', 'kahan', 'कहाँ', 'کہاں', 'which']);

/** "shaadi nahi hui", "not married", "never married": the marriage that is not. */
function marriageDenied(toks: Tok[]): boolean {
  for (const p of MARRIAGE) {
    const spans = matchSpans(p, toks);
    if (!spans) continue;
    for (const [s, e] of spans) {
      const near = [toks[s - 1], toks[s - 2], toks[e + 1], toks[e + 2]].filter((t): t is Tok => !!t);
      if (!near.some(isNegation)) return false;
    }
  }
  return true;
}
