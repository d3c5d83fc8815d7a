import { dirOf, FALLBACKS, LANGS, type Lang } from '../core/lang.js';
import type { T } from '../core/ports.js';
import type { Choice, Reply } from '../core/replies.js';
import { PLEDGE_PREFIX, STOP_ID } from '../core/flows/subscription.js';
import type { CampaignButton } from '../db/schema/campaigns.js';

/** Longest campaign text: one Telegram message, and short enough to read on a small screen. */
export const MAX_CAMPAIGN_TEXT = 1000;
/** WhatsApp reply buttons hold 20 characters; longer labels are cut there. */
export const BUTTON_LABEL_MAX = 20;

/** The language of the text she gets: her own, else down her chain (ks -> ur -> en, doi -> hi -> en); null = none. */
export function textLangFor(lang: Lang, texts: Record<string, string>): Lang | null {
  for (const l of [lang, ...FALLBACKS[lang]]) if (texts[l]?.trim()) return l;
  return null;
}

/** For each of Saheli's languages, the language whose text goes out (null: people in it are skipped). */
export function textLangMap(texts: Record<string, string>): Record<Lang, Lang | null> {
  return Object.fromEntries(LANGS.map((l) => [l, textLangFor(l, texts)])) as Record<Lang, Lang | null>;
}

/** The campaign message as a Reply: her text, the campaign's buttons, and always a way to stop. */
export function campaignReply(
  campaign: { id: string; texts: Record<string, string>; buttons: CampaignButton[] },
  lang: Lang,
  t: T,
): Reply | null {
  const text = campaign.texts[lang];
  if (!text?.trim()) return null;
  const choices: Choice[] = [];
  for (const b of campaign.buttons) {
    if (b.kind === 'pledge') {
      const labelLang = textLangFor(lang, b.labels ?? {});
      if (labelLang) choices.push({ id: `${PLEDGE_PREFIX}${campaign.id}`, label: b.labels?.[labelLang] as string });
    } else if (b.kind === 'find_help') choices.push({ id: 'm:help', label: t('menu.find_help') });
    else if (b.kind === 'rights') choices.push({ id: 'm:rights', label: t('menu.rights') });
    else if (b.kind === 'menu') choices.push({ id: 'm:menu', label: t('menu.back') });
  }
  choices.push({ id: STOP_ID, label: t('subscription.stop_button') });
  return { kind: 'text', text, choices, dir: dirOf(lang) };
}

/**
 * Words that would tell someone reading her phone what this chat is about. A warning for the campaigner,
 * never a block: the text is theirs to decide.
 */
const SENSITIVE = [
  'violence', 'abuse', 'abused', 'rape', 'raped', 'pocso', 'sexual', 'assault', 'domestic violence', 'beating', 'molest',
  'हिंसा', 'शोषण', 'बलात्कार', 'दुष्कर्म', 'यौन', 'मारपीट', 'पॉक्सो',
  'تشدد', 'زیادتی', 'عصمت دری', 'جنسی', 'مار پیٹ', 'استحصال', 'پوکسو',
];

export function sensitiveWords(texts: Record<string, string>): string[] {
  const found = new Set<string>();
  for (const text of Object.values(texts)) {
    const lower = text.toLowerCase();
    for (const w of SENSITIVE) {
      const latin = /^[a-z ]+$/.test(w);
      if (latin ? new RegExp(`\\b${w}\\b`).test(lower) : lower.includes(w)) found.add(w);
    }
  }
  return [...found];
}
