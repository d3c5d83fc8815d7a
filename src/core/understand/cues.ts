import { anyMatch, compileAll, type Tok } from './matcher.js';

/** Words meaning "child" or naming a minor relation; a 1–17 age also counts (see `mentionsMinorAge`). */
export const CHILD = compileAll([
  'child', 'children', 'childs', 'kid', 'kids', 'minor', 'minors', 'son', 'daughter*', 'niece', 'nephew',
  'baby', 'student', 'school*', 'दसवीं', 'बारहवीं', 'आठवीं', 'नौवीं', 'सातवीं', 'dasvi', 'barahvi', 'athvi', 'choti ladkiyon',
  'choti ladkiyo', 'छोटी लड़कियों', 'چھوٹی لڑکیوں', 'کم سن', 'kamsin', 'कमसिन', 'بچیوں', 'बच्चियों', 'my girl', 'my boy', 'sons', 'kids', 'chhatra', 'chatra', 'छात्रा', 'छात्र', 'طالبہ', 'طالب علم', 'شاگرد', 'shagird', 'schoolgirl', 'girl child', 'small girl', 'small boy', 'little girl', 'little boy',
  'little sister', 'little brother', 'chote bhai', 'chhote bhai', 'छोटे भाई', 'چھوٹے بھائی', 'کمسن', 'teenage*', 'underage', 'under age', 'juvenile', 'childhood', 'as a child',
  '=bachi', '=bachchi', '=bacchi', '=bacha', '=bachcha', '=baccha', '=bache', '=bachche', '=bachhe', '=bacche',
  'bachon', 'bachchon', 'chhoti ladki', 'choti ladki', 'chhoti behen', 'choti behan', 'chhoti bahan', 'छोटी लड़की', 'छोटी बहन',
  'چھوٹی لڑکی', 'چھوٹی بہن', '=munni', '=munna', '=gudiya', 'मुन्नी', 'मुन्ना', 'منی', 'منا', 'bhatiji', 'bhateeji', 'bhanji', 'bhaanji', 'bhatija', 'bhateeja', 'bhanja', 'भतीजा', 'भतीजे', 'भांजा', 'भांजे', 'بھتیجا', 'بھتیجے', 'بھانجا', 'بھانجے', '=beti', '=beta', '=bete', 'nabalig', 'nabaalig', 'naabalig', 'balak', 'balika', 'bachpan',
  'बच्ची', 'बच्चा', 'बच्चे', 'बच्चों', 'बेटी', 'बेटा', 'बेटे', 'नाबालिग', 'बालक', 'बालिका', 'बचपन', 'भतीजी', 'भांजी',
  'بچی', 'بچہ', 'بچے', 'بچوں', 'بیٹی', 'بیٹا', 'بیٹے', 'نابالغ', 'بچپن', 'بھتیجی', 'بھانجی',
]);

export const MARRIAGE = compileAll([
  '=marry', '=married', '=marries', '=marrying', '=marriages', '=marrid', '=maried', '=marryed', '=marying', '=marrige', '=mariage', '=marraige', '=mary',
  'marriage', 'wedding', 'wed', 'bride', 'nikah', 'nikaah',
  'shadiyan', 'shaadiyan', 'शादियां', 'शादियाँ', 'شادیاں', 'gauna', 'गौना', 'khandar', 'خاندر', 'engagement', 'engaged', 'sagai', 'mangni', 'सगाई', 'मंगनी', 'منگنی', 'rishta pakka', 'रिश्ता पक्का',
  // The wedding itself: the groom's party, the rounds of the fire, the canopy, the send-off.
  'groom', 'grooms', 'baraat', 'barat', 'pheras', 'phere', 'fere', 'mandap', 'dulha', 'dulhan', 'rukhsati', 'vidaai',
  'बारात', 'फेरे', 'मंडप', 'दूल्हा', 'दुल्हन', 'रुखसती', 'विदाई', 'بارات', 'دولہا', 'دلہن', 'رخصتی',
  'shadi', 'shaadi', 'shadee', 'vivah', 'vivaah', 'viyah', 'byah', 'biyah', 'byaah', 'rishta',
  'शादी', 'विवाह', 'ब्याह', 'निकाह', 'रिश्ता', 'रिश्ते', 'rishte', 'شادی', 'نکاح', 'بیاہ', 'رشتہ', 'رشتے',
]);

