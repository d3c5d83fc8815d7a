import { followUpDanger, suggestUiLang, understand } from '../understand/index.js';
import { answerErase, askErase } from './erase.js';
import { findHelpChoice, findHelpLocation, findHelpStart, findHelpText } from './find-help.js';
import { duringHandoff, offerCounsellor, requestCounsellor } from './handoff.js';
import { askLanguage, chooseLanguage, onboarding } from './language.js';
import { menuChoices, menuReply, say } from './menu.js';
import { rightsChoice, rightsMenu, rightsTopic } from './rights.js';
import { emergency, helplines } from './safety.js';
import * as sub from './subscription.js';
import type { FlowCtx, Outcome } from './types.js';

/** Exact words that always work, in every language, whatever the flow. */
const COMMAND_WORDS: Record<string, 'menu' | 'language' | 'delete'> = {
  menu: 'menu', 'main menu': 'menu', मेन्यू: 'menu', मेनू: 'menu', مینو: 'menu',
  language: 'language', भाषा: 'language', زبان: 'language', 'change language': 'language', 'bhasha': 'language', 'zaban': 'language',
  'delete my data': 'delete', 'erase my data': 'delete', delete: 'delete', 'मेरा डेटा मिटाओ': 'delete',
  'मेरा डेटा मिटाएँ': 'delete', 'میرا ڈیٹا مٹاؤ': 'delete', 'میرا ڈیٹا مٹائیں': 'delete',
};

/** state + event -> replies. Safety is checked first, in every flow, before anything else. */
export async function route(ctx: FlowCtx): Promise<Outcome> {
  const c = ctx.event.content;
  if (c.kind === 'text') ctx.understanding = understand(c.text);

  const open = ctx.loadedOpenCase !== undefined ? ctx.loadedOpenCase : await ctx.services.cases.openCaseOf(ctx.conv.personId);
  if (open && isStop(ctx)) await ctx.services.subscriptions?.unsubscribe(ctx.conv.personId, 'stop', ctx.event.receivedAt);
  if (open) {
    ctx.openCase = open;
    const handled = await duringHandoff(ctx, open, isSafetyCommand(ctx));
    if (handled) return handled;
  }

  const u = ctx.understanding;
  if (c.kind === 'text' && u?.emergency) {
    if (!ctx.state.language) useSuggested(ctx, c.text);
    return emergency(ctx, u.emergency);
  }
  // Within minutes of an emergency answer, "hes back" or "plz" is more of the same emergency.
  const followUp = recentEmergency(ctx);
  if (c.kind === 'text' && followUp && followUpDanger(c.text)) return emergency(ctx, followUp);

  if (c.kind === 'command') return sub.withOffer(ctx, await command(ctx, c.command, c.args));
  if (c.kind === 'choice') return sub.withOffer(ctx, await choice(ctx, c.id));
  if (ctx.state.flow === 'new' || !ctx.state.language) return firstContact(ctx);
  if (c.kind === 'location') return sub.withOffer(ctx, await findHelpLocation(ctx, c.location));
  if (c.kind === 'unsupported') return { replies: [say(ctx, ctx.t('unsupported'), menuChoices(ctx))] };
  return sub.withOffer(ctx, await text(ctx, c.text));
}

const FOLLOW_UP_MS = 30 * 60 * 1000;

function recentEmergency(ctx: FlowCtx): 'danger' | 'self_harm' | null {
  const at = Date.parse(String(ctx.state.data.lastEmergencyAt ?? ''));
  if (!Number.isFinite(at) || ctx.event.receivedAt.getTime() - at > FOLLOW_UP_MS) return null;
  return ctx.state.data.emergencyKind === 'self_harm' ? 'self_harm' : 'danger';
}

/**
 * Welcome and language choice; when the first message already asks something, answer it too (in the
 * language her script suggests), so she does not have to ask twice. The language buttons come last.
 */
async function firstContact(ctx: FlowCtx): Promise<Outcome> {
  const welcome = onboarding(ctx);
  const c = ctx.event.content;
  const topic = ctx.understanding?.topic;
  if (c.kind !== 'text' || !topic || topic === 'menu' || topic === 'other' || topic === 'language') return welcome;
  const answer = await text(ctx, c.text);
  const [greeting, languages] = welcome.replies;
  return { replies: [greeting, ...answer.replies, languages].filter((r) => r !== undefined) };
}

/** What still works while a counsellor owns the conversation: emergency numbers and erasing. */
function isSafetyCommand(ctx: FlowCtx): boolean {
  const c = ctx.event.content;
  if (c.kind === 'command') return ['help', 'helplines', 'delete'].includes(c.command);
  if (c.kind === 'choice') return ['m:helplines', 'm:erase', 'erase:yes', 'erase:no'].includes(c.id);
  if (c.kind === 'text') return commandWord(c.text) === 'delete';
  return false;
}

/** STOP in any language, or /stop, /unsubscribe. */
function isStop(ctx: FlowCtx): boolean {
  const c = ctx.event.content;
  return (c.kind === 'command' && sub.isStopCommand(c.command)) || (c.kind === 'text' && sub.isStopWord(c.text));
}

