import { normalize, tokenKey } from '../understand/index.js';

/**
 * Names for places in J&K and Ladakh that the understanding module may not know: towns and localities people
 * give instead of their district (Sopore, Katra, Pahalgam...), spellings it misses, and the regions
 * (Ladakh, Kashmir) that need one more question. Used only when `understand(text).district` is empty.
 */

export const DIVISIONS = {
  jammu: ['Jammu', 'Kathua', 'Samba', 'Udhampur', 'Reasi', 'Rajouri', 'Poonch', 'Doda', 'Kishtwar', 'Ramban'],
  kashmir: ['Srinagar', 'Anantnag', 'Baramulla', 'Budgam', 'Pulwama', 'Shopian', 'Kulgam', 'Ganderbal', 'Bandipora', 'Kupwara'],
  ladakh: ['Leh', 'Kargil'],
} as const;
export type Division = keyof typeof DIVISIONS;

export const DISTRICTS: readonly string[] = Object.values(DIVISIONS).flat();

export const isDistrict = (name: string): boolean => DISTRICTS.includes(name);

/** District -> names for it, or for a town in it, in Latin, Devanagari and Perso-Arabic script. */
const NAMES: Record<string, string[]> = {
  Anantnag: ['anantnag', 'anantnaag', 'islamabad', 'pahalgam', 'bijbehara', 'kokernag', 'qazigund', 'dooru', 'अनंतनाग', 'इस्लामाबाद', 'पहलगाम', 'اننتناگ', 'اسلام آباد', 'پہلگام'],
  Bandipora: ['bandipora', 'bandipore', 'gurez', 'sumbal', 'hajin', 'बांदीपोरा', 'गुरेज़', 'بانڈی پورہ', 'بانڈیپورہ', 'گریز'],
  Baramulla: ['baramulla', 'baramula', 'sopore', 'uri', 'gulmarg', 'pattan', 'बारामूला', 'सोपोर', 'गुलमर्ग', 'بارہمولہ', 'بارہ مولہ', 'سوپور', 'گلمرگ'],
  Budgam: ['budgam', 'badgam', 'chadoora', 'beerwah', 'chrar-e-sharif', 'बडगाम', 'بڈگام', 'چاڈورہ'],
  Doda: ['doda', 'bhaderwah', 'bhadarwah', 'thathri', 'डोडा', 'भद्रवाह', 'ڈوڈہ', 'بھدرواہ'],
  Ganderbal: ['ganderbal', 'gandarbal', 'wayil', 'kangan', 'sonamarg', 'गांदरबल', 'गंदेरबल', 'सोनमर्ग', 'گاندربل', 'کنگن', 'سونہ مرگ'],
  Jammu: ['jammu', 'jammu tawi', 'akhnoor', 'r s pura', 'rs pura', 'bishnah', 'जम्मू', 'अखनूर', 'جموں', 'اکھنور'],
  Kathua: ['kathua', 'kathwa', 'kathuaa', 'billawar', 'hiranagar', 'basohli', 'कठुआ', 'कठुवा', 'हीरानगर', 'کٹھوعہ', 'کٹھوا', 'کٹھوعا'],
  Kishtwar: ['kishtwar', 'kishtawar', 'paddar', 'किश्तवाड़', 'किश्तवार', 'کشتواڑ'],
  Kulgam: ['kulgam', 'kulgaam', 'devsar', 'कुलगाम', 'کولگام', 'کلگام'],
  Kupwara: ['kupwara', 'kupwada', 'handwara', 'karnah', 'कुपवाड़ा', 'हंदवाड़ा', 'کپواڑہ', 'ہندوارہ'],
  Poonch: ['poonch', 'mendhar', 'surankote', 'पुंछ', 'पूंछ', 'मेंढर', 'پونچھ', 'مینڈھر'],
  Pulwama: ['pulwama', 'pulwamah', 'tral', 'awantipora', 'pampore', 'पुलवामा', 'पंपोर', 'پلوامہ', 'ترال', 'پانپور'],
  Rajouri: ['rajouri', 'rajori', 'rajauri', 'nowshera', 'thanamandi', 'sunderbani', 'राजौरी', 'राजोरी', 'नौशेरा', 'راجوری', 'نوشہرہ'],
  Ramban: ['ramban', 'banihal', 'batote', 'रामबन', 'बनिहाल', 'رامبن', 'بانہال'],
  Reasi: ['reasi', 'riasi', 'riyasi', 'katra', 'रियासी', 'कटरा', 'ریاسی', 'کٹڑہ', 'کٹرہ'],
  Samba: ['samba', 'vijaypur', 'सांबा', 'विजयपुर', 'سانبہ', 'سامبا'],
  Shopian: ['shopian', 'shopiyan', 'shupiyan', 'शोपियां', 'शोपियान', 'شوپیاں'],
  Srinagar: ['srinagar', 'sri nagar', 'shrinagar', 'bemina', 'lal chowk', 'श्रीनगर', 'बेमिना', 'سرینگر', 'سری نگر', 'بمنہ'],
  Udhampur: ['udhampur', 'udampur', 'chenani', 'उधमपुर', 'ادھمپور'],
  Leh: ['leh', 'nubra', 'changthang', 'nyoma', 'लेह', 'नुब्रा', 'لیہ', 'لہہ', 'نوبرا'],
  Kargil: ['kargil', 'kargill', 'drass', 'dras', 'zanskar', 'padum', 'करगिल', 'कारगिल', 'द्रास', 'کرگل', 'کارگل', 'دراس', 'زنسکار'],
};

