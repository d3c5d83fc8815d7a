import { compileAll } from './matcher.js';

/** First-person wish to die or self-injure. A negation next to it ("nahi karungi") cancels it. */
export const SELF_HARM_INTENT = compileAll([
  'kill myself', 'killing myself', 'kill my self', 'end my life', 'ending my life', 'end my own life', 'take my life',
  'take my own life', 'end it all', 'ending it all', 'end everything', 'want to die', 'wanna die', 'want to be dead',
  'wish i was dead', 'wish i were dead', 'better off dead', 'going to die tonight', 'hang myself', 'hanging myself',
  'cut myself', 'cutting myself', 'cut my wrist*', 'slit my wrist*', 'harm myself', 'hurt myself', 'harming myself',
  'hurting myself', 'take poison', 'drink poison', 'eat poison', 'taking poison', 'overdose', 'jump off', 'jump from',
  'jump into', 'jump in the', 'commit suicide', 'sleep forever', 'never wake up', 'want to disappear', 'life is over',
  'mar jana', 'mar jaana', 'मर जाना चाहिए', 'مر جانا چاہیے', 'hamesha ke liye so', 'हमेशा के लिए सो', 'sleeping pills', 'sleeping tablets', 'swallowed', 'too many pills',
  'took pills', 'took tablets', 'taken pills', 'taken tablets', 'swallowed pills', 'swallowed tablets', 'end it tonight',
  'chuhe marne ki dawa', 'chuhe maarne ki dawa', 'चूहे मारने की दवा', 'چوہے مارنے کی دوا', 'dawa kha li', 'दवा खा ली',
  'دوا کھا لی', 'toilet cleaner', 'harpic', 'phenyl', 'फिनाइल', 'فینائل', 'bleach', 'ساری گولیاں', 'saari goliyan', 'sari goliyan',
  'सारी गोलियां', 'goliyan pi', 'गोलियां पी', 'گولیاں پی', 'pills kha*', 'tablets kha*', 'tablet kha*', 'latak jaungi', 'latak jaaungi', 'pankhe se latak', 'लटक जाऊं*',
  'लटक जाऊँ*', 'पंखे से लटक', 'لٹک جاؤں*', 'پنکھے سے لٹک', 'dupatta taiyar', 'दुपट्टा तैयार', 'دوپٹہ تیار',
  'no one will miss me', 'nobody will miss me', 'noone will miss me', 'meri kami nahi', 'मेरी कमी नहीं', 'میری کمی نہیں',
  'last message', 'last msg', 'bye everyone', 'goodbye everyone', 'goodbye forever', 'im ending it', 'i am ending it',
  'ending it tonight', 'goodbye letter', 'suicide note', 'take all these pills', 'take all the pills', 'take all my pills',
  'wrist cut', 'nas kaat*', 'नस काट*', 'نس کاٹ*', 'want to end it', 'blade + wrist', 'ब्लेड + कलाई', 'بلیڈ + کلائی', 'latakne ke liye', 'लटकने के लिए', 'لٹکنے کے لیے', 'rassi laga li',
  'रस्सी लगा ली', 'رسی لگا لی', 'koodne ja rahi', 'kudne ja rahi', 'कूदने जा रही', 'کودنے جا رہی', 'kood rahi', 'kud rahi', 'कूद रही', 'کود رہی', 'jump in the river',
  'all these pills', 'all these tablets', 'taking them all', 'pills in my hand', 'tablets in my hand', 'taking all the pills', 'whole bottle', 'saari goliyan kha', 'sari goliyan kha', 'सारी गोलियां खा', 'ساری گولیاں کھا', 'going to jump', 'gonna jump', 'about to jump', 'will jump',
  'kood jaungi', 'kud jaungi', 'कूद जाऊंगी', 'कूद जाऊँगी', 'کود جاؤں گی', 'chuhe marne wali', 'चूहे मारने वाली', 'چوہے مارنے والی',
  'dawa pi li', 'दवा पी ली', 'دوا پی لی', 'aaj raat + khatam kar dungi', 'आज रात + ख़त्म कर दूंगी', 'आज रात + खत्म कर दूंगी',
  'آج رات + ختم کر دوں گی', 'sab khatam kar dungi', 'सब ख़त्म कर दूंगी', 'سب ختم کر دوں گی', 'khud ko khatam kar dungi', 'khud ko khatam kar lungi',
  'खुद को ख़त्म कर दूंगी', 'खुद को खत्म कर लूंगी', 'خود کو ختم کر دوں گی', 'خود کو ختم کر لوں گی', 'zeher pi', 'zehar pi', 'जहर पी', 'ज़हर पी', 'زہر پی', 'zeher kha', 'जहर खा', 'زہر کھا',
  'dupatta + pankhe', 'दुपट्टा + पंखे', 'دوپٹہ + پنکھے', 'rassi + pankhe', 'रस्सी + पंखे', 'رسی + پنکھے', 'rope + fan', 'noose',
  'phanda', 'फंदा', 'پھندا', 'aakhri msg', 'aakhri message', 'akhri msg', 'akhri message', 'आखिरी मैसेज', 'आख़िरी मैसेज', 'آخری میسج',
  'آخری پیغام', 'my last msg', 'my last text', 'goodbye note', 'left a note', 'sab khatam kar du', 'sab khatam kar doon', 'सब खत्म कर दूं', 'सब ख़त्म कर दूँ', 'سب ختم کر دوں', 'finish my life', 'cut my hand', 'hang herself', 'will hang herself', 'cutting my arm', 'cutting my hand', 'cut my arm', 'koodna chahti', 'kudna chahti', 'कूदना चाहती', 'کودنا چاہتی', 'sab khatam kar degi', 'सब खत्म कर देगी', 'सब ख़त्म कर देगी', 'سب ختم کر دے گی', 'jaan de degi', 'जान दे देगी',
  'جان دے دے گی', 'cutting her wrist*', 'cut her wrist*', 'slit her wrist*', 'thinking of jumping', 'drank acid', 'tezaab pi', 'tezab pi', 'तेज़ाब पी', 'तेजाब पी', 'تیزاب پی', 'lot of pills', 'many pills', 'chuhe wali dawai', 'chuhe wali dawa', 'चूहे वाली दवा', 'چوہے والی دوا', 'suicide letter', 'better off + dead',
  'marne ka mann', 'marne ka man', 'marne ko dil', 'मरने का मन', 'مرنے کا دل', 'مرنے کو دل', 'koodne ja rhi', 'kudne ja rhi', 'better off without me', 'thinking of ending it', 'of ending it', 'ending it now',
  'jump kar dungi', 'jump kr dungi', 'jump kar lungi', 'jump kr lungi', 'jump karungi', 'jump krungi', 'jump karne ja rahi', 'jump krne ja rhi',
  'چھلانگ لگانے', 'छलांग लगाने', 'chhalang lagane', 'kudne wali', 'कूदने वाली', 'کودنے والی', 'hath kaata', 'haath kaat*',
  'हाथ काट*', 'ہاتھ کاٹ*', 'khoon ruk nahi', 'खून रुक नहीं', 'خون رک نہیں',
  'took + tablets', 'took + pills', 'swallowed + tablets', 'kalai kaat*', 'कलाई काट*', 'کلائی کاٹ*', 'cut my wrist',
  'into the jhelum', 'into the river', 'into the tawi', 'into the lake', 'into the water', 'dariya mein kood', 'nadi mein kood',
  'दरिया में कूद', 'नदी में कूद', 'دریا میں کود', 'نہر میں کود',
  'sab khatam kar dungi', 'sab khatam kar doongi', 'sab khatm kar dungi', 'सब खत्म कर दूंगी', 'सब ख़त्म कर दूँगी',
  'سب ختم کر دوں گی', 'rassi le aayi', 'रस्सी ले आई', 'رسی لے آئی',
  'end my life tonight', 'have a rope', 'got a rope', 'rope ready', 'rope is ready', 'rassi taiyar', 'रस्सी तैयार', 'رسی تیار', 'took poison', 'drank poison', 'drank phenyl', 'phenyl', 'rat poison', 'harpic', 'neend ki goli*',
  'goliyan kha*', 'goli kha li', 'नींद की गोली*', 'गोलियां खा*', 'گولیاں کھا*', 'نیند کی گولی*', 'attempt suicide', 'suicide note', 'die by suicide',
  'marna chahti', 'marna chahta', 'marna chahati', 'marna hai', 'mar jana chahti', 'mar jaana chahti', 'mar jaungi',
  'mar jaaungi', 'mar jaunga', 'mar jaoongi', 'mar jau', 'mar jaun', 'jaan de dungi', 'jaan de doongi', 'jaan dena',
  'jan dena', 'jaan de du', 'apni jaan', 'apne aap ko khatam', 'khud ko khatam', 'khud ko maar', 'khud ko mar',
  'zindagi khatam', 'zindagi khatm', 'jindagi khatam', 'zeher kha*', 'zehar kha*', 'jeher kha*', 'zahar kha*',
  'zeher pi*', 'fansi laga*', 'phansi laga*', 'faansi', 'fanda', 'nas kaat*', 'kood jaun*', 'kud jaun*', 'kood ke',
  'मरना चाहती', 'मरना चाहता', 'मरना है', 'मर जाना', 'मर जाऊंगी', 'मर जाऊँगी', 'मर जाऊं', 'जान दे', 'जान देना',
  'अपनी जान', 'खुद को खत्म', 'खुद को मार', 'ज़िंदगी खत्म', 'जिंदगी खत्म', 'जहर खा*', 'ज़हर खा*', 'जहर पी*',
  'फांसी', 'फाँसी', 'फंदा', 'नस काट*', 'कूद जाऊं*', 'खुद को नुकसान',
  'مرنا چاہتی', 'مرنا چاہتا', 'مرنا ہے', 'مر جانا', 'مر جاؤں', 'مر جاؤں گی', 'جان دے', 'جان دینا', 'اپنی جان',
  'خود کو ختم', 'خود کو مار', 'اپنے آپ کو ختم', 'اپنے آپ کو مار', 'अपने आप को खत्म', 'अपने आप को मार',
  'apne aap ko maar', 'khud ko khatm', 'زندگی ختم', 'زہر کھا*', 'زہر پی*', 'پھانسی', 'پھندا', 'نس کاٹ*',
]);

