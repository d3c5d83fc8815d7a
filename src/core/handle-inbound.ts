import type { ChannelName, InboundEvent } from './events.js';
import { dirOf, isLang, type Lang } from './lang.js';
import type {
  ChannelSender,
  ChatLog,
  ConversationStore,
  FlowServices,
  Logger,
  Received,
  Recipient,
  Translator,
} from './ports.js';
import type { Reply } from './replies.js';
import { route } from './flows/router.js';
import type { FlowCtx } from './flows/types.js';

export interface CoreDeps {
  store: ConversationStore;
  chatLog: ChatLog;
  translator: Translator;
  senders: Partial<Record<ChannelName, ChannelSender>>;
  services: FlowServices;
  logger: Logger;
  /**
   * Runs the reads and writes of one message as one database transaction (one commit instead of one per
   * statement). Platform calls that send her replies happen after it commits.
   */
  transaction?: <T>(fn: () => Promise<T>) => Promise<T>;
}

export type HandleResult =
  | { status: 'duplicate' }
  | { status: 'handled'; personId: string; replies: Reply[] }
  | { status: 'erased'; replies: Reply[] };

/** Longest text the core reads; longer messages are cut (the web chat caps at 2,000 before this). */
export const MAX_TEXT = 4096;

/** "1" as the neutral notice asks, in the digits her keyboard may type (Latin, Devanagari, Arabic, Urdu). */
const NOTICE_ANSWERS = new Set(['1', '१', '١', '۱']);
const isNoticeAnswer = (c: InboundEvent['content']) => c.kind === 'text' && NOTICE_ANSWERS.has(c.text.trim());

/**
 * One inbound event: dedupe -> load conversation -> route (safety first) -> persist -> send.
 * `sender` overrides the channel's sender (the web chat returns replies in the HTTP response).
 */
export async function handleInbound(
  deps: CoreDeps,
  event: InboundEvent,
  opts: { sender?: ChannelSender } = {},
): Promise<HandleResult> {
  const log = deps.logger;
  const sender = opts.sender ?? deps.senders[event.channel];
  if (!sender) throw new Error(`no sender for channel ${event.channel}`);
  const inTransaction = deps.transaction ?? (<T>(fn: () => Promise<T>) => fn());
  let step: Prepared | null;
  try {
    step = await inTransaction(async () => {
      const received = await deps.store.receive({
        channel: event.channel,
        providerMessageId: event.providerMessageId,
        externalUserId: event.externalUserId,
        inboundRef: event.platformMessageRef,
      });
      return received && prepare(deps, event, sender, received);
    });
    if (step === null) {
      log.info({ channel: event.channel }, 'duplicate delivery ignored');
      return { status: 'duplicate' };
    }
    return await deliver(deps, step, sender);
  } catch (err) {
    // Let the platform's retry through: a retry is better than a lost message.
    await deps.store.releaseDelivery(event.channel, event.providerMessageId).catch(() => {});
    throw err;
  }
}

interface Prepared {
  to: Recipient;
  ctx: FlowCtx | null;
  replies: Reply[];
  erase: boolean;
}

/** Everything that reads or writes the database for one message: load, route, save. No replies are sent here. */
async function prepare(deps: CoreDeps, event: InboundEvent, sender: ChannelSender, received: Received): Promise<Prepared> {
  const log = deps.logger;
  const { conv } = received;
  const content = event.content.kind === 'text' && event.content.text.length > MAX_TEXT
    ? { ...event.content, text: event.content.text.slice(0, MAX_TEXT) }
    : event.content;
  const lang: Lang = isLang(conv.state.language) ? conv.state.language : 'en';
  const to: Recipient = { channel: event.channel, externalUserId: event.externalUserId, personId: conv.personId, lang };
  const released = sender.onInbound ? (await sender.onInbound(to)).released : 0;
  if (released > 0 && isNoticeAnswer(content)) {
    log.info({ personId: conv.personId, channel: event.channel, released }, 'held messages released on her answer to the notice');
    return { to, ctx: null, replies: [], erase: false };
  }
  const ctx: FlowCtx = {
    event: { ...event, content },
    conv,
    state: structuredClone(conv.state),
    lang,
    t: deps.translator.forLang(lang),
    tFor: (l) => deps.translator.forLang(l),
    services: deps.services,
    loadedOpenCase: received.openCase,
  };
  const outcome = await route(ctx);
  log.info(
    { personId: conv.personId, channel: event.channel, kind: event.content.kind, flow: ctx.state.flow, step: ctx.state.step, topic: ctx.understanding?.topic, emergency: ctx.understanding?.emergency || undefined },
    'inbound handled',
  );
  if (!outcome.erase) await deps.store.save(conv.personId, ctx.state);
  return { to: { ...to, lang: ctx.lang }, ctx, replies: outcome.replies, erase: outcome.erase === true };
}

/** After the commit: platform calls. Erasing deletes what the platform allows first, then every row. */
async function deliver(deps: CoreDeps, step: Prepared, sender: ChannelSender): Promise<HandleResult> {
  const { to, ctx } = step;
  if (!ctx) return { status: 'handled', personId: to.personId, replies: [] };
  if (step.erase) {
    const forgot = sender.forget ? await sender.forget(to) : { deleted: 0 };
    await deps.store.erase(to.personId);
    const lines = [ctx.t('erase.done')];
    if (forgot.deleted > 0) lines.push(ctx.t('erase.deleted_messages', { count: forgot.deleted }));
    if (forgot.restHintKey) lines.push(ctx.t(forgot.restHintKey));
    const replies: Reply[] = [{ kind: 'text', text: lines.join('\n\n'), dir: dirOf(ctx.lang) }];
    await sender.send(to, replies, { track: false });
    deps.logger.info({ channel: to.channel, deleted: forgot.deleted }, 'person erased');
    return { status: 'erased', replies };
  }
  await sender.send(to, step.replies);
  return { status: 'handled', personId: to.personId, replies: step.replies };
}
