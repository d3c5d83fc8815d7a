import { weighted } from './matcher.js';

/** Erase data. The verb carries the meaning; objects (data, chat) reinforce it. */
export const DELETE = weighted([
  ['delete', 5], ['deleat', 5], ['dilit', 5], ['erase', 5], ['wipe', 4], ['remove + data', 5], ['remove + messages', 5],
  ['remove + chat', 5], ['clear + conversation', 5], ['conversation', 1.5], ['remove + my number', 5], ['remove my', 2], ['حذف', 5], ['हटा दो', 4], ['remove + history', 5], ['remove + record*', 5], ['clear + history', 5], ['clear + chat', 5],
  ['=forget + me', 4], ['ختم کر دیں', 3], ['खत्म कर दें', 3], ['ख़त्म कर दें', 3], ['khatam kar do', 3], ['रिकॉर्ड', 2], ['record', 2], ['ریکارڈ', 2], ['खत्म करो', 3], ['ख़त्म करो', 3], ['ختم کرو', 3], ['khatam karo', 3], ['forget everything', 5], ['bhool jao', 3], ['भूल जाओ', 3], ['بھول جاؤ', 3], ['forget + my', 4], ['mita*', 4], ['hata*', 3], ['मिटा*', 4], ['हटा*', 3], ['डिलीट', 5], ['ڈیلیٹ', 5],
  ['مٹا*', 4], ['ہٹا*', 3], ['remove', 2.5], ['data', 2], ['history', 2], ['my messages', 1], ['my chat', 2], ['batcheet', 1],
  ['डेटा', 2], ['डाटा', 2], ['जानकारी', 1], ['बातचीत', 1], ['ڈیٹا', 2], ['ڈاٹا', 2], ['معلومات', 1], ['باتیں', 1],
  ['everything about me', 3], ['my number', 1], ['details', 2], ['hata do', 2], ['हटा दीजिए', 3], ['हटा दीजिये', 3], ['ہٹا دیجیے', 3], ['ہٹا دیں', 3], ['hata dijiye', 2], ['हटा दो', 2], ['ہٹا دو', 2],
  ['system se', 1.5], ['सिस्टम से', 1.5], ['سسٹم سے', 1.5],
]);

export const LANGUAGE = weighted([
  ['language', 6], ['languages', 6], ['lang', 4], ['bhasha', 6], ['bhaasha', 6], ['zuban', 6], ['zaban', 6], ['zubaan', 6],
  ['भाषा', 6], ['ज़ुबान', 6], ['زبان', 6], ['english', 2.5], ['tamil', 3], ['telugu', 3], ['bengali', 3], ['bangla', 3], ['malayalam', 3], ['kannada', 3], ['marathi', 3], ['gujarati', 3],
  ['punjabi', 3], ['available', 1], ['انگلش', 3], ['इंग्लिश', 3], ['angrezi', 3], ['angreji', 3], ['hindi', 2.5], ['urdu', 2.5],
  ['kashmiri', 2.5], ['koshur', 2.5], ['dogri', 2.5], ['अंग्रेजी', 3], ['इंग्लिश', 3], ['हिंदी', 3], ['उर्दू', 3],
  ['कश्मीरी', 3], ['डोगरी', 3], ['انگریزی', 3], ['ہندی', 3], ['اردو', 3], ['کشمیری', 3], ['ڈوگری', 3],
  ['switch', 1.5], ['change', 1], ['badlo', 1.5], ['बदलो', 1.5], ['بدلو', 1.5], ['in + english', 1], ['in + urdu', 1],
  ['in + hindi', 1],
]);

/** Greetings and navigation; only counted in short messages (topic.ts). */
export const MENU = weighted([
  ['=hi', 5], ['=hii', 5], ['=hello', 5], ['=helo', 5], ['=hey', 5], ['=hlo', 5], ['menu', 6], ['=start', 5],
  ['=help', 4], ['main menu', 6], ['peeche jao', 5], ['piche jao', 5], ['पीछे जाओ', 5], ['پیچھے جاؤ', 5], ['विकल्प', 5], ['ऑप्शन', 4], ['آپشن', 4], ['اختیارات', 4], ['options', 4], ['good morning', 5], ['good evening', 5], ['good afternoon', 5],
  ['good night', 5], ['=yo', 3], ['=hy', 4],
  ['namaste', 5], ['namaskar', 5], ['namastey', 5], ['salam', 5], ['salaam', 5], ['assalamualaikum', 5],
  ['assalam', 5], ['aslam', 4], ['adab', 5], ['aadab', 5], ['sat sri akal', 5], ['नमस्ते', 5], ['नमस्कार', 5],
  ['मेनू', 6], ['मेन्यू', 6], ['सलाम', 5], ['शुरू', 4], ['مینو', 6], ['سلام', 5], ['السلام', 5], ['علیکم', 3],
  ['آداب', 5], ['ہیلو', 5], ['ہائے', 4], ['हेलो', 5], ['हैलो', 5], ['हाय', 4], ['=madad', 4], ['मदद', 4], ['مدد', 4],
  ['need help', 4], ['help me', 4], ['what can you do', 5], ['شروع', 4], ['back', 2], ['home', 1], ['restart', 5], ['begin', 4]
]);

