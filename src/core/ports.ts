import type { ChannelName } from './events.js';
import type { Lang } from './lang.js';
import type { Reply } from './replies.js';

/** Where a person is in the conversation. Persisted in PostgreSQL, never in process memory. */
export interface ConversationState {
  language: Lang | null;
  flow: string;
  step: string;
  data: Record<string, unknown>;
  /** consent name -> ISO time given (e.g. `store_location`). */
  consents: Record<string, string>;
}

export interface Conversation {
  personId: string;
  channel: ChannelName;
  externalUserId: string;
  isNew: boolean;
  state: ConversationState;
}

/** One inbound message, as the store needs it to claim the delivery and find (or create) her conversation. */
export interface Delivery {
  channel: ChannelName;
  providerMessageId: string;
  externalUserId: string;
  /** The platform's id of her message, kept so it can be deleted when she erases her data. */
  inboundRef?: string;
}

/** What a claimed delivery brings: her conversation and the counsellor case open for her, if any. */
export interface Received {
  conv: Conversation;
  openCase: OpenCase | null;
}

export interface ConversationStore {
  /**
   * Records a platform delivery and loads (or creates) her conversation, keeps `inboundRef` and finds her
   * open case. Null when the same (channel, provider message id) was seen before: a platform's retry.
   */
  receive(delivery: Delivery): Promise<Received | null>;
  /** Forget a claimed delivery whose handling failed, so the platform's retry is handled. */
  releaseDelivery(channel: ChannelName, providerMessageId: string): Promise<void>;
  loadOrCreate(channel: ChannelName, externalUserId: string): Promise<Conversation>;
  save(personId: string, state: ConversationState): Promise<void>;
  /** Removes every row about the person. */
  erase(personId: string): Promise<void>;
}

/** Platform message ids in a person's chat, so they can be deleted when she erases her data. */
export interface ChatLog {
  recordId(personId: string, channel: ChannelName, direction: 'in' | 'out', providerMessageId: string): Promise<void>;
  /** Several ids in one write (a reply sent as several messages); senders fall back to recordId. */
  recordIds?(personId: string, channel: ChannelName, direction: 'in' | 'out', providerMessageIds: string[]): Promise<void>;
  idsSince(personId: string, since: Date): Promise<string[]>;
}

export interface Recipient {
  channel: ChannelName;
  externalUserId: string;
  personId: string;
  /** Her language, when known (templates and notices sent outside a conversation need it). */
  lang?: Lang;
}

export interface SendOptions {
  /** Remember the platform message ids (so they can be deleted on erase). Off after an erase. */
  track?: boolean;
}

export interface ForgetResult {
  deleted: number;
  /** Translation key telling her how to remove what the bot could not (e.g. Telegram's 48-hour limit). */
  restHintKey?: string;
}

/** One per channel: turns Replies into platform calls. */
export interface ChannelSender {
  send(to: Recipient, replies: Reply[], opts?: SendOptions): Promise<void>;
  /** Delete what the platform lets the bot delete of its own messages to this person. */
  forget?(to: Recipient): Promise<ForgetResult>;
  /**
   * She just wrote: a channel with a reply window (WhatsApp's 24 hours) releases what it held back while
   * the window was closed. Called before her message is routed. Says how many messages it released: when
   * some were, a message that only answers the neutral notice ("Reply 1 to read it") gets no other reply.
   */
  onInbound?(to: Recipient): Promise<{ released: number }>;
}

export type T = (key: string, vars?: Record<string, unknown>) => string;

export interface Translator {
  /** A translate function fixed to one language, falling back through the language's chain. */
  forLang(lang: Lang): T;
  /** True when the key resolves in this language or its fallbacks. */
  exists(lang: Lang, key: string): boolean;
}

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Clock {
  now(): Date;
}

/** A One Stop Centre (Sakhi centre). Phone is null when unknown: a number is never invented. */
export interface Centre {
  id: string;
  name: string;
  district: string;
  ut: string;
  address: string;
  phone: string | null;
  latitude: number;
  longitude: number;
  services: string[];
  hours: string | null;
  source: string;
  lastVerified: string | null;
  verified: boolean;
}

export interface CentreDirectory {
  nearest(point: { latitude: number; longitude: number }, limit: number): Promise<(Centre & { distanceKm: number })[]>;
  /** Centres in a district, by its canonical English name (e.g. "Anantnag"). */
  inDistrict(district: string): Promise<Centre[]>;
}

/** A request for a counsellor that is not closed yet. */
export interface OpenCase {
  id: string;
  ref: string;
  status: 'waiting' | 'active';
  emergency: boolean;
}

export interface CaseRequest {
  channel: ChannelName;
  language: Lang;
  district: string | null;
  emergency: boolean;
  thirdParty: boolean;
}

/** The person's side of the counsellor handoff. */
export interface CaseDesk {
  openCaseOf(personId: string): Promise<OpenCase | null>;
  /** Opens a waiting case (or returns her open one); `ahead` is how many wait before her. */
  request(personId: string, req: CaseRequest): Promise<{ case: OpenCase; ahead: number }>;
  /** Her message (or a line about something she sent) for the counsellor; stored encrypted, pushed live. */
  fromPerson(caseId: string, entry: { direction: 'in' | 'system'; text: string }): Promise<void>;
  flagEmergency(caseId: string): Promise<void>;
  /** She leaves the queue or ends the conversation. */
  leave(caseId: string): Promise<void>;
  /** Whether counsellors answer now in her district, and from when if not (HH:MM, India time). */
  hours(district: string | null, now: Date): { open: boolean; opensAt: string };
}

/** Services flows may call. */
export interface FlowServices {
  centres: CentreDirectory;
  cases: CaseDesk;
}
