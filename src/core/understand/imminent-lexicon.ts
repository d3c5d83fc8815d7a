import { compileAll } from './matcher.js';

/** Word lists for imminent.ts (danger read from the whole message). */

export const FEAR = compileAll([
  'scared', 'afraid', 'terrified', 'frightened', 'fear for my life', 'panicking',
  'dar lag', 'darr lag', 'dar lg', 'darr lg', 'dar rahi', 'darr rahi', 'dar raha', 'ghabra rahi', 'ghabrahat',
  'डर लग', 'डर रही', 'डर रहा', 'घबरा रही', 'घबराहट', 'ڈر لگ', 'ڈر رہی', 'ڈر رہا', 'گھبرا رہی', 'گھبراہٹ',
  'dari hui', 'dari huyi', 'sehmi hui', 'डरी हुई', 'सहमी हुई', 'ڈری ہوئی', 'سہمی ہوئی',
]);

/** Something about to happen, or happening around her now. */
export const IMMINENT = compileAll([
  'he is coming', 'hes coming', 'they are coming', 'theyre coming', 'coming home', 'coming back', 'coming here',
  'coming for me', 'on his way', 'on their way', 'on the way', 'tonight', 'right now', 'outside my', 'outside the door',
  'outside the house', 'standing outside', 'waiting outside', 'door', 'drunk', 'any moment', 'aa raha', 'aa rahe',
  'aane wala', 'aane wale', 'aaj raat', 'abhi', 'aa rahi', 'aa gaya', 'bahar khada', 'bahar khade', 'darwaza', '=sharab', 'sharaab', 'nashe',
  'आ रहा', 'आ रहे', 'आने वाला', 'आने वाले', 'आज रात', 'अभी', 'बाहर खड़ा', 'बाहर खड़े', 'दरवाज़ा', 'दरवाजा', 'शराब', 'नशे',
  'آ رہا', 'آ رہے', 'آنے والا', 'آنے والے', 'آج رات', 'ابھی', 'باہر کھڑا', 'باہر کھڑے', 'دروازہ', 'شراب', 'نشے',
]);

/** Hurt now, needing care. */
export const INJURY_NOW = compileAll([
  // Treatment kept from her now ("ससुराल वाले डॉक्टर को इलाज नहीं करने दे रहे").
  'wont let doctors', 'not letting doctors', 'ilaaj mat karo', 'ilaaj nahi karne', 'इलाज नहीं करने दे', 'علاج نہیں کرنے دے', 'अस्पताल नहीं ले जा रहे',
  'hospital nahi le ja rahe', 'ہسپتال نہیں لے جا رہے', 'dard shuru ho gaya', 'दर्द शुरू हो गया', 'درد شروع ہو گیا',
  'haath jal gaya',
  'i am bleeding', 'im bleeding', 'bleeding a lot', 'bleeding badly', 'cant breathe', 'cannot breathe', 'unconscious',
  'khoon nahi ruk', 'खून नहीं रुक', 'خون نہیں رک', 'sar se khoon', 'सिर से खून', 'سر سے خون',
  'khoon beh', 'khoon nikal', 'behosh', 'saans nahi aa', 'खून बह', 'खून निकल', 'बेहोश', 'सांस नहीं आ',
  'خون بہ', 'خون نکل', 'بے ہوش', 'بیہوش', 'سانس نہیں آ',
  'vomiting', 'ulti ho rahi', 'उल्टी हो रही', 'الٹی ہو رہی', 'do do dikh', 'दो दो दिख', 'sunn ho', 'सुन्न हो', 'سن ہو',
  'numb', 'spinning', 'cant feel my', 'cannot feel my', 'pains coming', 'labour pain', 'paani nikal', 'पानी निकल', 'پانی نکل',
  'saans theek se nahi', 'सांस ठीक से नहीं', 'سانس ٹھیک سے نہیں', 'mixed something in my', 'chai me kuch mila',
  'चाय में कुछ मिला', 'چائے میں کچھ ملا', 'and bleeding', 'khoon bhi', 'خون بھی',
  'stabbed + bleeding', 'stab* + bleeding', 'chaku + khoon', 'चाकू + खून', 'چاقو + خون', 'is bleeding', 'are bleeding', 'bleeding from', 'blood coming', 'blood is coming', 'there is blood', 'lot of blood',
  'bahut khoon', 'बहुत खून', 'بہت خون', '=bleeding', 'aag laga di', 'आग लगा दी', 'آگ لگا دی', 'set fire to', 'set the room on fire', 'sar phat gya', 'khoon hi khoon', 'खून ही खून', 'خون ہی خون', 'aankh se khoon',
  'आँख से खून', 'آنکھ سے خون', 'saans nai', 'sans nai', 'saans nhi aa', 'lots of blood', 'so much blood', 'blood everywhere', 'not breathing', 'isnt breathing',
  'saans nahi le rahi', 'सांस नहीं ले रही', 'سانس نہیں لے رہی', 'stop bleeding', 'wont stop bleeding', 'blood + wont stop', 'khoon + nahi ruk', 'खून + नहीं रुक', 'خون + نہیں رک', 'ulti aur chakkar',
  'chakkar aa rahe', 'चक्कर आ रहे', 'چکر آ رہے', 'saans nhi', 'saans nahi le', 'sans nahi le',
  'सांस नहीं ले', 'سانس نہیں لے', 'threw acid', 'thrown acid', 'acid phenk*', 'tezaab phenk*', 'tezab phenk*', 'तेज़ाब फेंक*', 'तेजाब फेंक*',
  'تیزاب پھینک*', 'face is burning', 'skin is burning', 'jal rahi hu', 'jal rahi hoon', 'जल रही हूँ', 'जल रही हूं', 'جل رہی ہوں', 'khoon aa raha', 'खून आ रहा', 'خون آ رہا',
  'hath jal gaya', 'haath jal gya', 'हाथ जल गया', 'ہاتھ جل گیا',
  'saans ukhad', 'सांस उखड़', 'سانس اکھڑ', 'garam tel + phenk*', 'गरम तेल + फेंक*', 'گرم تیل + پھینک*', 'hot oil + threw', 'skin utar gayi',
  'khaal utar gayi', 'खाल उतर गई', 'کھال اتر گئی', 'feel dizzy', 'feeling dizzy', 'broke my arm', 'broke my hand', 'broke my leg', 'chakkar aa raha', 'sar phat gaya', 'sir phat gaya', 'haddi toot',
  'चक्कर आ रहा', 'सिर फट गया', 'हड्डी टूट', 'چکر آ رہا', 'سر پھٹ گیا', 'ہڈی ٹوٹ',
]);

