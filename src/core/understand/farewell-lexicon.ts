import { compileAll } from './matcher.js';

/** Word lists for a farewell: where she stands, what she holds, her last words (imminent.ts's farewell()). */

/**
 * A farewell where she stands somewhere high, or asks that someone be told she is sorry: self-harm even with
 * no word for it ("standing on the tawi bridge. tell my sister i am sorry").
 */
export const EDGE = compileAll([
  'on the bridge', 'on a bridge', 'bridge', 'on the roof', 'on the terrace', 'chhat par', 'chhat pe', 'pul par', 'pul pe',
  'छत पर', 'पुल पर', 'چھت پر', 'پل پر',
]);

export const FAREWELL = compileAll([
  'tell my mother', 'tell my mom', 'tell my sister', 'tell my family', 'sorry for everything', 'i am sorry', 'forgive me',
  'im done', 'i am done', 'goodbye', 'alvida', 'अलविदा', 'الوداع', 'thank you for everything', 'thank u for everything',
  'bata dena', 'बता देना', 'بتا دینا', '=sorry', 'wanted someone to know', 'just wanted to tell someone', 'bas kisi ko bata', 'बस किसी को बता',
  'بس کسی کو بتا',
  'goodbye letter', 'goodbye note', 'suicide note', 'last letter', 'bas ab', 'ab bas', 'अब बस', 'اب بس', 'sab khatam', 'सब खत्म', 'सब ख़त्म', 'سب ختم', 'बस अब', 'بس اب', 'tang nahi karungi', 'pareshan nahi karungi',
  'तंग नहीं करूंगी', 'तंग नहीं करूँगी', 'परेशान नहीं करूंगी', 'تنگ نہیں کروں گی', 'پریشان نہیں کروں گی', 'wont bother anyone',
  'won’t bother anyone', 'not bother anyone again', 'aaj ke baad', 'आज के बाद', 'آج کے بعد', 'after today', 'alvida khat', 'अलविदा खत', 'آخری خط',
  'aakhri baar', 'akhri baar', 'आखिरी बार', 'आख़िरी बार', 'آخری بار', 'cant do this anymore', 'cannot do this anymore', 'cant take it anymore', 'maaf kar dena', 'maaf kar de', 'ab aur nahi', 'माफ़ कर', 'माफ कर', 'अब और नहीं', 'معاف کر', 'اب اور نہیں',
]);

/** What she holds to end it. */
export const MEANS = compileAll([
  'tablets', 'pills', 'rope', 'poison', 'blade', 'گولیاں نکال', 'goliyan nikal', 'गोलियां निकाल', 'medicines', 'dawaiyan', 'davaiyan', 'दवाइयां', 'दवाइयाँ', 'دوائیں', 'دوائیاں', 'rassi', 'goliyan', 'zeher', 'रस्सी', 'गोलियां', 'गोलियाँ', 'ज़हर', 'जहर',
  'رسی', 'گولیاں', 'زہر',
]);

/** What she sees from the edge: the water, the drop ("paani bula raha hai", "the wind is strong", "neeche dekh rahi hu"). */
export const DROP = compileAll([
  'water to take me', 'paani bula', 'पानी बुला', 'پانی بلا', 'paani bahut gehra', 'पानी बहुत गहरा', 'پانی بہت گہرا', 'neeche dekh', 'नीचे देख',
  'نیچے دیکھ', 'neeche koi nahi', 'नीचे कोई नहीं', 'نیچے کوئی نہیں', 'wind is strong', 'not scared anymore', 'no longer scared', 'jump*', 'thinking of jumping',
]);
/** Letters left behind ("wrote letters for my mother and my son", "chitthi likh di hai ammi ke liye"). */
export const LETTER = compileAll([
  'wrote letters', 'wrote a letter', 'left a letter', 'left letters', 'chitthi likh di', 'chitthi likh dii', 'चिट्ठी लिख दी', 'ख़त लिख दिया',
  'खत लिख दिया', 'خط لکھ دیا', 'خط لکھ دیے', 'khat likh diya',
]);
/** It ends tonight, and nobody will find her ("it all ends tonight", "aaj raat ke baad mujhe koi nahi dhoondh payega"). */
export const ENDS = compileAll([
  'said goodbye + not picking', 'alvida kaha + nahi utha', 'अलविदा कहा + नहीं उठा', 'الوداع کہا + نہیں اٹھا', 'goodbye message', 'goodbye text', 'alvida ka message', 'अलविदा का मैसेज', 'الوداع کا میسج', 'alvida ka msg', 'tak main nahi rahungi', 'tak nahi rahungi', 'तक मैं नहीं रहूंगी', 'تک میں نہیں رہوں گی', 'sab plan kar liya', 'सब प्लान कर लिया', 'planned everything',
  'wont be here tomorrow', 'wont be here by morning', 'it all ends tonight', 'all ends tonight', 'ends tonight', 'nobody will find me', 'no one will find me', 'koi nahi dhoondh', 'koi nahi dhund',
  'कोई नहीं ढूंढ', 'कोई नहीं ढूँढ', 'کوئی نہیں ڈھونڈ', 'aaj ke baad koi pareshan nahi', 'आज के बाद किसी को तंग नहीं', 'آج کے بعد کسی کو تنگ نہیں',
]);