export const SEXUAL = compileAll([
  'sexual*', 'sex', 'molest*', 'rape*', 'raping', 'grope*', 'touch*', 'inappropriate*', 'porn*', 'nude*', 'naked',
  'private parts', 'bad touch', 'dirty messages', 'dirty msg*', 'dirty texts', 'dirty photos', 'obscene', 'grooming', 'fondl*', 'pervert*',
  'bad things', 'bad thing', 'wrong things', 'dirty things', 'gandi harkat', 'gandi harkatein', 'ganda kaam',
  'gandi baat*', 'गंदी हरकत', 'गंदा काम', 'گندی حرکت', 'گندا کام', 'galat harkat', 'galat kaam', 'saath galat', 'sath galat', 'साथ गलत', 'ساتھ غلط', 'galat kam', 'bura kaam', 'बुरा काम', 'برا کام', 'galat jagah', 'गलत जगह', 'غلط جگہ', 'haath lagate', 'हाथ लगाते', 'ہاتھ لگاتے', 'छूते', 'چھوتے', 'chhoote', 'galat kiya', 'गलत किया', 'غلط کیا', 'galat tarike', 'galat tareeke', 'ched*', 'chhed*', 'chedkhani',
  'yon', 'yaun', 'yon shoshan', 'yaun shoshan', 'balatkar', 'jinsi', 'zyadti', 'ziyadti', 'zyaadti', 'ashleel',
  'रेप', 'छेड़*', 'छेड़छाड़', 'गलत हरकत', 'गलत काम', 'गलत तरीके', 'यौन', 'बलात्कार', 'दुष्कर्म', 'अश्लील', 'छुआ', 'छूता', 'छुए', 'chua', 'chuta', 'chute', 'chuti', 'chhoo', 'chhona',
  'kapde utar*', 'kapde utaar*', 'कपड़े उतार*', 'کپڑے اتار*', 'undress*', 'clothes off', 'gande video*', 'ganda video*', 'गंदा वीडियो', 'گندا ویڈیو', 'dirty video*',
  'गंदे वीडियो', 'गंदी वीडियो', 'گندی ویڈیو', 'گندے ویڈیو',
  'down there', 'private part*', 'chhu raha', 'chhu rahe', 'छू रहा', 'छू रहे', 'چھو رہا', 'چھو رہے', 'गंदी बातें', 'گندی باتیں',
  'video bana*', 'वीडियो बना*', 'ویڈیو بنا*', 'photo leak', 'leak krne', 'leak karne', 'फोटो लीक', 'viral karne', 'वायरल करने',
  'makes me do things', 'make me do things', 'things i dont want', 'galat cheezein karwata', 'गलत चीज़ें करवाता', 'pulling off', 'pull off my', 'tearing my clothes', 'kapde phaad*', 'kapde faad*', 'कपड़े फाड़*', 'کپڑے پھاڑ*', 'कुकर्म', 'kukarm', 'بدفعلی',
  'dirty pictures', 'dirty pics', 'obscene pictures', 'obscene photos', 'into my bed', 'in my bed', 'got into my bed', 'mere bistar', 'मेरे बिस्तर', 'میرے بستر',
  'asking for photos', 'ask* for pics', 'photos without', 'without his shirt', 'without her clothes', 'photo maang*',
  'pic maang*', 'tasveer maang*', 'फोटो मांग*', 'फ़ोटो मांग*', 'تصویر مانگ*', 'تصویریں مانگ*',
  'gande message*', 'gande msg*', 'gandi tasveer*', 'गंदे मैसेज', 'गंदे मेसेज', 'गंदी तस्वीर*', 'گندے میسج', 'گندے پیغام', 'گندی تصویر*',
  'چھیڑ*', 'چھیڑچھاڑ', 'غلط حرکت', 'غلط کام', 'غلط طریقے', 'جنسی', 'زیادتی', 'زیادتی', 'عصمت دری', 'ریپ', 'فحش', 'چھوا', 'چھوتا',
]);