export const FORCED_MARRIAGE = compileAll([
  'forcing me to marry', 'force me to marry', 'forced to marry', 'forcing me into marriage', 'marrying me off',
  'zabardasti + shaadi', 'zabardasti + shadi', 'jabardasti + shaadi', 'jabardasti + shadi', 'zabardasti + nikah',
  'ज़बरदस्ती + शादी', 'जबरदस्ती + शादी', 'زبردستی + شادی', 'زبردستی + نکاح',
  'marry me off', 'marrying my sister off', 'marrying my daughter off', 'marrying her off', 'zabardasti shaadi', 'zabardasti shadi', 'jabardasti shaadi', 'jabardasti shadi', 'zabardasti nikah',
  'meri shaadi kar rahe', 'meri shadi kar rahe', 'meri shaadi karwa rahe', 'meri shadi karwa rahe',
  'जबरदस्ती शादी', 'ज़बरदस्ती शादी', 'मेरी शादी कर रहे', 'मेरी शादी करवा रहे', 'ज़बरदस्ती निकाह',
  'زبردستی شادی', 'زبردستی نکاح', 'میری شادی کر رہے', 'میری شادی کروا رہے',
]);

/** Within days ("kal" is tomorrow here: a forced marriage that happened yesterday is told in the past tense). */
export const SOON = compileAll([
  // Not "next week" or "next month": every labelled set calls a wedding then something to stop, not an emergency.
  'tomorrow', 'tonight', 'tonite', 'tonyt', 'today', 'this week', 'in two days', 'in a few days', 'day after',
  'this monday', 'this tuesday', 'this wednesday', 'this thursday', 'this friday', 'this saturday', 'this sunday',
  'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
  'is ravivar', 'isi ravivar', 'is itwar', 'is somvar', 'is mangalvar', 'is budhvar', 'is guruvar', 'is shukravar',
  'is shanivar', 'is jumme', 'इस रविवार', 'इसी रविवार', 'इस इतवार', 'इस सोमवार', 'इस मंगलवार', 'इस बुधवार', 'इस गुरुवार',
  'इस शुक्रवार', 'इसी शुक्रवार', 'इस शनिवार', 'اس اتوار', 'اس پیر', 'اس منگل', 'اس بدھ', 'اس جمعرات', 'اس جمعہ',
  'this afternoon', 'this evening', 'this morning', 'aaj shaam', 'aaj dopahar', 'आज शाम', 'आज दोपहर', 'آج شام', 'آج دوپہر',
  'hone wale hain', 'hone wale', 'होने वाले', 'ہونے والے', 'about to start', 'about to begin', 'within the hour', 'in an hour', 'in one hour', 'in 1 hour', 'in 2 hours', 'in few hours', 'in a few hours', '1 ghante', '2 ghante', 'ek ghante', 'एक घंटे', 'ایک گھنٹے', 'aaj hi', 'आज ही', 'آج ہی',
  '=kal', '=aaj', 'parso', 'parson', 'is hafte', 'kuch din', 'कल', 'आज', 'परसों', 'इस हफ्ते', 'कुछ दिन',
  'کل', 'آج', 'پرسوں', 'اس ہفتے', 'کچھ دن',
]);

/** Her own (or her child's) marriage, not a question about marriages in general. */
export const MINE = compileAll([
  'my', 'me', '=main', '=mai', 'meri', 'mera', 'mere', 'mujhe', 'मेरी', 'मेरा', 'मेरे', 'मुझे', 'मैं', 'میری', 'میرا', 'میرے', 'مجھے',
]);