function commandWord(raw: string) {
  return COMMAND_WORDS[raw.trim().toLowerCase().replace(/[.!?।۔]+$/u, '')];
}

function command(ctx: FlowCtx, name: string, args = ''): Promise<Outcome> | Outcome {
  if (sub.isStopCommand(name)) return sub.unsubscribe(ctx);
  switch (name) {
    case 'subscribe':
      return sub.subscribe(ctx, 'command', null);
    case 'start': {
      const link = sub.deepLinkDistrict(args);
      if (link) return subscribeFromLink(ctx, link);
      return ctx.state.language && ctx.state.flow !== 'new' ? { replies: [menuReply(ctx)] } : onboarding(ctx);
    }
    case 'language':
      return { replies: [askLanguage(ctx)] };
    case 'delete':
      return askErase(ctx);
    case 'help':
    case 'helplines':
      return helplines(ctx);
    case 'rights':
      return rightsMenu(ctx);
    case 'centre':
    case 'findhelp':
      return findHelpStart(ctx);
    case 'counsellor':
      return offerCounsellor(ctx);
    default:
      return { replies: [menuReply(ctx)] };
  }
}

function choice(ctx: FlowCtx, id: string): Promise<Outcome> | Outcome {
  if (id.startsWith('lang:')) return chooseLanguage(ctx, id.slice(5));
  if (id.startsWith('r:')) return rightsChoice(ctx, id);
  if (id.startsWith('h:')) return findHelpChoice(ctx, id);
  if (id === 'ho:me' || id === 'ho:other') return requestCounsellor(ctx, id === 'ho:other');
  if (id === sub.OFFER_ID) return sub.subscribe(ctx, 'offer', null);
  if (id === sub.STOP_ID) return sub.unsubscribe(ctx);
  if (id.startsWith(sub.PLEDGE_PREFIX)) return sub.pledge(ctx, id);
  switch (id) {
    case 'm:rights':
      return rightsMenu(ctx);
    case 'm:help':
      return findHelpStart(ctx);
    case 'm:helplines':
      return helplines(ctx);
    case 'm:counsellor':
      return offerCounsellor(ctx);
    case 'm:language':
      return { replies: [askLanguage(ctx)] };
    case 'm:erase':
      return askErase(ctx);
    case 'erase:yes':
      return answerErase(ctx, true);
    case 'erase:no':
      return answerErase(ctx, false);
    default:
      return { replies: [menuReply(ctx)] };
  }
}

async function text(ctx: FlowCtx, raw: string): Promise<Outcome> {
  if (sub.isStopWord(raw)) return sub.unsubscribe(ctx);
  const word = commandWord(raw);
  if (word === 'menu') return { replies: [menuReply(ctx)] };
  if (word === 'language') return { replies: [askLanguage(ctx)] };
  if (word === 'delete') return askErase(ctx);

  // A step waiting for typed input (a district name) gets first go at the text.
  if (ctx.state.flow === 'find_help' && ctx.state.step === 'ask_place') {
    const answered = await findHelpText(ctx, raw, { fromPrompt: true });
    if (answered) return answered;
  }

  const u = ctx.understanding ?? understand(raw);
  switch (u.topic) {
    case 'menu':
      return { replies: [menuReply(ctx)] };
    case 'language':
      return { replies: [askLanguage(ctx)] };
    case 'delete':
      return askErase(ctx);
    case 'helpline':
      return helplines(ctx);
    case 'dv':
    case 'pocso':
    case 'child_marriage':
    case 'legal_aid':
      return rightsTopic(ctx, u.topic, { subtopic: u.subtopic, aboutChild: u.aboutChild && u.topic === 'dv' });
    case 'osc':
      return (await findHelpText(ctx, raw, { fromPrompt: false })) ?? findHelpStart(ctx);
    case 'counsellor':
      return offerCounsellor(ctx);
    case 'subscription':
      return sub.subscriptionText(ctx, raw);
    default:
      return { replies: [say(ctx, ctx.t('fallback'), menuChoices(ctx))] };
  }
}

/** A campaign deep link (`/start sub-kathua`): she opted in by opening it; a first visit still picks a language. */
async function subscribeFromLink(ctx: FlowCtx, link: { tag: string; district: string | null }): Promise<Outcome> {
  const first = !ctx.state.language || ctx.state.flow === 'new';
  const done = await sub.subscribe(ctx, `deeplink:${link.tag}`, link.district);
  if (!first) return done;
  const welcome = onboarding(ctx);
  return { replies: [...welcome.replies.slice(0, -1), ...done.replies.map(({ text, dir }) => ({ kind: 'text' as const, text, dir })), ...welcome.replies.slice(-1)] };
}

/** An emergency as the very first message: answer in the script she wrote in. */
function useSuggested(ctx: FlowCtx, raw: string): void {
  const lang = suggestUiLang(raw);
  ctx.state.language = lang;
  ctx.lang = lang;
  ctx.t = ctx.tFor(lang);
}