export const VIOLENCE = compileAll([
  'hit', 'hits', 'hitting', 'beat*', 'slap*', 'kick*', 'punch*', 'abus*', 'harass*', 'tortur*', 'assault*', 'threat*',
  'insult*', 'violen*', 'against the wall', 'deewar se', 'दीवार से', 'دیوار سے', 'hathoda mar*', 'ہتھوڑا مار*', 'हथौड़ा मार*', 'smash*', 'tod phod', 'तोड़ फोड़', 'توڑ پھوڑ', 'ko marna', 'ko maarna', 'को मारना', 'کو مارنا', 'stab*', 'chaku mara', 'चाकू मारा', 'چاقو مارا', 'goli mar*', 'गोली मार*', 'گولی مار*', 'burn*', 'choke*', 'choking', 'strangl*', 'attack*', 'hurt*', 'bruise*', 'dragged', 'acid',
  'tezaab', 'tezab', 'तेज़ाब', 'तेजाब', 'تیزاب', 'haath utha*', 'hath utha*', 'हाथ उठा*', 'ہاتھ اٹھا*',
  'gala daba*', 'gla daba*', 'गला दबा*', 'گلا دبا*', 'sar phod*', 'sir phod*', 'सिर फोड़*', 'سر پھوڑ*', 'haath tod*', 'hath tod*', 'हाथ तोड़*',
  'ہاتھ توڑ*', 'broke my arm', 'broke my hand', 'jalaya', 'jala diya', 'जलाया', 'जला दिया', 'جلایا', 'جلا دیا', 'dhakka', 'धक्का', 'دھکا', 'pushed', 'shoved',
  'ghasit*', 'घसीट*', 'گھسیٹ*', 'by my hair', 'by the hair', 'baalon se', 'balon se', 'बालों से', 'بالوں سے',
  '=mar', '=maar', 'marta', 'maarta', 'marti', 'maarti', 'marte', 'maarte', '=mara', '=maara', 'mari', 'maari',
  'marpeet', 'maarpeet', 'marpit', '=peet', 'peetta', 'peette', 'peetna', 'peetti', 'peeti', 'pitai', 'pitayi', 'gaali', 'gali', 'galiyan', 'tang', 'pareshan', 'utpidan', 'उत्पीड़*', 'हरास*', 'ہراساں', 'ہراسانی', 'ہراس*',
  'pareshaan', 'taane', 'tane', 'zulm', 'julm', 'hinsa', 'tashadud',
  'मार*', 'पीट*', 'पिटाई', 'गाली', 'गालियां', 'तंग', 'परेशान', 'ताने', 'ज़ुल्म', 'हिंसा', 'प्रताड़*', 'थप्पड़',
  'مار*', 'پیٹ*', 'پٹائی', 'گالی', 'گالیاں', 'تنگ', 'پریشان', 'طعنے', 'ظلم', 'تشدد', 'تھپڑ',
]);

export const FAMILY_ABUSER = compileAll([
  'husband*', 'सौहरे', 'sohre', 'damad', 'दामाद', 'داماد', 'husbnd', 'husbend', 'hasband', 'hubby', 'in-law*', 'in laws', 'inlaw*', 'mother in law', 'father in law', 'sister in law',
  'brother in law', 'son in law', 'jija', 'jeeja', 'jiju', 'bahnoi', 'behnoi', 'जीजा', 'बहनोई', 'جیجا', 'بہنوئی',
  'partner', 'boyfriend', '=fiance', '=fiancee', 'spouse', 'wife', 'pati', 'pathi', 'shohar', 'shauhar', 'khawind', 'khavind',
  'biwi', 'बीवी', 'ghar wala', 'gharwala', 'gharwale', 'mard', 'sasural', 'sasuraal', '=saas', '=sas', 'sasur', 'susar', 'nanad', 'devar', 'dever', 'deverji', 'dewar', 'jeth', 'jethani', '=admi', '=aadmi', 'gharwala',
  'पति', 'ससुराल', 'सास', 'ससुर', 'ननद', 'देवर', 'जेठ', 'शौहर', 'पत्नी',
  'شوہر', 'خاوند', 'سسرال', 'ساس', 'سسر', 'نند', 'دیور', 'جیٹھ', 'بیوی',
]);

const NEGATION = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'nobody',
  'nahi', 'nahin', 'nhi', 'nai', 'na', 'mat', 'kabhi', 'नहीं', 'नही', 'न', 'मत', 'कभी', 'نہیں', 'نہ', 'مت', 'نئیں', 'کبھی',
]);

export function isNegation(t: Tok): boolean {
  return NEGATION.has(t.surface);
}

