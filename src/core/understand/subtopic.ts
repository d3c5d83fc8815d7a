import { compileAll, anyMatch, type Pattern, type Tok } from './matcher.js';
import type { Topic } from './types.js';

const P = compileAll;
// First match wins, so specific subtopics come before general ones.
const RULES: Partial<Record<Topic, ReadonlyArray<readonly [string, Pattern[]]>>> = {
  dv: [
    ['orders', P(['protection order', 'protection officer', 'sanrakshan', 'संरक्षण', 'حفاظتی', 'tahaffuz', 'magistrate'])],
    ['maintenance', P(['maintenance', 'kharcha', 'kharch', 'खर्च*', 'خرچ*', 'nafqa', 'نفقہ', 'monetary', 'expenses', 'guzara'])],
    ['residence', P(['residence', 'shared household', 'shared home', 'threw me out', 'throw me out', 'thrown out', 'kicked me out', 'ghar se nikal*', 'घर से निकाल*', 'گھر سے نکال*', 'marital home'])],
    ['dowry', P(['dowry', 'dahej', 'dahez', 'jahez', 'दहेज', 'جہیز', 'stridhan'])],
    ['reporting', P(['complain*', 'fir', 'report*', 'shikayat', 'शिकायत', 'شکایت', 'police', 'पुलिस', 'پولیس'])],
  ],
  pocso: [
    ['statement', P(['statement', 'bayan', 'बयान', 'بیان'])],
    ['medical', P(['medical', 'doctor', 'exam*', 'जांच', 'معائنہ'])],
    ['punishment', P(['punish*', 'saza', 'saja', 'सज़ा', 'सजा', 'سزا', 'jail'])],
    ['court', P(['court', 'adalat', 'अदालत', 'عدالت', 'trial'])],
    ['reporting', P(['complain*', 'fir', 'report*', 'shikayat', 'शिकायत', 'شکایت', 'police', 'पुलिस', 'پولیس'])],
  ],
  child_marriage: [
    ['annulment', P(['annul*', 'cancel*', 'void*', 'radd', 'रद्द', 'منسوخ', 'undo'])],
    ['ages', P(['age', 'umar', 'umr', 'उम्र', 'عمر', 'how old', 'legal age'])],
    ['punishment', P(['punish*', 'saza', 'saja', 'सज़ा', 'सजा', 'سزا', 'jail', 'crime', 'jurm', 'अपराध'])],
    ['officer', P(['officer', 'cmpo', 'adhikari', 'अधिकारी', 'افسر'])],
    ['stop_marriage', P(['stop', 'prevent', 'rok*', 'रोक*', 'روک*', 'forced', 'force', 'zabardasti', 'जबरदस्ती', 'زبردستی', 'married off', 'marry off'])],
  ],
};

/** Best-effort finer intent within the rights topics. */
export function findSubtopic(topic: Topic, toks: Tok[]): string | undefined {
  for (const [name, pats] of RULES[topic] ?? []) if (anyMatch(pats, toks)) return name;
  return undefined;
}
