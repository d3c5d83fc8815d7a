/**
 * The legal-rights menu: topics -> subtopics -> a short chain of chat messages.
 *
 * Only i18next keys live here (namespace `rights`); the words live in `locales/<lang>/rights.json`
 * and every key that states law is traced to legal-facts.md in `sources.ts`.
 * Titles become WhatsApp buttons (topics, <= 20 chars) and list rows (subtopics, <= 24 chars);
 * ids become choice ids like `r:dv:orders:2`, which must stay under 64 bytes.
 */

export interface RightsSubtopic {
  id: string;
  titleKey: string;
  messageKeys: string[];
}

export interface RightsTopic {
  id: 'dv' | 'pocso' | 'child_marriage' | 'legal_aid';
  titleKey: string;
  introKey?: string;
  subtopics: RightsSubtopic[];
}

/** `count` messages keyed `<topic>.<id>.1 … n`; the title is `<topic>.<id>.title`. */
const sub = (topic: RightsTopic['id'], id: string, count: number): RightsSubtopic => ({
  id,
  titleKey: `${topic}.${id}.title`,
  messageKeys: Array.from({ length: count }, (_, i) => `${topic}.${id}.${i + 1}`),
});

export const RIGHTS_TOPICS: readonly RightsTopic[] = [
  {
    id: 'dv',
    titleKey: 'dv.title',
    introKey: 'dv.intro',
    subtopics: [
      sub('dv', 'what', 2),
      sub('dv', 'who', 2),
      sub('dv', 'po', 2),
      sub('dv', 'court', 3),
      sub('dv', 'home', 2),
      sub('dv', 'orders', 3),
      sub('dv', 'urgent', 2),
      sub('dv', 'breach', 2),
      sub('dv', 'police', 2),
      sub('dv', 'aid', 1),
    ],
  },
  {
    id: 'pocso',
    titleKey: 'pocso.title',
    introKey: 'pocso.intro',
    subtopics: [
      sub('pocso', 'child', 1),
      sub('pocso', 'what', 2),
      sub('pocso', 'report', 3),
      sub('pocso', 'police', 2),
      sub('pocso', 'statement', 2),
      sub('pocso', 'medical', 1),
      sub('pocso', 'court', 2),
      sub('pocso', 'privacy', 1),
      sub('pocso', 'money', 2),
      sub('pocso', 'help', 1),
    ],
  },
  {
    id: 'child_marriage',
    titleKey: 'child_marriage.title',
    introKey: 'child_marriage.intro',
    subtopics: [
      sub('child_marriage', 'age', 2),
      sub('child_marriage', 'stop', 2),
      sub('child_marriage', 'injunction', 2),
      sub('child_marriage', 'annul', 3),
      sub('child_marriage', 'void', 1),
      sub('child_marriage', 'support', 2),
      sub('child_marriage', 'punish', 2),
      sub('child_marriage', 'wife18', 1),
    ],
  },
  {
    id: 'legal_aid',
    titleKey: 'legal_aid.title',
    introKey: 'legal_aid.intro',
    subtopics: [
      sub('legal_aid', 'free', 2),
      sub('legal_aid', 'dlsa', 1),
      sub('legal_aid', 'osc', 2),
      sub('legal_aid', 'helplines', 1),
    ],
  },
];

/**
 * Shown before any POCSO detail and whenever someone under 18 is involved: the duty to report
 * (s.19), protection for good-faith reporting (s.19(7)) and that a child is never punished (s.21(3)).
 */
export const POCSO_REPORTING_NOTICE_KEY = 'pocso.notice';

/** Appended to every legal answer: a way to a human (181, nearest One Stop Centre, a counsellor). */
export const RIGHTS_FOOTER_KEY = 'footer';

/** Every key that states law: all subtopic messages, topic intros and the POCSO notice. */
export function allLegalMessageKeys(): string[] {
  const keys: string[] = [POCSO_REPORTING_NOTICE_KEY];
  for (const topic of RIGHTS_TOPICS) {
    if (topic.introKey) keys.push(topic.introKey);
    for (const s of topic.subtopics) keys.push(...s.messageKeys);
  }
  return keys;
}