/** Words that place an event in the past ("last year", "used to", "tha", "پچھلے"). */
export const PAST = compileAll([
  'last year', 'last month', 'last week', 'years ago', 'months ago', 'ago', 'yesterday', 'used to', 'was', 'were',
  'last eid', 'last diwali', 'last winter', 'last summer', 'last time', 'that day', 'that night', 'back in',
  'had', 'did', 'committed', 'in the past', 'earlier', 'childhood', 'as a child', 'when i was', 'back then', 'previously',
  '=tha', '=thi', '=pehle', '=pahle', '=pichle', '=pichhle', 'saal pehle', 'bachpan',
  'था', 'थी', 'थे', 'पहले', 'पिछले', 'बचपन', 'تھا', 'تھی', 'تھے', 'پہلے', 'پچھلے', 'بچپن',
]);

// "since yesterday", "kal se": still going on.
const ONGOING_FROM = /^(since|from|se|से|سے)$/;

export function isPast(toks: Tok[]): boolean {
  const kept = toks.filter((t, i) => !(/^(yesterday)$/.test(t.surface) && ONGOING_FROM.test(toks[i - 1]?.surface ?? ''))
    // "پچھلے کمرے میں" is the back room, not the past.
    && !(/^(pichle|pichhle|पिछले|پچھلے)$/.test(t.surface) && /^(kamre|kamra|room|कमरे|کمرے|darwaze|दरवाज़े|دروازے)$/.test(toks[i + 1]?.surface ?? '')));
  // A year ("overdosed in 2019") is the past.
  return anyMatch(PAST, kept) || toks.some((t) => /^(19[5-9]\d|20[0-2]\d)$/.test(t.surface));
}

const THIRD_PARTY = compileAll([
  'my sister', 'my friend', 'my daughter', 'my son', 'my niece', 'my nephew', 'my cousin', 'my neighbour',
  'my neighbor', 'my mother', 'my mom', 'my student', 'my colleague', 'a child i know', 'someone i know', 'her husband',
  'didi', 'दीदी', 'دیدی', 'my relative', 'my brother', 'friend', 'sister', 'son', 'daughter*', 'niece', 'nephew', 'cousin', 'neighbour', 'neighbor', 'behen', 'bahen', 'bahan', 'dost', 'saheli', 'padosi', 'padosan',
  'meri beti', 'mera beta', 'ammi', 'बहन', 'दोस्त', 'सहेली', 'पड़ोसी', 'पड़ोसन', 'मेरी बेटी', 'मेरा बेटा', 'भतीजी',
  'بہن', 'دوست', 'سہیلی', 'پڑوسی', 'میری بیٹی', 'میرا بیٹا', 'بھتیجی',
]);

export function isThirdParty(toks: Tok[]): boolean {
  return anyMatch(THIRD_PARTY, toks);
}

// Words before a number that make it an age ("aged 14", "she is 10", "at 15", "class 8", "a boy of 12").
const BEFORE_AGE = /^(age|aged|is|are|am|im|was|be|looks|look|around|about|shes|hes|turned|at|of|only|just|sirf|umar|umr|umra|class|grade|std|standard|kaksha|jamat|उम्र|कक्षा|सिर्फ|عمر|کلاس|جماعت|صرف)$/;
const YEAR_UNIT = /^(years?|yrs?|yr|saal|sal|baras|baris|varsh|साल|वर्ष|वर्षीय|बरस|سال|سالہ|برس)$/;
// After "N years": "old", "ki/ka" (15 saal ki ladki), "mein" (15 saal mein shadi) make it an age.
const AFTER_YEARS = /^(old|ki|ka|ke|k|mein|me|mai|की|का|के|में|کی|کا|کے|میں)$/;
const PERSON = /^(ladki|larki|ladka|larka|girl|boy|beti|beta|bachi|bacha|लड़की|लड़का|लडकी|लडका|बेटी|बेटा|بچی|بچہ|لڑکی|لڑکا|بیٹی|بیٹا)$/;
const RELATION = /^(sister|brother|daughter|son|niece|nephew|cousin|girl|boy|child|kid|student|behen|bahen|bahan|bhai|beti|beta|bachi|bacha|ladki|ladka|बहन|भाई|बेटी|बेटा|बच्ची|लड़की|बہن|بہن|بھائی|بیٹی|بیٹا|بچی|لڑکی)$/;
const NOT_YEARS = /^(months?|mahine|mahina|महीने|महीना|مہینے|weeks?|hafte|हफ्ते|ہفتے|days?|din|दिन|دن|pm|am|baje|बजे|بجے|hours?|ghante|घंटे|گھنٹے|mins?|minutes?|km|rs|rupees|kg|times|baar|बार|بار)$/;
const NUMBER_WORDS: Record<string, number> = {};
[
  ['one ek एक ایک', 1], ['two do दो دو', 2], ['three teen तीन تین', 3], ['four char चार چار', 4], ['five paanch panch पांच پانچ', 5],
  ['six chhe che छह छः چھ', 6], ['seven saat सात سات', 7], ['eight aath आठ آٹھ', 8], ['nine nau नौ نو', 9], ['ten das दस دس', 10],
  ['eleven gyarah gyara ग्यारह گیارہ', 11], ['twelve barah bara बारह بارہ', 12], ['thirteen terah tera तेरह تیرہ', 13],
  ['fourteen chaudah chauda चौदह چودہ', 14], ['fifteen pandrah pandra पंद्रह پندرہ', 15], ['sixteen solah sola सोलह سولہ', 16],
  ['seventeen satrah satra सत्रह سترہ', 17],
].forEach(([words, n]) => { for (const w of String(words).split(' ')) NUMBER_WORDS[w] = Number(n); });

