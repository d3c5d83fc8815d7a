/**
 * Traceability for every legal message: what it cites, which legal-facts.md headings back it,
 * and whether it leans on an unverified fact. Plus the review status of each language.
 */
import type { Lang } from '../lang.js';
import { CHILD_MARRIAGE_SOURCES, LEGAL_AID_SOURCES } from './sources-cm.js';
import { DV_SOURCES } from './sources-dv.js';
import { POCSO_SOURCES } from './sources-pocso.js';
import type { ContentSource } from './sources-types.js';

export type { ContentSource } from './sources-types.js';

export const CONTENT_SOURCES: Record<string, ContentSource> = {
  ...DV_SOURCES,
  ...POCSO_SOURCES,
  ...CHILD_MARRIAGE_SOURCES,
  ...LEGAL_AID_SOURCES,
};

export type ReviewStatus = 'draft' | 'reviewed';

/** No native reviewer has read any language yet. Flip a language only after a reviewer signs off. */
export const REVIEW_STATUS: Record<Lang, ReviewStatus> = {
  en: 'draft',
  hi: 'draft',
  ur: 'draft',
  ks: 'draft',
  doi: 'draft',
};

/** Per-key exceptions to REVIEW_STATUS, e.g. `{ hi: { 'dv.intro': 'reviewed' } }`. Empty for now. */
export const REVIEW_OVERRIDES: Partial<Record<Lang, Record<string, ReviewStatus>>> = {};

/** The review status of one key in one language. */
export function reviewStatusOf(lang: Lang, key: string): ReviewStatus {
  return REVIEW_OVERRIDES[lang]?.[key] ?? REVIEW_STATUS[lang];
}