/** Bare words for suicide: an emergency unless clearly informational ("suicide helpline number"). */
export const SELF_HARM_NOUN = compileAll([
  'suicide', 'suicidal', 'sucide', 'suside', 'suiside', 'sucidal', 'khudkushi', 'khudkhushi', 'khudkusi', 'khud kushi',
  'khudkhusi', 'khudkashi', 'aatmhatya', 'atmhatya', 'atmahatya', 'aatmahatya', 'आत्महत्या', 'आत्म हत्या', 'खुदकुशी',
  'सुसाइड', 'خودکشی', 'خود کشی', 'سوسائڈ', 'zeher', 'zehar', 'जहर', 'ज़हर', 'زہر', 'poison',
]);

/** Statements whose negation is the point ("I don't want to live"). */
export const SELF_HARM_NO_LIFE = compileAll([
  'zinda nahi rehna', 'zinda nahi rahna', 'ज़िंदा नहीं रहना', 'जिंदा नहीं रहना', 'زندہ نہیں رہنا', 'nahi ji sakti', 'nahi jee sakti', 'नहीं जी सकती', 'नहीं जी सकता', 'نہیں جی سکتی', 'cant live like this', 'dont want to live', 'do not want to live', 'dont wanna live', 'no point in living', 'no point living',
  'no reason to live', 'nothing to live for', 'cant live anymore', 'cannot live anymore', 'cant go on', 'cannot go on',
  'tired of living', 'tired of life', 'life is not worth', 'not worth living', 'dont want this life',
  'jeena nahi', 'jina nahi', 'nahi jeena', 'nahi jina', 'jeene ka man nahi', 'jine ka man nahi', 'jeena nahin',
  'जीना नहीं', 'नहीं जीना', 'जीने का मन नहीं', 'जीने की इच्छा नहीं', 'جینا نہیں', 'نہیں جینا', 'جینے کا دل نہیں',
]);