/** The abuser is with her now. */
export const PRESENT_NOW = compileAll([
  'he is in her room', 'in her room right now', 'uske kamre mein hai', 'उसके कमरे में है', 'اس کے کمرے میں ہے',
  'he is here', 'hes here', 'he is in the house', 'he is at home', 'he is in my room', 'they are here',
  'bahar khada hai', 'bahar khada h', 'बाहर खड़ा है', 'باہر کھڑا ہے', 'still outside', 'hes outside', 'he is outside', 'standing outside',
  'woh yahan hai', 'wo yahan hai', 'woh yaha hai', 'wo yaha hai', 'ghar mein hai abhi', 'ghar pe hai abhi',
  'वो यहाँ है', 'वो यहां है', 'वह यहाँ है', 'वह यहां है', 'وہ یہاں ہے', 'وہ گھر میں ہے',
]);

/** Hiding from him, now. */
export const HIDING = compileAll([
  'hiding from', 'hiding in', 'im hiding', 'i am hiding', 'chhupi hui', 'chupi hui', 'chhup gayi', 'chup gayi',
  'chupi hu', 'chhupi hu', 'chupi hoon', 'chhupi hoon', 'chhupi hai', 'chupi hai', 'छुपी है', 'چھپی ہے', 'छिपी हूँ', 'छिपी हूं', 'chhipi hu', 'chupna hai', 'chhupna hai', 'छुपना है', 'چھپنا ہے', 'need to hide', 'bolted from inside', 'kundi laga', 'कुंडी लगा',
  'छुपी हुई', 'छिपी हुई', 'छुप गई', 'छिप गई', 'छुपी हूँ', 'छुपी हूं', 'چھپی ہوئی', 'چھپ گئی', 'چھپی ہوں', 'کنڈی لگا',
]);

/** A plea with urgency ("मदद करो जल्दी", "hes coming back help"). */
export const HELP = compileAll([
  'help', 'hlp', 'madad', 'मदद', 'مدد', 'sahayata', 'सहायता', 'koi aao', 'कोई आओ', 'کوئی آؤ', 'kisi ko bhejo', 'किसी को भेजो',
  'کسی کو بھیجو', 'send someone', 'can they come now', 'koi aaye', 'koi aa jaye', 'कोई आए', 'कोई आ जाए', 'کوئی آئے', 'کوئی آ جائے',
  'who can stop', 'stop it right now', 'kaun rokega', 'कौन रोकेगा', 'کون روکے گا',
]);
/** "What do I do" counts as a plea only with urgency ("میں کیا کروں جلدی بتاؤ"). */
export const ASK = compileAll([
  'what do i do', 'what should i do', 'tell me what to do', 'kya karu', 'kya karun', 'kya kru', 'क्या करूँ', 'क्या करूं', 'کیا کروں',
]);
export const URGENT = compileAll([
  'jaldi', 'jldi', 'fast', 'quick', 'quickly', 'hurry', '=rn', 'asap', 'urgent', 'turant', 'fauran', 'जल्दी', 'तुरंत',
  'فوراً', 'فورا', 'جلدی',
]);

/** Being taken away: to another city or village, tonight or tomorrow, by an "agent" or by family for a marriage. */
export const TAKEN_AWAY = compileAll([
  'taking her alone', 'taking her to', 'taking my daughter to', 'taking my sister to',
  'bhej rahe', 'bhej denge', 'भेज रहे', 'भेज देंगे', 'بھیج رہے', 'بھیج دیں گے', 'sending me to', 'send me to',
  'le jayega', 'le jayenge', 'le ja rahe', 'le jaa rahe', 'le ja raha', 'le jaa raha', 'le jaenge', 'ले जा रहा', 'لے جا رہا', 'taking me to', 'take me to', 'ले जाएगा', 'ले जाएंगे',
  'ले जा रहे', 'لے جائے گا', 'لے جائیں گے', 'لے جا رہے',
]);
export const AWAY_WHO = compileAll([
  'village', 'to his village', 'alone',
  'agent', 'dalal', 'दलाल', 'دلال', 'doosre gaon', 'dusre gaon', 'दूसरे गांव', 'دوسرے گاؤں', 'another city', 'other city',
  'doosre shehar', 'दूसरे शहर', 'دوسرے شہر', 'groom*', 'dulha', 'दूल्हा', 'دولہا', 'sasural', 'ससुराल', 'سسرال', 'zabardasti', 'ज़बरदस्ती', 'زبردستی', 'by force', 'naukri', 'नौकरी', 'نوکری', 'relative', 'delhi', 'दिल्ली', 'دہلی', 'bus stand', 'bus adda', 'station', 'nikah', 'shaadi', 'shadi', 'शादी', 'نکاح', 'شادی',
]);

/**
 * Abuse happening to her now, in the words people use for it ("wo abhi galat kar raha", "pakad liya hai chhod
 * nahi raha", "he locked the door and is touching me"): counted in a clause about now.
 */