/** Regions that hold several districts: answer with that region's district list. */
const REGIONS: Record<Division, string[]> = {
  ladakh: ['ladakh', 'ladak', 'laddakh', 'लद्दाख', 'लदाख', 'لداخ', 'لدّاخ'],
  kashmir: ['kashmir', 'kashmir valley', 'kashmir division', 'कश्मीर', 'کشمیر'],
  jammu: ['jammu division', 'jammu region', 'जम्मू संभाग', 'جموں صوبہ'],
};

/** Common places outside J&K and Ladakh: she is told plainly that 181 covers them. */
const OUTSIDE = [
  'delhi', 'new delhi', 'mumbai', 'bombay', 'kolkata', 'calcutta', 'chennai', 'bangalore', 'bengaluru', 'hyderabad', 'pune',
  'lucknow', 'jaipur', 'patna', 'bhopal', 'ahmedabad', 'chandigarh', 'amritsar', 'jalandhar', 'ludhiana', 'pathankot',
  'shimla', 'dharamshala', 'dehradun', 'noida', 'gurgaon', 'gurugram', 'punjab', 'himachal', 'haryana', 'rajasthan',
  'uttar pradesh', 'bihar', 'gujarat', 'maharashtra', 'kerala',
  'दिल्ली', 'मुंबई', 'पंजाब', 'चंडीगढ़', 'पठानकोट', 'हिमाचल', 'دہلی', 'دلی', 'ممبئی', 'پنجاب', 'چندی گڑھ', 'پٹھانکوٹ',
];

const key = (s: string): string => tokenKey(normalize(s).replace(/[^\p{L}\p{M}\p{N}]+/gu, ''));
const index = (names: string[]) => names.map(key);
const DISTRICT_KEYS = Object.entries(NAMES).map(([district, names]) => ({ district, keys: index(names) }));
const REGION_KEYS = Object.entries(REGIONS).map(([division, names]) => ({
  division: division as Division,
  keys: index(names),
  phraseKeys: index(names.filter((n) => n.includes(' '))),
}));
const OUTSIDE_KEYS = index(OUTSIDE);

export type PlaceMatch =
  | { kind: 'district'; district: string }
  | { kind: 'region'; division: Division }
  | { kind: 'outside' };

/**
 * What place the text names, if any: a district outranks a region ("Leh, Ladakh" is Leh), which outranks a
 * place outside J&K/Ladakh. Exact names are tried first; then one spelling mistake is forgiven in names
 * of 6 letters or more.
 */
export function resolvePlace(text: string): PlaceMatch | undefined {
  const words = normalize(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  // Candidate phrases of one to three words, joined without spaces (names are matched the same way).
  const phrases: string[] = [];
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) phrases.push(key(words.slice(i, i + n).join('')));
  }
  const hit = (keys: string[], fuzzy: boolean) =>
    phrases.some((p) => keys.some((k) => k === p || (fuzzy && k.length >= 6 && p.length >= 5 && withinOneEdit(k, p))));

  // "Jammu division" names a region that contains a district's name: the longer phrase wins.
  const named = REGION_KEYS.find((r) => hit(r.phraseKeys, false));
  if (named) return { kind: 'region', division: named.division };
  for (const fuzzy of [false, true]) {
    const district = DISTRICT_KEYS.find((d) => hit(d.keys, fuzzy));
    if (district) return { kind: 'district', district: district.district };
    const region = REGION_KEYS.find((r) => hit(r.keys, fuzzy));
    if (region) return { kind: 'region', division: region.division };
    if (!fuzzy && hit(OUTSIDE_KEYS, false)) return { kind: 'outside' };
  }
  return undefined;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
