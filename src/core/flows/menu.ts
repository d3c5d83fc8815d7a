import { dirOf } from '../lang.js';
import type { Choice, Reply } from '../replies.js';
import type { FlowCtx } from './types.js';

/** Menu entries; each maps to a flow that works. Later features add entries here. */
const MENU: { id: string; key: string }[] = [
  { id: 'm:rights', key: 'menu.rights' },
  { id: 'm:help', key: 'menu.find_help' },
  { id: 'm:counsellor', key: 'menu.counsellor' },
  { id: 'm:helplines', key: 'menu.helplines' },
  { id: 'm:language', key: 'menu.language' },
  { id: 'm:erase', key: 'menu.erase' },
];

export function menuChoices(ctx: FlowCtx): Choice[] {
  return MENU.map((m) => ({ id: m.id, label: ctx.t(m.key) }));
}

export function menuReply(ctx: FlowCtx, lead?: string): Reply {
  ctx.state.flow = 'menu';
  ctx.state.step = '';
  const text = lead ? `${lead}\n\n${ctx.t('menu.title')}` : ctx.t('menu.title');
  return { kind: 'text', text, choices: menuChoices(ctx), dir: dirOf(ctx.lang) };
}

export const backToMenu = (ctx: FlowCtx): Choice => ({ id: 'm:menu', label: ctx.t('menu.back') });

export function say(ctx: FlowCtx, text: string, choices?: Choice[]): Reply {
  return choices && choices.length > 0
    ? { kind: 'text', text, choices, dir: dirOf(ctx.lang) }
    : { kind: 'text', text, dir: dirOf(ctx.lang) };
}