/** Words for living; with a negation or "no reason/point" in the same clause they mean "I don't want to live". */
export const LIFE = compileAll([
  'live', 'living', 'alive', 'life', 'jeena', 'jina', 'jeene', 'jine', 'jiyun', 'jiyu', 'zindagi', 'zindgi', 'jindagi',
  'जीना', 'जीने', 'जियूं', 'ज़िंदगी', 'जिंदगी', 'ज़िन्दगी', 'جینا', 'جینے', 'جیوں', 'زندگی',
]);
export const LIFE_DENIED = compileAll([
  'no reason', 'no point', 'not worth', 'tired of', 'sick of', 'fed up', 'nothing to', 'no will', 'koi wajah nahi',
  'tang aa', 'तंग आ', 'تنگ آ', 'man nahi', 'mann nahi', 'dil nahi', 'मन नहीं', 'دل نہیں', 'thak gayi', 'थक गई', 'تھک گئی',
]);
// "live with my parents", "live in Jammu", "life imprisonment": not about wanting to live.
export const LIFE_OTHER = compileAll([
  'live with', 'live in', 'live at', 'live there', 'live here', 'live together', 'live separately', 'live alone',
  'live apart', 'living with', 'living in', 'life imprisonment', 'life sentence', 'married life', 'saath rehna',
  'rehna nahi', 'रहना नहीं', 'رہنا نہیں', 'uske saath', 'उसके साथ', 'اس کے ساتھ',
]);