export const ABUSE_NOW = compileAll([
  'at my throat', 'gale pe chaku', 'गले पर चाकू', 'گلے پر چاقو', 'kapde phaad raha', 'kapde faad rha', 'kapde faad raha',
  'कपड़े फाड़ रहा', 'کپڑے پھاڑ رہا', 'on my throat', 'hands on my throat', 'gale pe haath', 'गले पर हाथ', 'گلے پر ہاتھ', 'galat kr rha', 'galat kr rhe', 'galat kar rha', 'ghalat kar raha', 'galat kar raha', 'galat kar rahe', 'गलत कर रहा', 'गलत कर रहे', 'غلط کر رہا', 'غلط کر رہے', 'doing wrong things',
  'touching me', 'chhod nahi raha', 'chhod nahi rahe', 'chod nahi raha', 'छोड़ नहीं रहा', 'छोड़ नहीं रहे', 'چھوڑ نہیں رہا',
  'pakad liya', 'पकड़ लिया', 'پکڑ لیا', 'ghus gaya', 'घुस गया', 'گھس گیا', 'came inside my room', 'came into my room',
  'came in my room', 'locked the door', 'darwaza band kar diya', 'दरवाज़ा बंद कर दिया', 'दरवाजा बंद कर दिया',
  'دروازہ بند کر دیا', 'wont let me get off', 'not letting me get off', 'utarne nahi de', 'उतरने नहीं दे', 'اترنے نہیں دے',
  'darwaza khatkhata', 'दरवाज़ा खटखटा', 'दरवाजा खटखटा', 'دروازہ کھٹکھٹا', 'andar aa gaya', 'अंदर आ गया', 'اندر آ گیا',
  'gate tod*', 'गेट तोड़*', 'گیٹ توڑ*', 'breaking the gate', 'hands around + neck', 'bolted from outside',
  'locked from outside', 'bahar se band', 'bahar se taala', 'बाहर से बंद', 'बाहर से ताला', 'باہر سے بند', 'باہر سے تالا',
  'kheench kar le gaya', 'kheench ke le gaya', 'खींच कर ले गया', 'खींच के ले गया', 'کھینچ کر لے گیا', 'dragged her into',
  'pulled her into', 'right behind me', 'followed me all the way', 'has followed me', 'master key',
  'zabardasti karne ki koshish', 'ज़बरदस्ती करने की कोशिश', 'जबरदस्ती करने की कोशिश', 'زبردستی کرنے کی کوشش',
  'tried to force himself', 'hear her crying', 'crying through the wall', 'ghus aya', 'ghus aaya', 'घुस आया', 'گھس آیا', 'cornered me', 'standing in the door', 'blocking the door',
  'rasta rok', 'रास्ता रोक', 'راستہ روک', 'putting his hand', 'hand on her', 'haath laga raha', 'हाथ लगा रहा', 'ہاتھ لگا رہا',
  'hitting me with', 'beating me with', 'wont let me get up', 'rok kar baitha', 'रोक कर बैठा', 'روک کر بیٹھا',
  'kamre mein le gaya', 'kamre me le gaya', 'कमरे में ले गया', 'کمرے میں لے گیا', 'took her into the room',
  'takiye se daba', 'तकिये से दबा', 'تکیے سے دبا', 'smother', 'harm my baby', 'hurt my baby',
  'gaadi me bitha', 'gaadi mein bitha', 'गाड़ी में बिठा', 'گاڑی میں بٹھا', 'bike par bitha', 'बाइक पर बिठा', 'بائیک پر بٹھا',
  'into a car', 'into his car', 'into the car', 'gaadi me daal', 'gaadi mein daal', 'गाड़ी में डाल', 'گاڑی میں ڈال',
  'kamre mein le gaye', 'kamre me le gaye', 'कमरे में ले गए', 'کمرے میں لے گئے', 'utha ke le gaya', 'utha le gaya',
  'uthake le gaya', 'उठा के ले गया', 'उठा कर ले गया', 'اٹھا کے لے گیا', 'اٹھا کر لے گیا',
]);

/** In a taxi or bus taken off the way ("cab driver left the main road", "غلط راستے پر لے جا رہا ہے"). */
export const VEHICLE = compileAll(['truck', 'shikara', 'shikare', 'boat', 'car', 'taxi', 'cab', 'driver', 'auto', 'bus', 'conductor', 'gaadi', 'गाड़ी', 'टैक्सी', 'ٹیکسی', 'گاڑی', 'ڈرائیور']);
export const OFF_ROUTE = compileAll([
  'not stopping', 'driving past', 'wrong route', 'wrong road', 'wrong way', 'left the main road', 'doors wont open', 'door wont open', 'wont stop the car',
  'ruk nahi raha', 'ruk nahi rha', 'रुक नहीं रहा', 'رک نہیں رہا', 'sunsaan', 'सुनसान', 'سنسان', 'wont row back', 'turned off the highway', 'off the highway', 'locked the doors', 'raasta nahi pata', 'rasta nahi pata', 'रास्ता नहीं पता', 'راستہ نہیں پتا',
  'anjaan gaadi', 'अनजान गाड़ी', 'انجان گاڑی', 'galat raste', 'गलत रास्ते', 'غلط راستے', 'gaadi nahi rok', 'गाड़ी नहीं रोक', 'گاڑی نہیں روک',
]);

/** On his way to her now ("my husband ... is on his way here", "وہ اپنے بھائیوں کے ساتھ آ رہا ہے"). */
export const ARRIVING = compileAll([
  'meri taraf aa raha', 'meri taraf aa rha', 'मेरी तरफ आ रहा', 'میری طرف آ رہا', 'coming towards me', 'coming at me',
  'on his way', 'on their way', 'coming here', 'coming to my', 'raaste mein', 'raste mein', 'रास्ते में', 'راستے میں',
  'aa raha', 'aa rahe', 'आ रहा', 'आ रहे', 'آ رہا', 'آ رہے',
]);

