import type { InboundEvent } from '../events.js';
import type { Lang } from '../lang.js';
import type { Conversation, ConversationState, FlowServices, OpenCase, T } from '../ports.js';
import type { Reply } from '../replies.js';
import type { Understanding } from '../understand/index.js';
import type { SubscriptionDesk } from './subscription.js';

/** Everything a flow may read. Flows are pure: state + event -> replies + next state. */
export interface FlowCtx {
  event: InboundEvent;
  conv: Conversation;
  /** A copy the flow may change; saved after the flow returns. */
  state: ConversationState;
  lang: Lang;
  t: T;
  /** Set for text messages. */
  understanding?: Understanding;
  /** `subscriptions` is wired where campaigns are on (see src/deps.ts). */
  services: FlowServices & { subscriptions?: SubscriptionDesk };
  /** Set while a counsellor case is open for her: the counsellor is in charge. */
  openCase?: OpenCase;
  /** Her open case as loaded with the conversation (null: none); undefined when not looked up yet. */
  loadedOpenCase?: OpenCase | null;
  /** Translate in another language (e.g. answering in the language the message was written in). */
  tFor(lang: Lang): T;
}

export interface Outcome {
  replies: Reply[];
  /** Erase everything about the person, then send `replies` without keeping any trace. */
  erase?: boolean;
}