/** Talk of the news: a story about someone else (shared by INFO_CONTEXT and emergency.ts's INFO_QUESTION). */
export const NEWS = ['news', 'न्यूज़', 'न्यूज', 'نیوز', 'newspaper', 'akhbar', 'khabar', 'अख़बार', 'अखबार', 'खबर', 'ख़बर', 'اخبار', 'خبر'];

/** Context that makes a bare suicide word informational rather than a disclosure. */
export const INFO_CONTEXT = compileAll([
  'how do i know', 'how to know', 'kaise pata', 'कैसे पता', 'کیسے پتا', 'might be', 'helpline', 'help line', 'number', 'prevention', 'rokthaam', 'roktham', 'law', 'section', 'punishment', 'crime',
  'abetment', 'statistics', 'awareness', 'हेल्पलाइन', 'नंबर', 'रोकथाम', 'कानून', 'सज़ा', 'सजा', 'अपराध', 'धारा',
  'ہیلپ لائن', 'نمبر', 'روک تھام', 'قانون', 'سزا', 'جرم', 'kanoon', 'saza', 'saja', 'jurm', 'tele manas',
  // Not 'rat': spelling folding makes it 'raat' (night), and 'suicide karne wali hu aaj raat' read as information.
  '=rats', 'chuhe', 'insects', 'मच्छर', 'chuha', 'what happens', 'what if', 'kya hota', 'क्या होता', 'کیا ہوتا',
  'dowry death', 'abetment', 'agar koi', 'if someone', 'if a girl', 'if a woman', 'अगर कोई', 'اگر کوئی', 'case banta',
  'kaunsa case', 'which case', ...NEWS,
  'jagruk', 'जागरूक', 'جاگرور', 'aware', 'how to help', 'how can i help', 'kaise madad', 'किसी की मदद', 'کسی کی مدد',
  'کیسے مدد',
]);

/** A past crisis told as over ("much better now", "ab theek hoon"). */
export const RECOVERED = compileAll([
  'stopped two years', 'stopped years ago', 'stopped a year', 'stopped now', 'im okay', 'i am okay', 'and okay', 'now okay', 'im fine', 'i am fine', 'theek hu', 'theek hoon', 'ठीक हूँ', 'ठीक हूं', 'ٹھیک ہوں',
  'i am better', 'now i am better', 'am better now', 'doing better', 'feeling better', 'im better', 'better now', 'much better', 'okay now', 'ok now', 'fine now', 'doing well now', 'recovered', 'ab theek', 'ab thik',
  'अब ठीक', 'اب ٹھیک', 'ab behtar', 'अब बेहतर', 'اب بہتر',
]);

// Imperatives must match exactly (after spelling folding): "बचाएं" (how to protect) is not "बचाइए".
const exactly = (src: string): string => src.split(' ').map((w) => (w.startsWith('=') ? w : `=${w}`)).join(' ');

