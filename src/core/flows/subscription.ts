import { DISTRICTS } from './district-names.js';
import { menuChoices, menuReply, say } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

/** Campaign opt-in, opt-out and pledges, as the core sees them. Implemented over the database. */
export interface SubscriptionDesk {
  status(personId: string): Promise<'subscribed' | 'unsubscribed' | null>;
  /** Records her explicit consent (time and source); a deep link's district is kept for segmenting. */
  subscribe(personId: string, opts: { source: string; district: string | null; at: Date }): Promise<void>;
  /** Opts her out at once. True when she was subscribed. */
  unsubscribe(personId: string, reason: 'stop' | 'blocked', at: Date): Promise<boolean>;
  /** Counts her pledge once per campaign; `unknown` when the campaign does not exist (any more). */
  pledge(campaignId: string, personId: string): Promise<'counted' | 'already' | 'unknown'>;
}

export const OFFER_ID = 'sub:yes';
export const STOP_ID = 'sub:stop';
export const PLEDGE_PREFIX = 'pl:';

/** Exact messages that opt out at once, in every language (compared after trimming and lower-casing). */
const STOP_WORDS = new Set([
  'stop', 'unsubscribe', 'opt out', 'optout', 'stop updates', 'stop messages', 'no more messages',
  'स्टॉप', 'मत भेजो', 'मत भेजना', 'संदेश मत भेजो', 'मैसेज मत भेजो', 'अनसब्सक्राइब', 'अपडेट बंद करें', 'अपडेट बंद करो',
  'اسٹاپ', 'مت بھیجو', 'مت بھیجنا', 'پیغام مت بھیجو', 'میسج مت بھیجو', 'ان سبسکرائب', 'اپڈیٹس بند کریں', 'اپڈیٹس بند کرو',
  'mat bhejo', 'mat bhejna', 'message mat bhejo',
]);
const STOP_COMMANDS = new Set(['stop', 'unsubscribe']);
/** Words that ask for updates (without a negation): she gets a button to confirm, never a silent opt-in. */
const WANTS_UPDATES = /(^|\s)(subscribe|opt in|updates chahiye|सब्सक्राइब|सदस्यता|سبسکرائب|رکنیت)(\s|$)/u;
const NEGATION = /(^|\s)(un|no|not|dont|don't|never|mat|na|nahi|nahin|मत|न|नहीं|مت|نہ|نہیں)(\s|$)|unsubscribe|अनसब्सक्राइब|ان سبسکرائب/u;

const clean = (raw: string) => raw.trim().toLowerCase().replace(/[.!?।۔]+$/u, '').replace(/\s+/g, ' ');

export const isStopWord = (raw: string): boolean => STOP_WORDS.has(clean(raw));
export const isStopCommand = (command: string): boolean => STOP_COMMANDS.has(command);

/** `/start sub-kathua` (from t.me/<bot>?start=sub-kathua): the district, if the tag names one. */
export function deepLinkDistrict(args: string): { tag: string; district: string | null } | null {
  const tag = args.trim().toLowerCase();
  if (!/^sub(-[a-z0-9_-]{1,60})?$/.test(tag)) return null;
  const name = tag.slice(4).replace(/[-_]+/g, ' ').trim();
  const district = DISTRICTS.find((d) => d.toLowerCase() === name) ?? null;
  return { tag, district };
}

const keptDistrict = (ctx: FlowCtx) => (typeof ctx.state.data.district === 'string' ? ctx.state.data.district : null);

export async function subscribe(ctx: FlowCtx, source: string, district: string | null): Promise<Outcome> {
  const desk = ctx.services.subscriptions;
  ctx.state.data = { ...ctx.state.data, subOffered: ctx.state.data.subOffered ?? ctx.event.receivedAt.toISOString() };
  if (!desk) return { replies: [menuReply(ctx)] };
  await desk.subscribe(ctx.conv.personId, { source, district: district ?? keptDistrict(ctx), at: ctx.event.receivedAt });
  return { replies: [say(ctx, ctx.t('subscription.confirm'), menuChoices(ctx))] };
}

export async function unsubscribe(ctx: FlowCtx): Promise<Outcome> {
  await ctx.services.subscriptions?.unsubscribe(ctx.conv.personId, 'stop', ctx.event.receivedAt);
  ctx.state.data = { ...ctx.state.data, subOffered: ctx.state.data.subOffered ?? ctx.event.receivedAt.toISOString() };
  return { replies: [menuReply(ctx, ctx.t('subscription.stopped'))] };
}

/** Free text about messages: a clear request for updates gets a confirm button; anything else opts out. */
export function subscriptionText(ctx: FlowCtx, raw: string): Promise<Outcome> | Outcome {
  const t = clean(raw);
  if (WANTS_UPDATES.test(t) && !NEGATION.test(t)) {
    return { replies: [say(ctx, ctx.t('subscription.ask'), [{ id: OFFER_ID, label: ctx.t('subscription.offer_button') }, ...menuChoices(ctx).slice(0, 1)])] };
  }
  return unsubscribe(ctx);
}

export async function pledge(ctx: FlowCtx, choiceId: string): Promise<Outcome> {
  const desk = ctx.services.subscriptions;
  const result = desk ? await desk.pledge(choiceId.slice(PLEDGE_PREFIX.length), ctx.conv.personId) : 'unknown';
  if (result === 'unknown') return { replies: [menuReply(ctx)] };
  return { replies: [menuReply(ctx, ctx.t(result === 'counted' ? 'campaign.pledge_thanks' : 'campaign.pledge_already'))] };
}

/**
 * After a helpful answer (a rights answer's last message, or centres found), one extra choice to get
 * occasional updates. Offered once: never again after it was shown, whatever she answered.
 */
export async function withOffer(ctx: FlowCtx, outcome: Outcome): Promise<Outcome> {
  const desk = ctx.services.subscriptions;
  const last = outcome.replies.at(-1);
  if (!desk || ctx.openCase || outcome.erase || ctx.state.data.subOffered || !last || last.kind !== 'text') return outcome;
  const { flow, step } = ctx.state;
  const rightsEnd = flow === 'rights' && /^[a-z_]+:[a-z_]+:\d+$/.test(step) && !(last.choices ?? []).some((c) => /^r:[^:]+:[^:]+:\d+$/.test(c.id));
  const helpEnd = flow === 'find_help' && step === 'answered';
  if (!rightsEnd && !helpEnd) return outcome;
  if ((await desk.status(ctx.conv.personId)) === 'subscribed') return outcome;
  ctx.state.data = { ...ctx.state.data, subOffered: ctx.event.receivedAt.toISOString() };
  const choices = [...(last.choices ?? [])];
  const at = choices.at(-1)?.id === 'm:menu' ? choices.length - 1 : choices.length;
  choices.splice(at, 0, { id: OFFER_ID, label: ctx.t('subscription.offer_button') });
  return { ...outcome, replies: [...outcome.replies.slice(0, -1), { ...last, choices }] };
}
