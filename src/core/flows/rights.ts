import {
  POCSO_REPORTING_NOTICE_KEY,
  RIGHTS_FOOTER_KEY,
  RIGHTS_TOPICS,
  type RightsTopic,
} from '../content/rights-catalog.js';
import type { Choice, Reply } from '../replies.js';
import { backToMenu, say } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

type TopicId = RightsTopic['id'];

/** Finer topics the understanding module may name, mapped onto the catalog's subtopics. */
const SUBTOPIC_ALIASES: Record<TopicId, Record<string, string>> = {
  dv: { orders: 'orders', protection: 'orders', maintenance: 'orders', money: 'orders', custody: 'orders', residence: 'home', dowry: 'what', breach: 'breach', police: 'police', urgent: 'urgent' },
  pocso: { reporting: 'report', report: 'report', statement: 'statement', medical: 'medical', court: 'court', punishment: 'what', compensation: 'money', privacy: 'privacy' },
  child_marriage: { stop_marriage: 'stop', stop: 'stop', annulment: 'annul', ages: 'age', age: 'age', punishment: 'punish', maintenance: 'support' },
  legal_aid: { dlsa: 'dlsa', osc: 'osc' },
};

const rt = (ctx: FlowCtx, key: string) => ctx.t(key, { ns: 'rights' });

function findTopic(id: string): RightsTopic | undefined {
  return RIGHTS_TOPICS.find((t) => t.id === id);
}

/** "Know your rights": the list of topics. */
export function rightsMenu(ctx: FlowCtx): Outcome {
  ctx.state.flow = 'rights';
  ctx.state.step = '';
  const choices: Choice[] = RIGHTS_TOPICS.map((t) => ({ id: `r:${t.id}`, label: rt(ctx, t.titleKey) }));
  return { replies: [say(ctx, ctx.t('rights_menu'), [...choices, backToMenu(ctx)])] };
}

/**
 * A topic's subtopics, or straight to a subtopic when free text named one. Anything about a child starts
 * with what the duty to report means, before she shares details.
 */
export function rightsTopic(ctx: FlowCtx, topicId: string, hint?: { subtopic?: string; aboutChild?: boolean }): Outcome {
  const topic = findTopic(topicId);
  if (!topic) return rightsMenu(ctx);
  const replies: Reply[] = [];
  const notice = topic.id === 'pocso' || hint?.aboutChild === true;
  if (notice && ctx.state.data.pocsoNoticeShown !== true) {
    replies.push(say(ctx, rt(ctx, POCSO_REPORTING_NOTICE_KEY)));
    ctx.state.data = { ...ctx.state.data, pocsoNoticeShown: true };
  }
  const sub = hint?.subtopic ? SUBTOPIC_ALIASES[topic.id][hint.subtopic] : undefined;
  if (sub && topic.subtopics.some((s) => s.id === sub)) {
    return { replies: [...replies, ...rightsMessage(ctx, topic, sub, 0)] };
  }
  ctx.state.flow = 'rights';
  ctx.state.step = topic.id;
  const choices: Choice[] = topic.subtopics.map((s) => ({ id: `r:${topic.id}:${s.id}`, label: rt(ctx, s.titleKey) }));
  const intro = topic.introKey ? rt(ctx, topic.introKey) : rt(ctx, topic.titleKey);
  replies.push(say(ctx, intro, [...choices, { id: 'm:rights', label: ctx.t('rights_other') }, backToMenu(ctx)]));
  return { replies };
}

/** One message of a subtopic's chain, with "Tell me more" while there is more, and always a way to a human. */
function rightsMessage(ctx: FlowCtx, topic: RightsTopic, subId: string, index: number): Reply[] {
  const sub = topic.subtopics.find((s) => s.id === subId);
  if (!sub) return rightsTopic(ctx, topic.id).replies;
  const i = Math.min(Math.max(index, 0), sub.messageKeys.length - 1);
  const key = sub.messageKeys[i] as string;
  ctx.state.flow = 'rights';
  ctx.state.step = `${topic.id}:${sub.id}:${i}`;
  const choices: Choice[] = [];
  if (i + 1 < sub.messageKeys.length) choices.push({ id: `r:${topic.id}:${sub.id}:${i + 1}`, label: ctx.t('tell_me_more') });
  choices.push({ id: `r:${topic.id}`, label: ctx.t('rights_more_on') });
  choices.push(backToMenu(ctx));
  const body = `${rt(ctx, key)}\n\n${rt(ctx, RIGHTS_FOOTER_KEY)}`;
  return [say(ctx, body, choices)];
}

/** Choice ids: `r:<topic>`, `r:<topic>:<sub>`, `r:<topic>:<sub>:<index>`. */
export function rightsChoice(ctx: FlowCtx, id: string): Outcome {
  const [, topicId = '', subId, index] = id.split(':');
  const topic = findTopic(topicId);
  if (!topic) return rightsMenu(ctx);
  if (!subId) return rightsTopic(ctx, topic.id);
  return { replies: rightsMessage(ctx, topic, subId, index ? Number.parseInt(index, 10) || 0 : 0) };
}