/** Calls for help right now. */
export const DANGER_CALL = compileAll([
  '=bchao', '=bchaao', '=bachaoo', '=bachao', '=bachaao', '=bachaw', '=bachav', '=bachaaw', 'bacha lo', '=bachalo', 'bachaiye', 'bachayiye', 'bachaao mujhe',
  'बचाओ', 'बचा लो', 'बचाई लौ', 'बचाई लो', 'بچائی لو', 'बचाइए', 'बचाइये', 'بچاؤ', 'بچاو', 'بچا لو', 'بچائیے', 'save me', 'somebody help', 'someone help',
  'help me now', 'help now', 'send police', 'send help', 'call the police for me', 'police bhejo', 'police bulao',
  'पुलिस भेजो', 'पुलिस बुलाओ', 'پولیس بھیجو', 'پولیس بلاؤ', 'jaldi aao', 'jaldi aa jao', 'जल्दी आओ', 'جلدی آؤ',
  'come quickly', 'come fast', 'cum fast', 'cm fast', 'ambulance bhejo', 'एम्बुलेंस भेजो', 'ایمبولینس بھیجو', 'send ambulance', 'send an ambulance', 'sos', 'mayday', 'ہیلپ پلیز', 'ہیلپ می', 'हेल्प प्लीज़', 'हेल्प प्लीज', 'हेल्प मी', 'madad karo', 'मदद करो', 'مدد کرو', 'madad kro', 'koi aao', 'koi to aao', 'कोई आओ', 'کوئی آؤ', 'khuda ke liye koi', 'خدا کے لیے کوئی',
  'ख़ुदा के लिए कोई', 'for gods sake someone',
].map(exactly));

/**
 * Threats to kill or burn, phrased as future/imminent. Devanagari and Urdu entries match exactly (after spelling
 * folding): spelling tolerance read "मार डालूंगी" (I will kill [my brother, jokingly]) as "मार डालेगी" (she will kill).
 */
