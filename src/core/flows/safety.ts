import type { Emergency } from '../understand/index.js';
import { backToMenu, menuChoices, say } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

/** Danger now or self-harm: emergency numbers first, in her language, before anything else. */
export function emergency(ctx: FlowCtx, kind: Exclude<Emergency, false>): Outcome {
  ctx.state.data = { ...ctx.state.data, lastEmergencyAt: new Date().toISOString(), emergencyKind: kind };
  const first = say(ctx, ctx.t(kind === 'self_harm' ? 'emergency.self_harm' : 'emergency.danger'));
  const inCase = ctx.openCase !== undefined;
  const next = say(ctx, ctx.t('emergency.after'), [
    ...(inCase ? [] : [{ id: 'm:counsellor', label: ctx.t('menu.counsellor') }]),
    { id: 'm:help', label: ctx.t('menu.find_help') },
    { id: 'm:helplines', label: ctx.t('menu.helplines') },
    backToMenu(ctx),
  ]);
  if (!inCase) {
    ctx.state.flow = 'menu';
    ctx.state.step = '';
  }
  return { replies: [first, next] };
}

export function helplines(ctx: FlowCtx): Outcome {
  ctx.state.flow = 'menu';
  ctx.state.step = '';
  return { replies: [say(ctx, ctx.t('helplines'), menuChoices(ctx))] };
}