/** He is back, drunk ("hes back. drunk. kids awake"). */
export const ARRIVED = compileAll([
  'hes back', 'he is back', 'woh aa gaya', 'wo aa gaya', 'वो आ गया', 'वह आ गया', 'وہ آ گیا', 'wapas aa gaya', 'wapas aa gya', 'vapas aa gaya',
  'वापस आ गया', 'واپس آ گیا', 'hes here again', 'he came back',
]);
export const DRUNK = compileAll(['drunk', '=sharab', 'sharaab', 'nashe', 'शराब', 'नशे', 'شراب', 'نشے']);

/** A child who has not come home, or is being taken away now. */
export const MISSING = compileAll([
  'ghar nahi aayi', 'ghar nahi aaya', 'घर नहीं आई', 'घर नहीं आया', 'گھر نہیں آئی', 'گھر نہیں آیا', 'not come home',
  'didnt come home', 'hasnt come home', 'has not come home', 'missing since', 'nahi lauti', 'nahi lauta', 'नहीं लौटी',
  'नहीं लौटा', 'واپس نہیں آئی', 'not returned', 'hasnt returned', 'not found yet', 'still not found', 'cant find her', 'cant find him',
]);
/** A child still not found, hours after ("not found yet", "ek ghante se gayab hai"): now by its form. */
export const STILL_MISSING = compileAll([
  'not came home', 'not come back', 'not returned home', 'still not home', 'still not back',
  'not found yet', 'still not found', 'cant find her', 'cant find him', 'cannot find her', 'cannot find him',
  'gayab hai', 'gayab h', 'गायब है', 'غائب ہے', 'nahi mil rahi', 'nahi mil raha', 'nhi mil rhi', 'नहीं मिल रही', 'नहीं मिल रहा', 'نہیں مل رہی', 'نہیں مل رہا',
]);
/** Within hours. */
export const HOURS = compileAll([
  'hour', 'hours', 'ghante', 'ghanta', 'घंटे', 'घंटा', 'گھنٹے', 'گھنٹہ', 'since morning', 'since evening', 'subah se', 'shaam se', 'सुबह से', 'शाम से',
  'صبح سے', 'شام سے', 'from school', 'from tuition', 'school se', 'tuition se', 'स्कूल से', 'اسکول سے',
]);

/** Lying unconscious now, however what caused it is told ("मेरी बहन बेहोश पड़ी है, उसके पति ने सिर पर मारा था"). */
export const OUT_COLD = compileAll([
  'cant breathe', 'cannot breathe', 'cant breathe properly', 'blood + wont stop', 'khoon + nahi ruk', 'खून + नहीं रुक', 'خون + نہیں رک',
  'fainted', 'not waking up', 'wont wake up', 'isnt waking up', 'unconscious', 'behosh padi', 'behosh pada', 'बेहोश पड़ी', 'बेहोश पड़ा', 'بے ہوش پڑی',
  'بیہوش پڑی', 'hosh nahi aa raha', 'होश नहीं आ रहा', 'ہوش نہیں آ رہا', 'not breathing', 'not moving',
]);
/** Told as long over: "last year", "two years ago" (not "last night"). */
export const LONG_AGO = compileAll([
  'year back', 'years back', 'month back', 'months back',
  'last year', 'last month', 'last week', 'years ago', 'months ago', 'weeks ago', 'saal pehle', 'mahine pehle', 'pichle saal', 'pichle mahine', 'pichle hafte', 'पिछले हफ्ते', 'پچھلے ہفتے',
  'pichhle saal', 'साल पहले', 'महीने पहले', 'पिछले साल', 'पिछले महीने', 'سال پہلے', 'مہینے پہلے', 'پچھلے سال', 'پچھلے مہینے',
]);
/** Coming back to hurt her again ("woh phir aa rahi hai", "फिर से आ रहा है"). */
export const COMING_AGAIN = compileAll([
  'phir se aa raha', 'phir se aa rahi', 'fir se aa raha', 'phir aa raha', 'phir aa rahi', 'fir aa raha', 'फिर से आ रहा', 'फिर से आ रही', 'फिर आ रहा',
  'फिर आ रही', 'پھر سے آ رہا', 'پھر سے آ رہی', 'پھر آ رہا', 'پھر آ رہی', 'coming again', 'coming back again', 'is coming back', 'hes coming back',
]);

/** A child sold, to be married or taken ("he sold her", "बेच दिया"). */
export const SOLD = compileAll([
  'sold her', 'sold my', 'sold me', 'selling her', 'selling my', 'bech diya', 'bech di', 'bech rahe', 'बेच दिया', 'बेच दी', 'बेच रहे',
  'بیچ دیا', 'بیچ دی', 'بیچ رہے',
]);
/** Someone she cannot name ("a man took my 6yr old", "munni ko koi bike pe le gaya"). */
export const SOMEONE = compileAll(['one man', 'a boy', 'one boy', 'a man', 'some man', 'some guy', 'someone', 'somebody', 'koi', 'कोई', 'کوئی', 'ek aadmi', 'एक आदमी', 'ایک آدمی', 'stranger']);
/** "roko", "stop it": asking that it be stopped. */
export const STOP_IT = compileAll(['=roko', 'rok lo', 'rok do', 'रोको', 'रोक लो', 'रोक दो', 'روکو', 'روک لو', 'stop it', 'stop this', 'stop the']);

