import { withinDistance } from './fuzzy.js';
import { normalize, tokenKey } from './normalize.js';
import type { Tok } from './matcher.js';

/**
 * Districts of J&K and Ladakh with spellings people use (English, Hindi, Urdu, old names).
 * Multi-word spellings are written without spaces: adjacent tokens are joined when matching.
 */
const DISTRICTS: Record<string, string[]> = {
  Anantnag: ['anantnag', 'anantnaag', 'anatnag', 'islamabad', 'अनंतनाग', 'अनन्तनाग', 'اننتناگ', 'اننت‌ناگ', 'اسلامآباد', 'اسلامباد'],
  Bandipora: ['bandipora', 'bandipore', 'bandipur', 'बांदीपोरा', 'बांडीपोरा', 'बांदीपुरा', 'بانڈیپورہ', 'بانڈیپورا', 'بانڈیپور'],
  Baramulla: ['baramulla', 'baramula', 'baramulah', 'varmul', 'बारामूला', 'बारामुला', 'बारामुल्ला', 'بارہمولہ', 'بارامولا', 'بارہمولا'],
  Budgam: ['budgam', 'badgam', 'बडगाम', 'बुडगाम', 'بڈگام', 'بدگام'],
  Doda: ['doda', 'डोडा', 'ڈوڈہ', 'ڈوڈا', 'ڈودہ'],
  Ganderbal: ['ganderbal', 'gandarbal', 'गांदरबल', 'गंदरबल', 'गांदेरबल', 'گاندربل', 'گندربل'],
  Jammu: ['jammu', 'jamu', 'jammmu', 'जम्मू', 'जमू', 'جموں', 'جمو'],
  Kathua: ['kathua', 'kathuwa', 'कठुआ', 'कठुवा', 'کٹھوعہ', 'کٹھوا', 'کٹھوعا'],
  Kishtwar: ['kishtwar', 'kishtiwar', 'किश्तवाड़', 'किश्तवाड', 'किश्तवार', 'کشتواڑ', 'کشتوار'],
  Kulgam: ['kulgam', 'कुलगाम', 'کولگام', 'کلگام'],
  Kupwara: ['kupwara', 'kupwada', 'कुपवाड़ा', 'कुपवाडा', 'कुपवारा', 'کپواڑہ', 'کپواڑا', 'کپوارہ'],
  Poonch: ['poonch', 'poonchh', 'पुंछ', 'पूंछ', 'पुँछ', 'پونچھ', 'پونچ'],
  Pulwama: ['pulwama', 'pulvama', 'पुलवामा', 'پلوامہ', 'پلواما'],
  Rajouri: ['rajouri', 'rajauri', 'rajori', 'राजौरी', 'राजोरी', 'راجوری', 'راجوڑی'],
  Ramban: ['ramban', 'रामबन', 'رامبن'],
  Reasi: ['reasi', 'riasi', 'रियासी', 'रियासि', 'ریاسی'],
  Samba: ['samba', 'सांबा', 'साम्बा', 'سانبہ', 'سانبا', 'سامبا'],
  Shopian: ['shopian', 'shopiyan', 'shupiyan', 'शोपियां', 'शोपियाँ', 'शोपियान', 'شوپیاں', 'شوپیان'],
  Srinagar: ['srinagar', 'shrinagar', 'srinagr', 'srinager', 'श्रीनगर', 'سرینگر', 'سرینگر', 'سرینگر'],
  Udhampur: ['udhampur', 'udampur', 'उधमपुर', 'ادھمپور', 'اودھمپور', 'ادہمپور'],
  Leh: ['=leh', 'लेह', 'لیہ', 'لیہہ'],
  Kargil: ['kargil', 'करगिल', 'कारगिल', 'کرگل', 'کارگل'],
};

interface Variant { district: string; key: string; exact: boolean }

const VARIANTS: Variant[] = Object.entries(DISTRICTS).flatMap(([district, names]) =>
  names.map((n) => ({ district, key: tokenKey(normalize(n.replace(/^=/, '').replace(/\s+/g, ''))), exact: n.startsWith('=') })),
);

/**
 * Every word of every message is looked up, most of them everyday words ("mera", "pati", "the"), and the fuzzy
 * pass was most of the time spent on a long message: remember answers (bounded; emptied when full).
 */
const seen = new Map<string, string | null>();
const SEEN_MAX = 20_000;

function lookup(key: string): string | undefined {
  const known = seen.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = search(key);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(key, found ?? null);
  return found;
}

function search(key: string): string | undefined {
  for (const v of VARIANTS) if (v.key === key) return v.district;
  for (const v of VARIANTS) {
    if (!v.exact && v.key.length >= 6 && key.length >= 5 && withinDistance(v.key, key, 1)) return v.district;
  }
  return undefined;
}

/** Canonical district named in the message, if any (first one wins). */
export function findDistrict(toks: Tok[]): string | undefined {
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i] as Tok;
    const b = toks[i + 1];
    if (b) {
      const joined = lookup(tokenKey(a.surface + b.surface));
      if (joined) return joined;
    }
    const single = lookup(a.key);
    if (single) return single;
  }
  return undefined;
}