const nonLatinExact = (src: string): string => (/[a-z]/.test(src) ? src : exactly(src));
export const DANGER_THREAT = compileAll([
  // Being threatened now ("... आग लगाने की धमकी दे रहे हैं"), not "जलाने की धमकी पर कौन सी धारा" (a question about the law).
  'aag lagane ki dhamki de', 'आग लगाने की धमकी दे', 'آگ لگانے کی دھمکی دے', 'aag lagane wale', 'aag laga denge', 'aag laga dega', 'आग लगाने वाले', 'आग लगा देंगे', 'आग लगा देगा', 'آگ لگانے والے', 'آگ لگا دیں گے',
  'jala denge', 'jala dega', 'जला देंगे', 'जला देगा', 'جلا دیں گے', 'جلا دے گا', 'set fire', 'going to set',
  'will kill me', 'going to kill me', 'chhodega nahi', 'chhodega nhi', 'nahi chhodega', 'नहीं छोड़ेगा', 'छोड़ेगा नहीं', 'نہیں چھوڑے گا', 'چھوڑے گا نہیں', 'gonna kill me', 'about to kill me', 'trying to kill me', 'kill me tonight',
  'will murder me', 'going to burn me', 'burn me alive', 'set me on fire', 'going to hurt me', 'coming to kill',
  'maar dega', 'mar dega', 'maar dalega', 'maar daalega', 'mar dalega', 'maar denge', 'maar dalenge', 'maar degi',
  'maar dalegi', 'jaan se maar', 'jaan le lega', 'jaan le lenge', 'jala dega', 'jala denge', 'jala degi', 'aag laga de*',
  'मार डालेगा', 'मार डालेंगे', 'मार डालेगी', 'मार देगा', 'मार देंगे', 'मार देगी', 'जान से मार', 'जान ले लेगा',
  'जला देगा', 'जला देंगे', 'आग लगा दे*', 'مار ڈالے', 'kaat denge', 'kaat dega', 'kaat dalenge', 'काट देंगे', 'काट देगा', 'काट डालेंगे', 'کاٹ دیں گے', 'کاٹ دے گا', 'ماردے گا', 'مارڈالے گا', 'ماردیں گے', 'مار دے گا', 'مار دیں گے', 'مار ڈالیں گے', 'جان سے مار',
  'جان لے لے گا', 'جلا دے گا', 'جلا دیں گے', 'آگ لگا دے*', 'قتل کر دے', 'قتل کر دیں', 'katl kar de*',
  'qatl kar de*', 'katal kar de*', 'कत्ल कर दे*', 'क़त्ल कर दे*', 'हत्या कर दे*', 'khatam kar dega', 'khatam kar denge', 'खत्म कर देगा', 'ख़त्म कर देगा', 'खत्म कर देंगे', 'ख़त्म कर देंगे',
  'ختم کر دے گا', 'ختم کر دیں گے',
  // Acid threats in the future tense only: "تیزاب پھینکا گیا" (acid was thrown, in the news) is not one.
  'crash us', 'crash the car', 'gaadi gira dunga', 'गाड़ी गिरा दूंगा', 'گاڑی گرا دوں گا', 'throw acid', 'will throw acid', 'gonna throw acid', 'going to throw acid', 'dont test me', 'utha lunga', 'utha le jaunga', 'kidnap',
  'उठा लूंगा', 'उठा ले जाऊंगा', 'اٹھا لوں گا', 'اٹھا لے جاؤں گا', 'maarne aa raha', 'marne aa raha', 'मारने आ रहा', 'مارنے آ رہا',
  'coming to hit', 'coming to beat', 'finish me',
  'dhakka de dunga', 'धक्का दे दूंगा', 'دھکا دے دوں گا', 'push me off', 'no one leaves', 'nobody leaves', 'koi nahi jayega',
  'कोई नहीं जाएगा', 'tera faisla', 'तेरा फ़ैसला', 'तेरा फैसला', 'تیرا فیصلہ', 'kerosene la', 'bringing kerosene', 'मिट्टी का तेल ला',
  'مٹی کا تیل لا', 'petrol dal', 'kerosene dal', 'finish it tonight', 'tonight i will finish',
  'nahi chhodega', 'nahi chodega', 'नहीं छोड़ेगा', 'نہیں چھوڑے گا', 'wont spare me', 'will not spare me',
  'will finish me', 'finish me off', 'tezaab dalega', 'tezab dalega', 'tezaab daal dega', 'tezab dal dega', 'tezaab phenkega',
  'tezaab phenk dega', 'tezaab phenk dunga', 'tezaab dal dunga', 'तेज़ाब फेंक दूंगा', 'تیزاب پھینک دوں گا',
  'تیزاب ڈال دوں گا', 'finish the matter', 'acid dalega', 'acid daal dega', 'acid phenk dega', 'तेज़ाब डालेगा', 'तेजाब डालेगा', 'तेज़ाब डाल देगा',
  'तेजाब डाल देगा', 'तेज़ाब फेंकेगा', 'तेज़ाब फेंक देगा', 'تیزاب ڈالے گا', 'تیزاب ڈال دے گا', 'تیزاب پھینکے گا',
  'تیزاب پھینک دے گا', 'throw acid on me',
  'and kill me', 'then kill me', 'and kill us',
  'wont be alive', 'will not be alive', 'zinda nahi rahogi', 'zinda nahi chhodunga', 'ज़िंदा नहीं रहोगी', 'जिंदा नहीं रहोगी',
  'ज़िंदा नहीं छोड़ूंगा', 'जिंदा नहीं छोड़ूंगा', 'زندہ نہیں رہو گی', 'زندہ نہیں چھوڑوں گا',
].map(nonLatinExact));

/**
 * His words as she reports them ("بھائی کہتا ہے آج رات مار ڈالوں گا"): counted like a threat, but only when nothing
 * marks it as past ("dhamki deta tha maar dunga"). Masculine only: "मार डालूंगी" is her own joke.
 */
export const QUOTED_THREAT = compileAll([
  'maar dalunga', 'maar daalunga', 'mar dalunga', 'maar dunga', 'mar dunga', 'maar doonga', 'मार डालूंगा', 'मार डालूँगा', 'मार दूंगा', 'मार दूँगा',
  'مار ڈالوں گا', 'مار دوں گا', 'khatam kar dunga', 'khatam kar doonga', 'khatm kar dunga', 'ख़त्म कर दूँगा', 'ख़त्म कर दूंगा', 'खत्म कर दूंगा',
  'खत्म कर दूँगा', 'ختم کر دوں گا',
].map(nonLatinExact));

