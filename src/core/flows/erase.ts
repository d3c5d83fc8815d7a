import { say } from './menu.js';
import { menuReply } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

/** Erase my data: ask once, then remove every row about her. */
export function askErase(ctx: FlowCtx): Outcome {
  ctx.state.flow = 'erase';
  ctx.state.step = 'confirm';
  return {
    replies: [
      say(ctx, ctx.t('erase.confirm'), [
        { id: 'erase:yes', label: ctx.t('erase.yes') },
        { id: 'erase:no', label: ctx.t('erase.no') },
      ]),
    ],
  };
}

export function answerErase(ctx: FlowCtx, yes: boolean): Outcome {
  if (!yes) return { replies: [menuReply(ctx, ctx.t('erase.cancelled'))] };
  // The confirmation text is written by handle-inbound after the platform says how much it could delete.
  return { replies: [], erase: true };
}