function numberOf(t: Tok): { n: number; suffix: string; word: boolean } | undefined {
  const m = /^(\d{1,2})(yrs?|yo|y|st|nd|rd|th)?$/.exec(t.surface);
  if (m) return { n: Number(m[1]), suffix: m[2] ?? '', word: false };
  const w = NUMBER_WORDS[t.surface];
  return w === undefined ? undefined : { n: w, suffix: '', word: true };
}

/** True when a number 1..17 is used as an age or school class ("15 saal ki", "aged 14", "9yo", "10th class"). */
export function mentionsMinorAge(toks: Tok[]): boolean {
  return mentionsAge(toks, 1, 17);
}

/** True when a number in [min, max] is used as an age ("a boy of 19", "लड़की 18 की है", "meri shaadi 16 me hui"). */
export function mentionsAge(toks: Tok[], min: number, max: number): boolean {
  for (let i = 0; i < toks.length; i++) {
    const num = numberOf(toks[i] as Tok);
    if (!num || num.n < min || num.n > max) continue;
    const prev = toks[i - 1]?.surface ?? '';
    const next = toks[i + 1]?.surface ?? '';
    const next2 = toks[i + 2]?.surface ?? '';
    if (/^(yrs?|yo|y)$/.test(num.suffix)) return true;
    if (/^(class|grade|std|standard|कक्षा|کلاس)$/.test(next)) return true;
    // "main 8th me hu": a school class by its ordinal.
    if (/^(st|nd|rd|th)$/.test(num.suffix) && /^(me|mein|mai|में|میں|std)$/.test(next)) return true;
    // "im in 10th", "in 9th std": in a school class.
    if (/^(st|nd|rd|th)$/.test(num.suffix) && num.n <= 12 && /^(in|class)$/.test(prev)) return true;
    if (YEAR_UNIT.test(next) && (AFTER_YEARS.test(next2) || next2 === '')) return true;
    // "my 14 yr sister", "meri 12 saal behen": years, then the one they belong to.
    if (YEAR_UNIT.test(next) && RELATION.test(next2)) return true;
    // "17 saal 8 mahine ki", "ladki 17 saal": years and months, or a girl and her years.
    if (YEAR_UNIT.test(next) && (/^\d{1,2}$/.test(next2) || PERSON.test(prev))) return true;
    // "im 7 months pregnant", "at 5 pm": a number of months or an hour is not her age.
    if (!num.word && BEFORE_AGE.test(prev) && !YEAR_UNIT.test(next) && !NOT_YEARS.test(next)) return true;
    if (BEFORE_AGE.test(prev) && YEAR_UNIT.test(next) && !/^(ago|back|se|से|سے|pehle|पहले|پہلے)$/.test(next2)) return true;
    // "mai 16 ki hu", "मैं 15 की हूँ", "میں 14 کی ہوں".
    if (/^(ki|ka|की|का|کی|کا)$/.test(next) && /^(hu|hoon|hun|hai|h|he|hogi|hoga|हूँ|हूं|है|होगी|होगा|ہوں|ہے|ہوگی|ہوگا)$/.test(next2)) return true;
    // "लड़का 19 का है लड़की 18 की", "ladki 15 ki": a boy or girl and her number.
    if (!num.word && /^(ki|ka|की|का|کی|کا)$/.test(next) && PERSON.test(prev)) return true;
    // "boy 14 abused by neighbour": a boy or girl and a number.
    if (!num.word && PERSON.test(prev) && !/^(min|mins|minute|minutes|hour|hours|baje|बजे|km|rs|rupees|din|days)$/.test(next)) return true;
    // "meri shaadi 16 me hui", "15 mein nikah": an age at which something happened (teens only: "room 2 me").
    if (!num.word && num.n >= 10 && /^(me|mein|mai|में|میں)$/.test(next) && /^(hui|huyi|hua|kar|kardi|karna|karni|karwa|karwana|ho|hona|हुई|हुआ|कर|करना|करनी|करवा|करवाना|हो|tay|तय|طے|fix|ہوئی|ہوا|کر|کرنا|کروا|ہو)$/.test(next2)) return true;
  }
  return false;
}