/** Being in danger now; only counted when nothing marks the message as past. */
export const DANGER_STATE = compileAll([
  'in danger', 'not safe here', 'unsafe right now', 'jaan khatre', 'jaan ko khatra', 'khatre me hu', 'khatre mein hoon',
  'जान खतरे', 'जान को खतरा', 'खतरे में हूं', 'جان خطرے', 'جان کو خطرہ', 'خطرے میں ہوں', 'locked me in', 'locked me up',
  'locked in a room', 'locked in', 'locked inside', 'threaten* to kill', 'death threat*', 'would kill me',
  'maarne ki dhamki', 'marne ki dhamki', 'jaan se maarne', 'जान से मारने', 'मारने की धमकी', 'جان سے مارنے', 'مارنے کی دھمکی', 'kamre me band', 'kamre mein band', 'कमरे में बंद', 'کمرے میں بند', 'kerosene', 'petrol',
  'मिट्टी का तेल', 'مٹی کا تیل', 'mitti ka tel', 'mitti ka tail', 'poured', 'dragging me', 'choking me', 'strangling me', 'gala daba*', 'गला दबा*', 'گلا دبا*',
  // Someone forcing the door, following her, or having shut her in the house.
  'breaking the door', 'breaking down the door', 'banging on the door', 'banging the door', 'kicking the door',
  'darwaza tod*', 'darwaza peet*', 'दरवाज़ा तोड़*', 'दरवाजा तोड़*', 'दरवाज़ा पीट*', 'दरवाजा पीट*', 'دروازہ توڑ*', 'دروازہ پیٹ*',
  'trying to get into + room', 'trying to break in', 'ghusne ki koshish', 'घुसने की कोशिश', 'گھسنے کی کوشش',
  'sharpening + looking at me', 'sharpening + staring at me', 'sharpening something', 'holding me down', 'held me down', 'pinning me',
  'pinned me down', 'daba rakha', 'dabaa rakha', 'दबा रखा', 'دبا رکھا', 'wont hold much longer', 'door wont hold', 'wont hold for long',
  'darwaza toot jayega', 'दरवाज़ा टूट जाएगा', 'दरवाजा टूट जाएगा', 'دروازہ ٹوٹ جائے گا',
  'open the door or else', 'darwaza kholo warna', 'kholo warna', 'दरवाज़ा खोलो वरना', 'खोलो वरना', 'دروازہ کھولو ورنہ', 'کھولو ورنہ',
  'throwing things at me', 'been following me', 'still behind me', 'following me since',
  'is following me', 'are following me', 'someone following me', 'following me right now', 'peecha kar raha', 'pichha kar raha',
  'peecha kar rahe', 'पीछा कर रहा', 'पीछा कर रहे', 'پیچھا کر رہا', 'پیچھا کر رہے',
  'peeche peeche aa', 'mere peeche aa raha', 'पीछे पीछे आ', 'मेरे पीछे आ रहा', 'پیچھے پیچھے آ', 'میرے پیچھے آ رہا',
  'ghar mein band', 'ghar me band', 'घर में बंद', 'گھر میں بند', 'room me band', 'room mein band', 'band kr rakha', 'band kar rakha',
  'बंद कर रखा', 'بند کر رکھا', 'kamre me band kar', 'कमरे में बंद कर',
  'set + on fire', 'setting me on fire', 'setting her on fire', 'setting + on fire', 'aag laga rahe', 'aag laga raha', 'aag laga rha', 'aag laga rhe', 'आग लगा रहे', 'आग लगा रहा', 'آگ لگا رہے', 'آگ لگا رہا',
  'setting fire', 'setting the house on fire', 'choking her', 'strangling her', 'choking my', 'strangling my',
  'gas khol*', 'गैस खोल*', 'گیس کھول*', 'smell of gas', 'gas leak', 'turned on the gas', 'opened the gas',
  'gas + khol*', 'cylinder + khol*', 'गैस + खोल*', 'सिलेंडर + खोल*', 'گیس + کھول*', 'سلنڈر + کھول*', 'cylinder + open*',
  'bahar se laga', 'bahar se band', 'baahar se band', 'बाहर से बंद', 'बाहर से लगा', 'باہر سے بند', 'باہر سے لگا',
  'locked from outside', 'locked us in', 'locked the door from outside',
  // Searching the house for her; snatching her phone.
  'circling me', 'surrounded me', 'gher ke khade', 'gher liya', 'घेर के खड़े', 'घेर लिया', 'گھیر کے کھڑے', 'گھیر لیا', 'banging on my door',
  'open or he', 'gas khuli', 'गैस खुली', 'گیس کھلی', 'pakad rakha', 'पकड़ रखा', 'پکڑ رکھا', 'peeche peeche', 'पीछे पीछे', 'پیچھے پیچھے',
  'searching me', 'is searching', 'where i can hide', 'where can i hide', 'looking for me', 'searching for me', 'dhoond raha', 'dhund raha', 'dhoondh raha', 'dhoond rahe', 'ढूंढ रहा', 'ढूँढ रहा',
  'ढूंढ रहे', 'ڈھونڈ رہا', 'ڈھونڈ رہے', 'snatching my phone', 'grabbing my phone',
  // Snatching it now, not "took her phone" (control to act on, not danger this minute).
  'phone chheen raha', 'phone chheen rahe', 'फोन छीन रहा', 'फ़ोन छीन रहा', 'فون چھین رہا', 'phone chheen lega', 'phone chheenne',
  'फोन छीन लेगा', 'फोन छीनने', 'फ़ोन छीनने', 'فون چھین لے گا', 'فون چھیننے',
  // Held against her will.
  'pressing my neck', 'pressing my throat', 'gardan daba*', 'गर्दन दबा*', 'گردن دبا*', 'tied me up', 'tied me', 'wont let me leave', 'not letting me leave', 'not letting me go', 'wont let me go',
  'mujhe baandh*', 'मुझे बांध*', 'مجھے باندھ*', 'बांध दिया', 'बाँध दिया', 'باندھ دیا', 'jaane nahi de rahe', 'jane nahi de rahe',
  'जाने नहीं दे रहे', 'جانے نہیں دے رہے',
]);

