/** What a person did, in terms every channel can express. Channels parse their payloads into this. */
export type ChannelName = 'telegram' | 'whatsapp' | 'web';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export type InboundContent =
  | { kind: 'text'; text: string }
  /** A button or list row pressed: `id` is the choice id the core put in a Reply. */
  | { kind: 'choice'; id: string }
  | { kind: 'location'; location: GeoPoint }
  /** A slash command or deep link, without the slash: `start`, `language`, `delete`... */
  | { kind: 'command'; command: string; args: string }
  /** Something the bot cannot read (sticker, voice, photo...). `what` is a short label for logs. */
  | { kind: 'unsupported'; what: string };

export interface InboundEvent {
  channel: ChannelName;
  /** The platform's id for the person (Telegram user id, WhatsApp number, web session id). Never logged or stored in clear. */
  externalUserId: string;
  /** The platform's id for this delivery; a retried delivery carries the same one. */
  providerMessageId: string;
  /** The platform's language hint for the person, if any (Telegram `language_code`). */
  languageHint?: string;
  /** The person's own message in the chat, where the platform lets the bot delete it later (Telegram). */
  platformMessageRef?: string;
  receivedAt: Date;
  content: InboundContent;
}