/** Seen just now ("just saw the van driver touching a small girl", "ابھی دیکھا"). */
export const SEEN_JUST = compileAll(['just saw', 'just now saw', 'saw just now', 'abhi dekha', 'अभी देखा', 'ابھی دیکھا', 'abhi abhi dekha']);

/** Throwing her somewhere, said of tonight ("आज रात खाई में फेंक देगा"). */
export const THROW_AWAY = compileAll(['phenk dega', 'phenk denge', 'फेंक देगा', 'फेंक देंगे', 'پھینک دے گا', 'پھینک دیں گے', 'throw me']);

/** Someone hurting a child within earshot now. */
export const SCREAMING = compileAll([
  'screaming', 'crying for help', 'chilla raha', 'chilla rahi', 'cheekh', 'चिल्ला रहा', 'चिल्ला रही', 'चीख', 'چلا رہا', 'چلا رہی', 'چیخ',
  'चीखें', 'चीखने', 'cheekhen', 'cheekhne', 'چیخیں', 'چیخنے', 'screams', 'yelling', 'shrieking',
]);

/** His habit at night, and it is night now ("papa raat ko mere kamre me aate hai. abhi 1 baje hai"). */
export const NIGHT_VISITS = compileAll([
  'comes into my room', 'comes to my room', 'kamre me aate', 'kamre mein aate', 'kamre me aata', 'कमरे में आते', 'कमरे में आता',
  'کمرے میں آتے', 'کمرے میں آتا', 'kamre mein bulaya', 'kamre me bulaya', 'kamre me bulate', 'kamre mein bulate', 'कमरे में बुलाते', 'کمرے میں بلاتے', 'कमरे में बुलाया', 'کمرے میں بلایا',
  'called me to his room', 'footsteps', 'kadmo ki awaz', 'kadmon ki awaaz', 'कदमों की आवाज़', 'قدموں کی آواز',
]);

/** A child's wedding going on now ("nikah ... is happening right now", "शादी हो रही है", "نکاح پڑھایا جا رہا"). */
export const WEDDING_ON = compileAll([
  'happening', 'going on', 'taking place', 'ho rahi', 'ho raha', 'ho rhi', 'ho rha', 'हो रही', 'हो रहा', 'ہو رہی', 'ہو رہا',
  'padhaya ja', 'padhaya jaa', 'पढ़ाया जा', 'پڑھایا جا', 'padha ja raha', 'पढ़ा जा रहा', 'پڑھا جا رہا', 'chal rahi', 'चल रही', 'چل رہی',
]);
/** He goes on ("وہ رک نہیں رہا", "not stopping"). */
export const NOT_STOPPING = compileAll([
  'not stopping', 'wont stop', 'ruk nahi raha', 'ruk nhi rha', 'ruk nahi rha', 'रुक नहीं रहा', 'رک نہیں رہا', 'chhod nahi raha', 'chhod nhi rha',
  'छोड़ नहीं रहा', 'چھوڑ نہیں رہا', 'still here', 'hes still', 'abhi bhi yahin',
]);


/** Put out of the house with nowhere to go, at night. */
export const THROWN_OUT = compileAll([
  'ran away from', 'escaped from', 'bhaag ke aayi', 'bhagi hu', 'bhaagi hoon', 'भागी हूँ', 'भागी हूं', 'भाग के आई',
  'بھاگی ہوں', 'بھاگ کے آئی', 'threw me out', 'thrown me out', 'kicked me out', 'locked me out', 'nikal ja', 'निकल जा', 'نکل جا', 'get out of the house', 'ghar se nikal', 'घर से निकाल', 'گھر سے نکال',
  'bahar nikal diya', 'बाहर निकाल दिया', 'باہر نکال دیا',
]);
export const STRANDED = compileAll([
  'nowhere to go', 'no place to go', 'at night', 'tonight', 'on the street', 'in the cold', 'snowing', 'in the snow',
  'barf gir', 'बर्फ़ गिर', 'बर्फ गिर', 'برف گر',
  'shivering', '=pm', 'baje', 'बजे', 'بجے', 'baraf', 'barf', 'बर्फ', 'برف', 'kahin jaane ko nahi',
  'kahin jane ko nahi', 'raat ke', 'raat ko', 'sadak par', 'कहीं जाने को नहीं', 'रात के', 'रात को', 'सड़क पर',
  'کہیں جانے کو نہیں', 'رات کے', 'رات کو', 'سڑک پر',
]);

/** Marks of right now; a clause with one counts even in a message that also tells the past. */
export const NOW_MARKS = compileAll([
  // "cant talk": she is writing where he can hear.
  'cant talk', 'cannot talk', 'baat nahi kar sakti', 'बात नहीं कर सकती', 'بات نہیں کر سکتی',
  'this minute', 'this very minute', 'this hour', 'now', 'right now', '=ab', 'just', 'currently', 'tonight', 'today', 'at the moment', 'abhi', 'aaj', 'is waqt', 'iss waqt',
  'अभी', 'आज', 'इस वक्त', 'इस वक़्त', 'ابھی', 'آج', 'اس وقت',
]);