export const WEAPON = compileAll([
  'दरांती', 'درانتی', 'belt', 'buckle', 'बेल्ट', 'بیلٹ', 'hammer', 'hathoda', 'हथौड़ा', 'ہتھوڑا', 'knife', 'gun', 'pistol', 'danda', 'डंडा', 'ڈنڈا', 'lathi', 'लाठी', 'لاٹھی', 'dagger', 'khanjar', 'खंजर', 'خنجر', 'cricket bat', 'sticks', 'lathiyan', 'लाठियां', 'डंडे', 'ڈنڈے', 'iron rod', 'revolver', 'axe', 'acid', 'sickle', 'blade', 'rod', 'chaku', 'chaaku', 'chakku', 'churi',
  'chhuri', 'bandook', 'banduk', 'bandooq', 'katta', 'kulhadi', 'talwar', 'tezaab', 'tezab', 'daranti', 'darati', 'daraati', 'दराती', 'चाकू', 'छुरी',
  'बंदूक', 'पिस्तौल', 'कुल्हाड़ी', 'तलवार', 'तेजाब', 'چاقو', 'چھری', 'بندوق', 'پستول', 'کلہاڑی', 'تلوار', 'تیزاب',
]);

export const WEAPON_HELD = compileAll([
  'la raha', 'la rha', 'ला रहा', 'لا رہا', 'bringing', 'loading', 'gut', 'got a', 'got his', 'got the', 'laya hai', 'le aaya', 'le aya', 'लाया है', 'ले आया', 'لایا ہے', 'لے آیا', 'brought a', 'in his hand', 'haath me', 'हाथ में', 'ہاتھ میں', 'taan rakhi', 'taan di', 'utha li', 'उठा ली', 'اٹھا لی', 'तान रखी', 'तान दी', 'تان رکھی', 'تان دی', 'pointing', 'aimed', 'aiming',
  // Not the bare copula (hai / है / ہے): "तेज़ाब हमले की पीड़िता ... मिलता है" is a question about compensation.
  'has', 'have', 'having', 'holding', 'with', 'pointing', 'haath', 'hath', 'paas', 'pass', 'lekar', 'leke',
  'liye', 'हाथ', 'पास', 'लेकर', 'लेके', 'le ke', 'لے کے', 'सामने', 'سامنے', 'लिए', 'ہاتھ', 'پاس', 'لے کر', 'لیے',
  'showed', 'pointed', 'waving', 'taken', 'took out', 'sharpening', 'tez kar', 'तेज़ कर', 'تیز کر', 'dikha*', 'दिखा*', 'دکھا*', 'nikala', 'nikal liya', 'uthaya', 'utha liya', 'निकाला',
  'निकाल लिया', 'उठाया', 'उठाई', 'उठा लिया', 'اٹھائی', 'نکالا', 'نکال لیا', 'اٹھایا', 'اٹھا لیا',
]);
