import { dirOf, isLang, type Lang } from '../lang.js';
import type { Choice, Reply } from '../replies.js';
import { suggestUiLang } from '../understand/index.js';
import { menuReply } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

/** Each language is offered in its own script, so a person finds hers without reading another. */
export const LANGUAGE_LABELS: Record<Lang, string> = {
  en: 'English',
  hi: 'हिन्दी',
  ur: 'اردو',
  ks: 'کٲشُر',
  doi: 'डोगरी',
};
const ORDER: Lang[] = ['en', 'hi', 'ur', 'ks', 'doi'];

export function languageChoices(preferred?: Lang): Choice[] {
  const order = preferred ? [preferred, ...ORDER.filter((l) => l !== preferred)] : ORDER;
  return order.map((l) => ({ id: `lang:${l}`, label: LANGUAGE_LABELS[l] }));
}

export function askLanguage(ctx: FlowCtx): Reply {
  ctx.state.flow = 'language';
  ctx.state.step = 'choose';
  return { kind: 'text', text: ctx.t('choose_language'), choices: languageChoices(ctx.lang), dir: dirOf(ctx.lang) };
}

/** First contact: a short welcome in the language her first message suggests, then the language choice. */
export function onboarding(ctx: FlowCtx): Outcome {
  const first = ctx.event.content;
  const suggested: Lang =
    first.kind === 'text' ? suggestUiLang(first.text) : hintToLang(ctx.event.languageHint) ?? ctx.lang;
  ctx.state.language = suggested; // tentative, so a question typed instead of a button is answered in her script
  const t = ctx.tFor(suggested);
  ctx.lang = suggested;
  ctx.t = t;
  const welcome: Reply = { kind: 'text', text: t('welcome'), dir: dirOf(suggested) };
  return { replies: [welcome, askLanguage(ctx)] };
}

export function chooseLanguage(ctx: FlowCtx, value: string): Outcome {
  if (!isLang(value)) return { replies: [askLanguage(ctx)] };
  ctx.state.language = value;
  ctx.lang = value;
  ctx.t = ctx.tFor(value);
  return { replies: [menuReply(ctx, ctx.t('language_changed'))] };
}

function hintToLang(hint: string | undefined): Lang | undefined {
  const base = hint?.toLowerCase().split('-')[0];
  return base === 'hi' || base === 'ur' || base === 'en' ? base : undefined;
}