/** Present progressive ("he is sitting very close", "wo aa raha hai"): a clause told as happening. */
export const PROGRESSIVE = compileAll([
  'he is', 'she is', 'they are', 'i am', 'im', 'hes', '=raha', '=rahi', '=rahe', 'रहा', 'रही', 'रहे', 'رہا', 'رہی', 'رہے',
  'baitha hai', 'khada hai', 'बैठा है', 'खड़ा है', 'بیٹھا ہے', 'کھڑا ہے', 'band hai', 'बंद है', 'بند ہے', 'he has', 'she has', 'they have',
]);

/** Called to come alone ("come to his quarter alone at 11 pm", "اکیلے آنے کو کہا ہے"). */
export const SUMMONED = compileAll([
  'go with him', 'uske saath chal', 'उसके साथ चल', 'اس کے ساتھ چل',
  'come to his', 'come alone', 'alone to his', 'akele aane', 'akele bulaya', 'akele aa', 'अकेले आने', 'अकेले बुलाया',
  'اکیلے آنے', 'اکیلے بلایا', 'hotel aa', 'come to hotel', 'come to the hotel', 'होटल आ', 'ہوٹل آ',
]);
export const ALONE = compileAll(['alone', 'akele', 'akela', 'अकेले', 'अकेला', 'اکیلے', 'اکیلا', 'hotel', 'होटल', 'ہوٹل']);

/** Blackmail with pictures ("nhi to video viral", "or he sends my pics to papa"). */
export const BLACKMAIL = compileAll([
  'viral', 'leak', 'send my pics', 'sends my pics', 'post my pics', 'post my photos', 'my photos', 'my pics', 'photo bhej', 'video bhej',
  'वायरल', 'फोटो भेज', 'وائرل', 'تصویریں',
]);

/** A man at her door, said in a few words ("وہ آدمی دروازے پر ہے"). */
export const AT_DOOR = compileAll([
  'school gate', 'at my school', 'gate pe', 'gate par', 'गेट पर', 'گیٹ پر',
  'outside my door', 'outside the door', 'darwaze ke bahar', 'दरवाज़े के बाहर', 'दरवाजे के बाहर', 'دروازے کے باہر', 'ghar ke bahar', 'घर के बाहर', 'گھر کے باہر',
  'at the door', 'at my door', 'darwaze pe', 'darwaze par', 'दरवाज़े पर', 'दरवाजे पर', 'دروازے پر', 'coming upstairs',
  'upar aa raha', 'ऊपर आ रहा', 'اوپر آ رہا',
]);

/** Her room does not lock ("میرے کمرے کی کنڈی نہیں ہے"). */
export const NO_LATCH = compileAll([
  'kundi nahi', 'कुंडी नहीं', 'کنڈی نہیں', 'no lock on my door', 'no latch', 'door doesnt lock', 'door does not lock',
]);

/** "I am safe now": the threat she tells is over. */
export const SAFE_NOW = compileAll([
  'safe hu', 'safe hoon', 'safe hun', 'सेफ हूँ', 'सेफ हूं', 'सुरक्षित हूँ', 'सुरक्षित हूं', 'محفوظ ہوں', 'سیف ہوں',
  'safe now', 'i am safe', 'im safe', 'surakshit hoon', 'surakshit hu', 'mehfooz hoon', 'mehfooz hu', 'सुरक्षित हूँ',
  'सुरक्षित हूं', 'محفوظ ہوں',
]);

/** A man alone with a child now, when abuse is named ("sasur ghar pe akela hai meri 6 saal ki beti ke saath"). */
export const ALONE_WITH = compileAll([
  'alone in the house', 'alone at home with', 'ghar pe akeli', 'ghar mein akeli', 'घर पर अकेली', 'گھر پر اکیلی',
  'alone with', 'akela hai', 'akele hai', 'akela hain', 'ke saath akela', 'अकेला है', 'अकेले हैं', 'اکیلا ہے', 'اکیلے ہیں',
]);

export const PREGNANT = compileAll([
  'pregnant', 'pregnent', 'प्रेग्नेंट', 'پریگننٹ', 'garbhvati', 'pet se', 'गर्भवती', 'पेट से', 'حاملہ', 'پیٹ سے', 'satvan mahina', 'aathvan mahina',
  'सातवां महीना', 'आठवां महीना', 'नौवां महीना', 'ساتواں مہینہ', 'آٹھواں مہینہ', 'نواں مہینہ',
]);

/** "no im not safe": said outright (a lexicon rule would read the leading "no" as cancelling it). */
export const NOT_SAFE = compileAll([
  'im not safe', 'i am not safe', 'we are not safe', 'not safe here', 'safe nahi hu', 'safe nahi hoon', 'surakshit nahi hu',
  'सुरक्षित नहीं हूँ', 'सुरक्षित नहीं हूं', 'महफूज़ नहीं हूँ', 'محفوظ نہیں ہوں', 'محفوظ نہیں ہیں',
]);

