import { z } from 'zod';
import type { InboundContent, InboundEvent } from '../../core/events.js';

/**
 * WhatsApp Cloud API webhook payloads -> InboundEvents and delivery statuses.
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
 *
 * Each message and status is parsed on its own: one that does not fit is skipped and counted, the rest
 * still go through. Nothing here logs; the caller logs counts only.
 */
const envelopeSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })).default([]),
    }),
  ),
});

const valueSchema = z.object({
  metadata: z.object({ phone_number_id: z.string() }).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});

const caption = z.object({ caption: z.string().optional() }).optional();

const messageSchema = z.object({
  from: z.string().regex(/^\d{4,20}$/),
  id: z.string().min(1).max(512),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: z.object({ id: z.string().min(1) }).optional(),
      list_reply: z.object({ id: z.string().min(1) }).optional(),
    })
    .optional(),
  /** A quick-reply button on a template. */
  button: z.object({ text: z.string().optional(), payload: z.string().optional() }).optional(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  image: caption,
  video: caption,
  document: caption,
  audio: z.object({ voice: z.boolean().optional() }).optional(),
});

export const DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const statusSchema = z.object({
  id: z.string().min(1).max(512),
  status: z.string(),
  timestamp: z.string().regex(/^\d{1,12}$/).optional(),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number().int() })).optional(),
});

export interface StatusUpdate {
  wamid: string;
  status: DeliveryStatus;
  at: Date;
  errorCode?: number;
  /** Her wa_id; used only to message her again, never stored or logged. */
  recipientId?: string;
}

export interface ParsedWebhook {
  /** `providerMessageId` is the wamid here; the webhook swaps it for a keyed hash before the core sees it. */
  events: InboundEvent[];
  statuses: StatusUpdate[];
  /** Parts that did not fit the schema (counted, logged as a number only). */
  skipped: number;
  /** Parts Saheli does not act on: reactions, system notices, other numbers, other fields, other statuses. */
  ignored: number;
}

/** Kinds of message that are not something she said to the bot. */
const NOT_A_MESSAGE = new Set(['reaction', 'system', 'ephemeral', 'request_welcome', 'order']);

export function parseWhatsAppWebhook(body: unknown, opts: { phoneNumberId: string; receivedAt: Date }): ParsedWebhook {
  const out: ParsedWebhook = { events: [], statuses: [], skipped: 0, ignored: 0 };
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success || envelope.data.object !== 'whatsapp_business_account') {
    out.skipped++;
    return out;
  }
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') {
        out.ignored++;
        continue;
      }
      const value = valueSchema.safeParse(change.value);
      if (!value.success) {
        out.skipped++;
        continue;
      }
      // One app can serve several numbers; only ours is answered here.
      if (value.data.metadata && value.data.metadata.phone_number_id !== opts.phoneNumberId) {
        out.ignored++;
        continue;
      }
      for (const raw of value.data.messages ?? []) {
        const m = messageSchema.safeParse(raw);
        if (!m.success) {
          out.skipped++;
          continue;
        }
        const content = contentOf(m.data);
        if (!content) {
          out.ignored++;
          continue;
        }
        out.events.push({
          channel: 'whatsapp',
          externalUserId: m.data.from,
          providerMessageId: m.data.id,
          receivedAt: opts.receivedAt,
          content,
        });
      }
      for (const raw of value.data.statuses ?? []) {
        const s = statusSchema.safeParse(raw);
        if (!s.success) {
          out.skipped++;
          continue;
        }
        if (!(DELIVERY_STATUSES as readonly string[]).includes(s.data.status)) {
          out.ignored++;
          continue;
        }
        const seconds = s.data.timestamp ? Number(s.data.timestamp) : Number.NaN;
        out.statuses.push({
          wamid: s.data.id,
          status: s.data.status as DeliveryStatus,
          at: Number.isFinite(seconds) ? new Date(seconds * 1000) : opts.receivedAt,
          ...(s.data.errors?.[0] ? { errorCode: s.data.errors[0].code } : {}),
          ...(s.data.recipient_id ? { recipientId: s.data.recipient_id } : {}),
        });
      }
    }
  }
  return out;
}

type Message = z.infer<typeof messageSchema>;

function contentOf(m: Message): InboundContent | null {
  if (NOT_A_MESSAGE.has(m.type)) return null;
  switch (m.type) {
    case 'text':
      return m.text ? { kind: 'text', text: m.text.body } : { kind: 'unsupported', what: 'text' };
    case 'interactive': {
      const id = m.interactive?.button_reply?.id ?? m.interactive?.list_reply?.id;
      return id ? { kind: 'choice', id } : { kind: 'unsupported', what: `interactive_${m.interactive?.type ?? 'unknown'}` };
    }
    case 'button': {
      const said = m.button?.text ?? m.button?.payload;
      return said ? { kind: 'text', text: said } : { kind: 'unsupported', what: 'button' };
    }
    case 'location':
      return m.location ? { kind: 'location', location: m.location } : { kind: 'unsupported', what: 'location' };
    case 'image':
    case 'video':
    case 'document': {
      const words = m[m.type]?.caption;
      return words && words.trim() !== '' ? { kind: 'text', text: words } : { kind: 'unsupported', what: m.type };
    }
    case 'audio':
      return { kind: 'unsupported', what: m.audio?.voice ? 'voice' : 'audio' };
    default:
      // sticker, contacts, unsupported, and types added later: she gets the kind "I can only read..." answer.
      return { kind: 'unsupported', what: /^[a-z_]{1,32}$/.test(m.type) ? m.type : 'other' };
  }
}
