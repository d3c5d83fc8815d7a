import { isAboutChild, isPast, MARRIAGE, SEXUAL, VIOLENCE } from './cues.js';
import { anyMatch, compileAll, type Tok } from './matcher.js';

/**
 * Danger that no single phrase names, read from the whole message: fear with something about to happen
 * ("he's coming home drunk, I'm scared"), an injury now ("I am bleeding"), a forced marriage within days
 * ("they are marrying me off tomorrow, I am 15"), the abuser there now ("he is here now and he touches me").
 * Not counted when the message is about the past ("I was scared", "years ago").
 */

const FEAR = compileAll([
  'scared', 'afraid', 'terrified', 'frightened', 'fear for my life', 'panicking',
  'dar lag', 'darr lag', 'dar rahi', 'darr rahi', 'dar raha', 'ghabra rahi', 'ghabrahat',
  'डर लग', 'डर रही', 'डर रहा', 'घबरा रही', 'घबराहट', 'ڈر لگ', 'ڈر رہی', 'ڈر رہا', 'گھبرا رہی', 'گھبراہٹ',
  'dari hui', 'dari huyi', 'sehmi hui', 'डरी हुई', 'सहमी हुई', 'ڈری ہوئی', 'سہمی ہوئی',
]);

/** Something about to happen, or happening around her now. */
const IMMINENT = compileAll([
  'coming', 'on his way', 'on their way', 'tonight', 'right now', 'outside', 'door', 'drunk', 'any moment',
  'aa raha', 'aa rahe', 'aane wala', 'aane wale', 'aaj raat', 'abhi', 'bahar', 'darwaza', 'sharab', 'nashe',
  'आ रहा', 'आ रहे', 'आने वाला', 'आने वाले', 'आज रात', 'अभी', 'बाहर', 'दरवाज़ा', 'दरवाजा', 'शराब', 'नशे',
  'آ رہا', 'آ رہے', 'آنے والا', 'آنے والے', 'آج رات', 'ابھی', 'باہر', 'دروازہ', 'شراب', 'نشے',
]);

/** Hurt now, needing care. */
const INJURY_NOW = compileAll([
  'i am bleeding', 'im bleeding', 'bleeding a lot', 'bleeding badly', 'cant breathe', 'cannot breathe', 'unconscious',
  'khoon beh', 'khoon nikal', 'behosh', 'saans nahi aa', 'खून बह', 'खून निकल', 'बेहोश', 'सांस नहीं आ',
  'خون بہ', 'خون نکل', 'بے ہوش', 'بیہوش', 'سانس نہیں آ',
  'is bleeding', 'are bleeding', 'bleeding from', 'khoon aa raha', 'खून आ रहा', 'خون آ رہا',
  'feel dizzy', 'feeling dizzy', 'broke my arm', 'broke my hand', 'broke my leg', 'chakkar aa raha', 'sar phat', 'haddi toot',
  'चक्कर आ रहा', 'सिर फट', 'हड्डी टूट', 'چکر آ رہا', 'سر پھٹ', 'ہڈی ٹوٹ',
]);

const FORCED_MARRIAGE = compileAll([
  'forcing me to marry', 'force me to marry', 'forced to marry', 'forcing me into marriage', 'marrying me off',
  'marry me off', 'marrying my sister off', 'marrying my daughter off', 'marrying her off', 'zabardasti shaadi', 'zabardasti shadi', 'jabardasti shaadi', 'jabardasti shadi', 'zabardasti nikah',
  'meri shaadi kar rahe', 'meri shadi kar rahe', 'meri shaadi karwa rahe', 'meri shadi karwa rahe',
  'जबरदस्ती शादी', 'ज़बरदस्ती शादी', 'मेरी शादी कर रहे', 'मेरी शादी करवा रहे', 'ज़बरदस्ती निकाह',
  'زبردستی شادی', 'زبردستی نکاح', 'میری شادی کر رہے', 'میری شادی کروا رہے',
]);

/** Within days ("kal" is tomorrow here: a forced marriage that happened yesterday is told in the past tense). */
const SOON = compileAll([
  'tomorrow', 'tonight', 'today', 'this week', 'next week', 'in two days', 'in a few days', 'day after',
  'this monday', 'this tuesday', 'this wednesday', 'this thursday', 'this friday', 'this saturday', 'this sunday',
  'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
  '=kal', '=aaj', 'parso', 'parson', 'is hafte', 'agle hafte', 'kuch din', 'कल', 'आज', 'परसों', 'इस हफ्ते', 'अगले हफ्ते', 'कुछ दिन',
  'کل', 'آج', 'پرسوں', 'اس ہفتے', 'اگلے ہفتے', 'کچھ دن',
]);

/** Her own (or her child's) marriage, not a question about marriages in general. */
const MINE = compileAll([
  'my', 'me', 'meri', 'mera', 'mere', 'mujhe', 'मेरी', 'मेरा', 'मेरे', 'मुझे', 'मैं', 'میری', 'میرا', 'میرے', 'مجھے',
]);

/** The abuser is with her now. */
const PRESENT_NOW = compileAll([
  'he is here', 'hes here', 'he is in the house', 'he is at home', 'he is in my room', 'they are here',
  'woh yahan hai', 'wo yahan hai', 'woh yaha hai', 'wo yaha hai', 'ghar mein hai abhi', 'ghar pe hai abhi',
  'वो यहाँ है', 'वो यहां है', 'वह यहाँ है', 'वह यहां है', 'وہ یہاں ہے', 'وہ گھر میں ہے',
]);

/** Hiding from him, now. */
const HIDING = compileAll([
  'hiding from', 'hiding in', 'im hiding', 'i am hiding', 'chhupi hui', 'chupi hui', 'chhup gayi', 'chup gayi',
  'छुपी हुई', 'छिपी हुई', 'छुप गई', 'छिप गई', 'چھپی ہوئی', 'چھپ گئی',
]);

/** Put out of the house with nowhere to go, at night. */
const THROWN_OUT = compileAll([
  'threw me out', 'thrown me out', 'kicked me out', 'locked me out', 'ghar se nikal', 'घर से निकाल', 'گھر سے نکال',
]);
const STRANDED = compileAll([
  'nowhere to go', 'no place to go', 'at night', 'tonight', 'on the street', 'in the cold', 'kahin jaane ko nahi',
  'kahin jane ko nahi', 'raat ke', 'raat ko', 'sadak par', 'कहीं जाने को नहीं', 'रात के', 'रात को', 'सड़क पर',
  'کہیں جانے کو نہیں', 'رات کے', 'رات کو', 'سڑک پر',
]);

export function imminentDanger(whole: Tok[]): boolean {
  if (isPast(whole)) return false;
  if (anyMatch(INJURY_NOW, whole)) return true;
  if (anyMatch(HIDING, whole)) return true;
  if (anyMatch(THROWN_OUT, whole) && anyMatch(STRANDED, whole)) return true;
  if (anyMatch(FEAR, whole) && anyMatch(IMMINENT, whole)) return true;
  if (anyMatch(SOON, whole)) {
    if (anyMatch(FORCED_MARRIAGE, whole)) return true;
    // "kal meri shaadi hai, main 13 saal ki hoon": a child's own marriage within days.
    if (anyMatch(MARRIAGE, whole) && isAboutChild(whole) && anyMatch(MINE, whole)) return true;
  }
  if (anyMatch(PRESENT_NOW, whole) && (anyMatch(SEXUAL, whole) || anyMatch(VIOLENCE, whole) || isAboutChild(whole))) return true;
  return false;
}