/** He is coming after her now ("وہ پیچھے آ رہا ہے", "he is following me"): now by its form. */
export const CHASED = compileAll([
  'coming after me', 'following me', 'chasing me', 'he is following', 'hes following', 'peeche aa raha', 'piche aa raha',
  'peecha kar raha', 'picha kar raha', 'पीछे आ रहा', 'पीछा कर रहा', 'پیچھے آ رہا', 'پیچھا کر رہا',
]);
/** She ran from him just now ("abhi bhaag ke padosi ke ghar aayi hoon"). */
export const FLED = compileAll([
  'ran to', 'ran out', 'escaped to', 'ran away from him', 'bhaag ke', 'bhag ke', 'bhaag kar', 'bhag kar', 'bhaagi', 'bhagi',
  'भाग के', 'भाग कर', 'भागी', 'بھاگ کے', 'بھاگ کر', 'بھاگی',
]);

/** Silence after the noise: she stopped screaming, is not moving ("now she's gone quiet"). */
export const WENT_QUIET = compileAll([
  'khamoshi', 'ख़ामोशी', 'खामोशी', 'خاموشی', 'sannata', 'सन्नाटा', 'سناٹا', 'gone quiet', 'went quiet', 'gone silent', 'went silent', 'not moving', 'isnt moving', 'no sound now', 'stopped screaming',
  'awaaz band', 'awaz band', 'aawaz nahi aa rahi', 'awaz nahi aa rahi', 'hil nahi rahi', 'hil nahi raha', 'behosh',
  'आवाज़ बंद', 'आवाज बंद', 'आवाज़ नहीं आ रही', 'हिल नहीं रही', 'خاموش ہو گئی', 'آواز بند', 'آواز نہیں آ رہی', 'ہل نہیں رہی',
]);
/** A loud crash now, behind a locked door. */
export const CRASH = compileAll([
  'phenkne ki awaaz', 'फेंकने की आवाज़', 'फेंकने की आवाज', 'پھینکنے کی آواز', 'glass breaking', 'breaking glass', 'things breaking', 'gunshot', 'shot fired', 'goli chalne', 'गोली चलने', 'گولی چلنے',
  'girne ki awaaz', 'girne ki aawaz', 'गिरने की आवाज़', 'गिरने की आवाज', 'گرنے کی آواز', 'loud bang', 'crash', 'thud',
  'tootne ki awaaz', 'टूटने की आवाज़', 'ٹوٹنے کی آواز',
]);
/** Someone at a child's door or bed, now ("he will come to my bed after mummy sleeps", "darwaza khatkhata rha"). */
export const COMING_TO_HER = compileAll([
  'andar aa raha', 'andar aa rahe', 'अंदर आ रहा', 'اندر آ رہا',
  'come to my bed', 'come into my bed', 'come to my room', 'outside my room', 'outside my door', 'come in when', 'on the stairs', 'hear him coming', 'coming upstairs', 'knocking',
  'khatkhata', 'khatkhta', 'खटखटा', 'کھٹکھٹا', 'mere bistar', 'मेरे बिस्तर', 'میرے بستر', 'darwaza peet', 'दरवाज़ा पीट',
]);
/** Shut in a washroom or a room, from fear ("aapi mai washroom me hu"): with a child, knocking or fear, hiding. */
export const SHUT_IN = compileAll([
  'washroom me hu', 'bathroom me hu', 'washroom mein hoon', 'bathroom mein hoon', 'in the bathroom', 'in the washroom',
  'locked myself', 'غسل خانے میں ہوں', 'बाथरूम में छुपी', 'bathroom me band', 'bathroom se msg', 'bathroom se message', 'washroom se msg', 'बाथरूम से', 'बाथरूम में हूँ', 'बाथरूम में हूं', 'बाथरूम में बंद', 'باتھ روم میں ہوں', 'واش روم میں ہوں',
]);
/** A dream is not now ("कल रात सपना देखा कि वो मुझे जला रहा है"). */
export const DREAM = compileAll(['dream', 'dreamt', 'dreamed', 'nightmare', 'sapna', 'sapne', 'सपना', 'सपने', 'khwab', 'khwaab', 'خواب']);

/** The house asleep: now, for a child with someone at her door ("everyone is asleep", "sab so gaye"). */
export const HOUSE_ASLEEP = compileAll([
  'mummy is asleep', 'mom is asleep', 'mummy so rahi', 'mama so rahi', 'ammi so rahi', 'maa so rahi', 'मम्मी सो रही', 'माँ सो रही', 'امی سو رہی',
  'everyone is asleep', 'everyone asleep', 'all asleep', 'sab so gaye', 'sab so rahe', 'सब सो गए', 'सब सो रहे', 'سب سو گئے', 'سب سو رہے',
]);

/** The alarm in her own words ("..., emergency", "खतरा है", "خطرہ"), not "emergency numbers". */
export const ALARM = compileAll(['=emergency', 'khatra', 'khatraa', 'खतरा', 'ख़तरा', 'خطرہ', 'danger']);
export const ALARM_NOT = compileAll(['number', 'numbers', 'contact', 'नंबर', 'نمبر', 'helpline', 'kya hai', 'what is', 'meaning']);
/** A plea closing the message: "..., help", "... مدد", "help me". */
export const PLEA_WORDS = compileAll(['help', 'help me', 'madad', 'मदद', 'مدد', 'bachao', 'बचाओ', 'بچاؤ', 'please', 'plz', 'pls']);

