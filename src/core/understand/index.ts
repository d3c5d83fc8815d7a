import { isAboutChild, isThirdParty } from './cues.js';
import { detectLang } from './detect-lang.js';
import { findDistrict } from './districts.js';
import { detectEmergency } from './emergency.js';
import { stillInDanger } from './imminent.js';
import { toTokens } from './matcher.js';
import { findSubtopic } from './subtopic.js';
import { scoreTopic } from './topic.js';
import type { Understanding } from './types.js';

export type { DetectedLang, Emergency, Topic, Understanding } from './types.js';
export { TOPICS } from './types.js';
export { detectLang, suggestUiLang } from './detect-lang.js';
export { normalize, tokenKey } from './normalize.js';

/** A short follow-up that still sounds like danger (the router asks only soon after an emergency answer). */
export function followUpDanger(text: string): boolean {
  return stillInDanger(toTokens(text));
}

/**
 * Understands one free-text message: topic, emergency, language and details.
 * Pure and synchronous; no network. Emergency detection errs towards raising the alarm.
 */
export function understand(text: string): Understanding {
  const toks = toTokens(text);
  const lang = detectLang(text);
  const emergency = detectEmergency(text);
  const child = isAboutChild(toks);
  const district = findDistrict(toks);
  const { topic, confidence } = scoreTopic(toks, { child, district, emergency });
  const out: Understanding = { topic, emergency, lang, confidence };
  const subtopic = findSubtopic(topic, toks);
  if (subtopic) out.subtopic = subtopic;
  if (district) out.district = district;
  if (child || topic === 'pocso' || topic === 'child_marriage') out.aboutChild = true;
  if (isThirdParty(toks)) out.thirdParty = true;
  return out;
}