/** Standing at a height, said in a few words and nothing else ("چھت پر کھڑی ہوں، بس"). */
export const STANDING_AT_EDGE = compileAll([
  'standing on the terrace', 'on the terrace',
  'edge of the', 'edge of my', 'kinare khadi', 'किनारे खड़ी', 'کنارے کھڑی', 'munder pe', 'munder par', 'मुंडेर पर', 'منڈیر پر', 'پل پر کھڑی',
  'pul pe hu', 'pul par hu', 'पुल पर हूँ', 'پل پر ہوں', 'im on the bridge', 'i am on the bridge', 'on the jhelum bridge', 'on the tawi bridge',
  'patri pe khadi', 'patri par khadi', 'track pe khadi', 'पटरी पर खड़ी', 'پٹری پر کھڑی', 'on the railway track', 'on the train track',
  'standing on the bridge', 'standing on the roof', 'standing at the edge', 'chhat par khadi', 'chhat pe khadi',
  'छत पर खड़ी', 'پل پر کھڑی', 'چھت پر کھڑی', 'पुल पर खड़ी', 'chhat pe hu', 'chhat par hu', 'chhat pe hoon', 'छत पर हूँ',
  'छत पर हूं', 'چھت پر ہوں', 'on the roof', 'on the bridge', 'pul pe khadi', 'pul par khadi', 'पुल पे खड़ी', 'پل پہ کھڑی',
]);

/** Last words to the family: "take care of my children", "tell my daughter I loved her". */
export const CARE_FOR = compileAll([
  'take care of my', 'look after my', 'tell my daughter', 'tell my son', 'tell my kids', 'tell my children', 'loved her', 'loved him', 'love you all',
  'bachon ka dhyan', 'bachchon ka dhyan', 'बच्चों का ध्यान', 'बच्चों का ख्याल', 'بچوں کا خیال', 'بچوں کا دھیان', 'bachon ka khayal',
  'bachon ka khyal', 'अलविदा माँ', 'अलविदा मां', 'alvida maa', 'alvida ammi', 'الوداع امی', 'khuda hafiz ammi', 'خدا حافظ امی', 'goodbye mom',
  'goodbye maa', 'माफ करना', 'माफ़ करना', 'maaf karna', 'معاف کرنا', 'forgive me', 'sabko alvida', 'sab ko alvida', 'सबको अलविदा', 'सब को अलविदा', 'سب کو خدا حافظ', 'سب کو الوداع', 'sab ko khuda hafiz',
]);

export const LAST_WORDS = compileAll([
  'goodbye', 'alvida', 'अलविदा', 'الوداع', 'khuda hafiz', 'خدا حافظ', 'ख़ुदा हाफ़िज़', 'cant do this anymore', 'cannot do this anymore',
  'ab aur nahi', 'अब और नहीं', 'اب اور نہیں', 'saha nahi jata', 'sahaa nahi jata', 'सहा नहीं जाता', 'سہا نہیں جاتا', 'bardasht nahi',
  'बर्दाश्त नहीं', 'برداشت نہیں', 'aakhri baar', 'akhri baar', 'आखिरी बार', 'आख़िरी बार', 'آخری بار', 'last time i',
]);
