import type { OpenCase } from '../ports.js';
import { backToMenu, menuReply, say } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

/** An emergency less than this long ago puts her request at the top of the queue. */
const EMERGENCY_PRIORITY_MS = 60 * 60 * 1000;
/** Rough minutes per person ahead, for "you are waiting, about N minutes". */
const MINUTES_PER_CASE = 5;

/** "Talk to a counsellor": what that means, what is kept, that she can stop; she agrees or goes back. */
export function offerCounsellor(ctx: FlowCtx): Outcome {
  ctx.state.flow = 'handoff';
  ctx.state.step = 'consent';
  const forSomeoneElse = ctx.understanding?.thirdParty === true;
  return {
    replies: [
      say(ctx, ctx.t('handoff.consent'), [
        { id: forSomeoneElse ? 'ho:other' : 'ho:me', label: ctx.t(forSomeoneElse ? 'handoff.for_other' : 'handoff.for_me') },
        { id: forSomeoneElse ? 'ho:me' : 'ho:other', label: ctx.t(forSomeoneElse ? 'handoff.for_me' : 'handoff.for_other') },
        backToMenu(ctx),
      ]),
    ],
  };
}

/** She agreed: open a case (emergency first in the queue) and tell her she is waiting and what to do if in danger. */
export async function requestCounsellor(ctx: FlowCtx, thirdParty: boolean): Promise<Outcome> {
  const last = Date.parse(String(ctx.state.data.lastEmergencyAt ?? ''));
  const emergency = Number.isFinite(last) && Date.now() - last < EMERGENCY_PRIORITY_MS;
  const district = typeof ctx.state.data.district === 'string' ? ctx.state.data.district : null;
  const { case: opened, ahead } = await ctx.services.cases.request(ctx.conv.personId, {
    channel: ctx.conv.channel,
    language: ctx.lang,
    district,
    emergency,
    thirdParty,
  });
  ctx.state.flow = 'handoff';
  ctx.state.step = 'waiting';
  const hours = ctx.services.cases.hours(district, new Date());
  const leave = [{ id: 'ho:leave', label: ctx.t('handoff.leave') }];
  if (!hours.open) return { replies: [say(ctx, ctx.t('handoff.outside_hours', { time: hours.opensAt }), leave)] };
  const minutes = emergency ? MINUTES_PER_CASE : (ahead + 1) * MINUTES_PER_CASE;
  void opened;
  return { replies: [say(ctx, ctx.t('handoff.waiting', { minutes }), leave)] };
}

/**
 * While a case is open the counsellor is in charge: her messages go to the case and the bot says nothing
 * of its own, except the safety answers (emergency numbers, erase) and leaving the conversation.
 */
export async function duringHandoff(ctx: FlowCtx, open: OpenCase, isSafetyCommand: boolean): Promise<Outcome | null> {
  const desk = ctx.services.cases;
  const c = ctx.event.content;
  const u = ctx.understanding;
  if (u?.emergency && c.kind === 'text') {
    await desk.fromPerson(open.id, { direction: 'in', text: c.text });
    await desk.flagEmergency(open.id);
    return null; // the router answers with the emergency numbers
  }
  if (isSafetyCommand) return null; // the router answers it
  if ((c.kind === 'choice' && c.id === 'ho:leave') || (c.kind === 'command' && c.command === 'end')) {
    await desk.leave(open.id);
    return { replies: [menuReply(ctx, ctx.t('handoff.left'))] };
  }
  if (c.kind === 'text') await desk.fromPerson(open.id, { direction: 'in', text: c.text });
  else if (c.kind === 'unsupported') await desk.fromPerson(open.id, { direction: 'system', text: `[${c.what}]` });
  else if (c.kind === 'location') await desk.fromPerson(open.id, { direction: 'system', text: '[location shared; not stored]' });
  else if (c.kind === 'choice' || c.kind === 'command') {
    const label = c.kind === 'choice' ? c.id : `/${c.command}`;
    await desk.fromPerson(open.id, { direction: 'system', text: `[pressed ${label}]` });
  }
  ctx.state.flow = 'handoff';
  return { replies: [] };
}
