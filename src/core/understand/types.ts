/** Topics the rest of the bot routes on; `other` is the fallback. */
export type Topic =
  | 'dv'
  | 'pocso'
  | 'child_marriage'
  | 'osc'
  | 'counsellor'
  | 'helpline'
  | 'legal_aid'
  | 'delete'
  | 'language'
  | 'menu'
  | 'subscription'
  | 'other';

export const TOPICS: readonly Topic[] = [
  'dv', 'pocso', 'child_marriage', 'osc', 'counsellor', 'helpline',
  'legal_aid', 'delete', 'language', 'menu', 'subscription', 'other',
];

/** `danger`: violence happening or imminent. `self_harm`: suicidal or self-injury intent. */
export type Emergency = false | 'danger' | 'self_harm';

export type DetectedLang = 'en' | 'hi' | 'ur' | 'hi-Latn' | 'ks' | 'doi';

/** What one free-text message is about. Best effort; `confidence` is 0..1. */
export interface Understanding {
  topic: Topic;
  emergency: Emergency;
  lang: DetectedLang;
  subtopic?: string;
  district?: string;
  aboutChild?: boolean;
  thirdParty?: boolean;
  confidence: number;
}