export function isAboutChild(toks: Tok[]): boolean {
  return anyMatch(CHILD, toks) || mentionsMinorAge(toks);
}

/** A child taken somewhere by someone ("took my 8 yr old into the room", "बच्ची को खेत में ले गया", "لے گیا"). */
export const TOOK = compileAll([
  'took', 'taken', 'taking', 'drove off with', 'drove away with', 'drove off', 'dragged', 'dragging', 'pulled', 'pulling', 'grabbed', 'carried',
  'le gaya', 'le gya', 'le gayi', 'le gaye', 'le ja raha', 'le jaa raha', 'utha le gaya', 'utha ke le', 'kheench ke', 'ghasit',
  'ले गया', 'ले गई', 'ले गए', 'ले जा रहा', 'ले जा रहे', 'le ja rahe', 'le jaa rahe', 'لے جا رہے', 'उठा ले जा', 'utha le ja', 'اٹھا لے جا', 'उठा ले गया', 'खींच के', 'खींच कर', 'घसीट', 'لے گیا', 'لے گئی', 'لے گئے', 'لے جا رہا',
  'اٹھا لے گیا', 'کھینچ کر', 'کھینچ کے', 'گھسیٹ',
]);
/** Where nobody sees, or by force: a room he locked, a field, a garden, his shop, his car. */
export const OUT_OF_SIGHT = compileAll([
  'room', 'locked', 'kamre', 'kamra', 'kundi', 'darwaza band', 'khet', 'field', 'fields', 'garden', 'bagh', 'jungle', 'jangal',
  'forest', 'bike', 'scooty', 'motorcycle', 'बाइक', 'بائیک', 'roof', 'terrace', 'upstairs', 'store room', 'van', 'chhat', 'chhath', 'छत', 'چھت', 'sunsaan', 'into his', 'his house', 'his home', 'apne ghar', 'उसके घर', 'अपने घर', 'اپنے گھر', 'khet*', 'खेतों', 'کھیتوں', 'shop', 'dukaan', 'dukan', 'car', 'gaadi', 'zabardasti', 'jabardasti', 'by force', 'forcibly',
  'कमरे', 'कमरा', 'खेत', 'बाग', 'जंगल', 'सुनसान', 'दुकान', 'गाड़ी', 'ज़बरदस्ती', 'जबरदस्ती',
  'کمرے', 'کمرہ', 'کنڈی', 'کھیت', 'باغ', 'جنگل', 'سنسان', 'دکان', 'گاڑی', 'زبردستی',
]);

/** The men a child names: an uncle, her tuition teacher, her brother's friend. */
export const ELDER = compileAll([
  'sautela', 'सौतेला', 'سوتیلا', 'stepfather', 'step father', 'step dad', 'stepdad',
  'uncle', 'papa ke dost', 'papa ka dost', 'fathers friend', 'abbu ke dost', 'पापा के दोस्त', 'ابو کے دوست', 'mamu', 'mama ji', 'chacha', 'chachu', 'tauji', 'tuition', 'coach', 'अंकल', 'मामा', 'चाचा', 'ताऊ', 'ट्यूशन', 'انکل', 'ماموں', 'چچا', 'ٹیوشن',
]);

/** Someone in her room ("mamu is in my room now"). */
export const IN_MY_ROOM = compileAll(['in my room', 'mere kamre', 'मेरे कमरे', 'میرے کمرے']);
/** Her mother, in the idiom "my mother will kill me if ...". */
export const MOTHER = compileAll(['ammi', 'amma', 'mummy', 'mom', 'mother', 'maa', 'امی', 'اماں', 'मम्मी', 'माँ', 'मां', 'अम्मी']);
