/** Figures of speech that sound like danger (emergency.ts): dying of boredom, a mother's "will kill me", a film's plot. */
import { MOTHER } from './cues.js';
import { NEWS } from './emergency-lexicon.js';
import { compileAll } from './matcher.js';

export const IDIOM_CAUSE = compileAll([
  'sharam se', 'sharm se', 'शर्म से', 'شرم سے', 'embarrass*', 'boredom', 'bore ho', 'thand se', 'garmi se', 'ठंड से', 'गर्मी से', 'ٹھنڈ سے',
  'bhook se', 'bhookh se', 'भूख से', 'بھوک سے', 'pyaas se', 'प्यास से', 'گرمی سے', 'گرمی نے', 'garmi ne', 'गर्मी ने', 'thand ne', 'ठंड ने', 'ٹھنڈ نے', 'hans hans', 'laughing', 'of laughter', 'taano se', 'tano se', 'तानों से', 'طعنوں سے', 'boredom se', 'hanste hanste', 'हँसते हँसते', 'हंसते हंसते', 'ہنستے ہنستے', 'hans ke', 'हंस के',
  'ہنس کے',
]);

export const DONE_BY_OTHER = compileAll([
  'khudkushi ki', 'suicide ki', 'ne zeher khaya', 'ne zehar khaya', 'ने ज़हर खाया', 'ने जहर खाया', 'نے زہر کھایا', 'زہر دے دیا', 'zeher de diya',
  'ज़हर दे दिया', 'जहर दे दिया', 'ne zeher kha', 'ne zehar kha', 'ने ज़हर खा', 'ने जहर खा', 'نے زہر کھا', 'ne suicide', 'ne khudkushi', 'ne aatmhatya', 'ने आत्महत्या', 'ने खुदकुशी', 'ने सुसाइड', 'نے خودکشی',
  'kar liya', 'kar li', 'कर लिया', 'कर ली', 'کر لیا', 'کر لی', 'killed herself', 'killed himself', 'took her own life', 'took his own life',
]);

export const STORY = compileAll([
  ...NEWS, 'movie', 'film', 'फ़िल्म', 'फिल्म', 'فلم', 'serial', 'सीरियल', 'سیریل', 'documentary', 'ڈرامے', 'ड्रामे', 'heroine', 'हीरोइन', 'ہیروئن', 'drama', 'ڈرامہ',
]);

// Figures of speech. Laughter anywhere ("mar jaungi hans hans ke", "typical desi mom haha") marks a joke; a thing
// right before the threat is its subject ("this exam will kill me"), unlike "he said he will kill me if I go to my exam".
/** An outright laugh: "nobody will find me in this crowd haha", "will kill me if i burn the dal again haha". */
export const OUTRIGHT_LAUGH = compileAll(['haha', 'hahaha', 'lol', 'hehe', 'lmao', '😂', '🤣']);
export const LAUGHING = compileAll([
  'lol', 'haha', 'hahaha', 'hehe', 'lmao', 'rofl', 'joke', 'meme', 'hans hans', 'हंस हंस', 'ہنس ہنس', 'हाहा', 'ہاہا', '😂', '🤣',
]);

// A sickle sharpened for the harvest (not "the kitchen knife": that is the one he holds).
export const TOOL_AT_WORK = compileAll(['fasal', 'harvest', 'kheti', 'फसल', 'खेती', 'فصل', 'کھیتی']);

export const THING = compileAll(['exam', 'exams', 'homework', 'assignment', 'heat', 'garmi', 'गर्मी', 'گرمی', 'traffic', 'ٹریفک', 'ट्रैफिक', 'work']);

// "امی مجھے مار ڈالیں گی اگر آج پھر دیر سے گھر گئی": a mother's "if you are late again", when no husband or
// in-law is in the message ("he said if I tell my mother he will kill me" stays a threat).
// Her mother, or her boss: the one who "will kill" her for being late.
export const BOSS = compileAll(['boss', 'बॉस', 'باس', 'teacher', 'टीचर', 'ٹیچر', 'madam', 'मैडम', 'میڈم']);
export const MOTHER_OR_BOSS = [...BOSS, ...MOTHER];

/** Her father "will kill" her over marks or a result: only with such a small reason ("papa maar daalenge agar result dekh liya"). */
export const FATHER = compileAll(['papa', 'dad', 'daddy', 'father', 'abbu', 'abba', 'पापा', 'अब्बू', 'पिताजी', 'ابو', 'ابا', 'پاپا']);

/** Everyday reasons a mother or a boss "will kill" her: marks, being late, a broken phone. */
export const SMALL_REASON = compileAll(['फेल', 'فیل', 'रिजल्ट', 'رزلٹ', 'امتحان', 'इम्तिहान', 'परीक्षा', 'imtihan', 'نمبر کم', 'number kam', 'नंबर कम', 'homework', 'ہوم ورک', 'होमवर्क','failing', 'failed', 'fail', 'marks', 'result', 'maths', 'exam', 'late', 'लेट', 'देर', 'لیٹ', 'دیر', 'report card', 'phone tod']);
