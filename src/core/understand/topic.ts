import { CHILD_MARRIAGE, DV, POCSO } from './lexicon-rights.js';
import { COUNSELLOR, HELPLINE, LEGAL_AID, OSC } from './lexicon-services.js';
import { DELETE, LANGUAGE, MENU, OTHER, SUBSCRIPTION } from './lexicon-commands.js';
import { FAMILY_ABUSER, isNegation, MARRIAGE, SEXUAL, VIOLENCE } from './cues.js';
import { anyMatch, compileAll, matches, type Tok, type Weighted } from './matcher.js';
import type { Emergency, Topic } from './types.js';

const LEXICONS: ReadonlyArray<readonly [Topic, Weighted[]]> = [
  ['dv', DV], ['pocso', POCSO], ['child_marriage', CHILD_MARRIAGE], ['osc', OSC], ['counsellor', COUNSELLOR],
  ['helpline', HELPLINE], ['legal_aid', LEGAL_AID], ['delete', DELETE], ['language', LANGUAGE], ['menu', MENU],
  ['subscription', SUBSCRIPTION], ['other', OTHER],
];

// Tie-break order: the rights topics first, then services, then commands.
const PRIORITY: Topic[] = [
  'dv', 'pocso', 'child_marriage', 'osc', 'counsellor', 'legal_aid', 'helpline', 'delete', 'language',
  'subscription', 'menu', 'other',
];

const STOP_ALONE = compileAll(['stop', 'band', 'band karo', 'बंद', 'बंद करो', 'بند', 'بند کرو', 'ruko', 'bas', 'enough', 'cancel']);
const PROCESS = compileAll([
  'statement', 'bayan', 'बयान', 'بیان', 'medical', 'exam*', 'court', 'report*', 'complain*', 'fir', 'shikayat',
  'शिकायत', 'شکایت', 'police', 'पुलिस', 'پولیس', 'punish*', 'saza', 'सज़ा', 'سزا',
]);

const AGE_WORD = compileAll(['age', 'old', 'minimum', 'umar', 'umr', 'umra', 'उम्र', 'عمر', 'years', 'saal', 'साल', 'سال']);
const MESSAGE_WORD = compileAll(['message*', 'msg', 'msgs', 'sms', 'sandesh', 'संदेश', 'मैसेज', 'پیغام', 'میسج', 'notification*']);
const ABUSE = compileAll(['abus*', 'galat', 'गलत', 'غلط', 'shoshan', 'शोषण', 'استحصال', 'zyadti', 'زیادتی']);

export interface TopicFacts {
  child: boolean;
  district?: string;
  emergency: Emergency;
}

export interface TopicResult {
  topic: Topic;
  confidence: number;
}

function lexiconScores(toks: Tok[]): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  for (const [topic, entries] of LEXICONS) {
    let s = 0;
    for (const { pat, w } of entries) if (matches(pat, toks)) s += w;
    scores.set(topic, s);
  }
  return scores;
}

/** Scores every topic, adds the cross-lexicon rules (sexual + child = POCSO, ...), picks the best. */
export function scoreTopic(toks: Tok[], facts: TopicFacts): TopicResult {
  const sc = lexiconScores(toks);
  const add = (t: Topic, v: number) => sc.set(t, (sc.get(t) ?? 0) + v);
  const violence = anyMatch(VIOLENCE, toks);
  const abuser = anyMatch(FAMILY_ABUSER, toks);
  const sexual = anyMatch(SEXUAL, toks);
  const marriage = anyMatch(MARRIAGE, toks);

  if (violence) add('dv', 2);
  if (abuser) add('dv', 2);
  if (violence && abuser) add('dv', 2);
  if (sexual) add('pocso', facts.child ? 6 : 2);
  if (sexual && abuser && !facts.child) add('dv', 2);
  if (facts.child && anyMatch(PROCESS, toks) && !marriage) add('pocso', 2.5);
  // "abused as a child", "abusing a small girl": abuse of a child by someone outside the home reads as CSA.
  if (facts.child && anyMatch(ABUSE, toks) && !abuser && !marriage) add('pocso', 3);
  if (marriage) add('child_marriage', facts.child ? 6 : 1.5);
  if (marriage && anyMatch(AGE_WORD, toks)) add('child_marriage', 3);
  // "I don't want messages", "संदेश नहीं चाहिए": a message word with a negation is an opt-out.
  if (anyMatch(MESSAGE_WORD, toks) && toks.some(isNegation)) add('subscription', 4);
  if (facts.district) add('osc', 2.5);
  if (toks.length > 4) sc.set('menu', 0);
  if (toks.length <= 3 && anyMatch(STOP_ALONE, toks)) add('subscription', 6);

  if (facts.emergency === 'self_harm') return { topic: 'counsellor', confidence: 0.95 };
  if (facts.emergency === 'danger') {
    const topic = (sc.get('pocso') ?? 0) > (sc.get('dv') ?? 0) ? 'pocso' : 'dv';
    return { topic, confidence: 0.9 };
  }

  let best: Topic = 'other';
  let top = 0;
  let second = 0;
  for (const t of PRIORITY) {
    const v = sc.get(t) ?? 0;
    if (v > top) {
      second = top;
      top = v;
      best = t;
    } else if (v > second) second = v;
  }
  if (top < 2) return { topic: 'other', confidence: 0.3 };
  const margin = top / (top + second);
  return { topic: best, confidence: Math.round(Math.min(1, top / 6) * margin * 100) / 100 };
}