/** Campaign opt-in / opt-out. "stop" alone is handled in topic.ts (short messages only). */
export const SUBSCRIPTION = weighted([
  ['unsubscribe', 7], ['subscribe', 6], ['keep sending', 5], ['start updates', 5], ['updates again', 5], ['resume updates', 5], ['sign me up', 5], ['sign up', 4], ['daily updates', 5], ['daily tips', 5], ['रोज़ की जानकारी', 5], ['रोज की जानकारी', 5],
  ['روزانہ معلومات', 5], ['معلومات بھیج', 4], ['जानकारी भेज', 4], ['پیغامات + بند', 6], ['پیغام + بند', 5], ['میسج + بند', 5], ['bhejte rehna', 5], ['bhejte rahna', 5], ['भेजते रहना', 5], ['بھیجتے رہنا', 5],
  ['nayi jankari', 2], ['नई जानकारी', 2], ['نئی معلومات', 2], ['band + msg', 5], ['msg + band', 5], ['msgs + band', 5], ['subscription', 6], ['सब्सक्रिप्शन', 6], ['سبسکرپشن', 6], ['सदस्यता', 5], ['सब्सक्राइब', 6], ['अनसब्सक्राइब', 7], ['رکنیت', 5],
  ['سبسکرائب', 6], ['ان سبسکرائب', 7], ['opt out', 6], ['opt in', 6], ['optout', 6], ['stop sending', 6],
  ['stop + messages', 5], ['stop + message', 5], ['stop + notification*', 5], ['no more messages', 6],
  ['dont + messages', 4], ['dont want + messages', 5], ['updates', 2], ['campaign', 3], ['alerts', 3],
  ['mat bhejo', 6], ['mat bhejna', 6], ['na bhejo', 6], ['band karo + message*', 6], ['band + message*', 5],
  ['मत भेजो', 6], ['मत भेजना', 6], ['न भेजो', 6], ['बंद + मैसेज', 5], ['बंद + संदेश', 5], ['मैसेज', 1], ['संदेश', 1],
  ['مت بھیجو', 6], ['بھیجنا بند', 6], ['भेजना बंद', 6], ['bhejna band', 6], ['پیغامات', 1], ['نہ بھیجو', 6], ['بند + میسج', 5], ['بند + پیغام', 5], ['پیغام', 1], ['میسج', 1],
  ['messages', 1], ['bhejo', 1], ['msg', 1], ['sms', 1], ['sandesh', 1],
]);

/** Things clearly off-topic; they only have to beat weak accidental cues. */
export const OTHER = weighted([
  ['shukriya', 4], ['madad mili', 4], ['मदद मिली', 4], ['مدد ملی', 4], ['joke', 4], ['weather', 4], ['cricket', 4], ['match', 2], ['song', 4], ['movie', 4], ['recipe', 4], ['mausam', 4],
  ['barish', 4], ['gana', 3], ['gaana', 3], ['latifa', 4], ['mosquito*', 4], ['machhar', 4], ['machar', 4], ['lice', 4],
  ['cockroach', 4], ['murder', 3], ['katl', 3], ['qatl', 3], ['hatya', 3], ['battery', 3], ['exam', 3], ['traffic', 3],
  ['मौसम', 4], ['बारिश', 4], ['गाना', 3], ['चुटकुला', 4], ['मच्छर', 4], ['हत्या', 3], ['क़त्ल', 3], ['कत्ल', 3],
  ['موسم', 4], ['بارش', 4], ['گانا', 3], ['لطیفہ', 4], ['مچھر', 4], ['قتل', 3], ['beti bachao', 5], ['बेटी बचाओ', 5],
  ['بیٹی بچاؤ', 5], ['yojana', 2], ['योजना', 2], ['scheme', 2], ['your name', 3], ['who are you', 3],
  // A district with an everyday question ("job vacancies in Srinagar", "will it snow in Srinagar") is not a centre.
  ['job', 3], ['jobs', 3], ['vacanc*', 3], ['naukri', 3], ['नौकरी', 3], ['نوکری', 3], ['snow', 3], ['snowfall', 3],
  ['medical exam', -3], ['medical examination', -3], ['film', 4], ['drama', 3], ['ڈرامے', 3], ['documentary', 4], ['फ़िल्म', 4], ['फिल्म', 4], ['فلم', 4], ['serial', 3], ['सीरियल', 3], ['سیریل', 3], ['news', 3], ['khabar', 3], ['ख़बर', 3], ['खबर', 3], ['خبر', 3], ['अख़बार', 2], ['अखबार', 2], ['اخبار', 2], ['barf', 3], ['बर्फ', 3], ['برف', 3], ['rain', 3], ['heat', 3], ['baarish', 3], ['admission', 3], ['result', 2], ['shopping', 3], ['bazaar', 2],
]);
