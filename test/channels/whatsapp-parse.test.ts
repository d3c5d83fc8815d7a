import { describe, expect, it } from 'vitest';
import { parseWhatsAppWebhook } from '../../src/channels/whatsapp/parse.js';
import { waMessage, waStatus, waWebhookBody } from '../fakes/whatsapp-api.js';

const PHONE_ID = '1234567890';
const at = new Date('2026-11-27T10:00:00Z');
const parse = (body: unknown) => parseWhatsAppWebhook(body, { phoneNumberId: PHONE_ID, receivedAt: at });
const payload = (value: { messages?: unknown[]; statuses?: unknown[] }) => JSON.parse(waWebhookBody(PHONE_ID, value)) as unknown;

describe('parseWhatsAppWebhook', () => {
  it('a text message -> an InboundEvent with the wamid and the sender wa_id', () => {
    const m = waMessage.text('919800000001', 'hi');
    const out = parse(payload({ messages: [m] }));
    expect(out.events).toEqual([
      { channel: 'whatsapp', externalUserId: '919800000001', providerMessageId: m.id, receivedAt: at, content: { kind: 'text', text: 'hi' } },
    ]);
    expect(out.skipped).toBe(0);
  });

  it('button and list replies -> choice with the id the core gave', () => {
    const out = parse(payload({ messages: [waMessage.button('919800000001', 'lang:hi'), waMessage.list('919800000001', 'm:rights')] }));
    expect(out.events.map((e) => e.content)).toEqual([{ kind: 'choice', id: 'lang:hi' }, { kind: 'choice', id: 'm:rights' }]);
  });

  it('a shared location -> location', () => {
    const out = parse(payload({ messages: [waMessage.location('919800000001', 34.08, 74.79)] }));
    expect(out.events[0]?.content).toEqual({ kind: 'location', location: { latitude: 34.08, longitude: 74.79 } });
  });

  it('voice, images, stickers, video, documents -> unsupported; a caption is read as text', () => {
    const kinds = ['audio', 'image', 'sticker', 'video', 'document'] as const;
    const out = parse(payload({ messages: kinds.map((k) => waMessage.media('919800000001', k)) }));
    expect(out.events.map((e) => e.content)).toEqual([
      { kind: 'unsupported', what: 'voice' },
      { kind: 'unsupported', what: 'image' },
      { kind: 'unsupported', what: 'sticker' },
      { kind: 'unsupported', what: 'video' },
      { kind: 'unsupported', what: 'document' },
    ]);
    const captioned = { ...waMessage.media('919800000001', 'image'), image: { id: 'm', caption: 'is this legal' } };
    expect(parse(payload({ messages: [captioned] })).events[0]?.content).toEqual({ kind: 'text', text: 'is this legal' });
  });

  it('one bad message is skipped and counted; the others still come through', () => {
    const good = waMessage.text('919800000001', 'hello');
    const out = parse(payload({ messages: [{ id: 'wamid.x', type: 'text' }, good, { from: 'not-a-number', id: 'y', type: 'text', text: { body: 'x' } }] }));
    expect(out.events.map((e) => e.providerMessageId)).toEqual([good.id]);
    expect(out.skipped).toBe(2);
  });

  it('reactions, other numbers and other fields are ignored, not answered', () => {
    const reaction = { from: '919800000001', id: 'wamid.r', timestamp: '1', type: 'reaction', reaction: { message_id: 'wamid.a', emoji: '👍' } };
    expect(parse(payload({ messages: [reaction] })).events).toHaveLength(0);
    const other = JSON.parse(waWebhookBody('999999999', { messages: [waMessage.text('919800000001', 'hi')] }));
    expect(parse(other)).toMatchObject({ events: [], ignored: 1 });
    const template = { object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'message_template_status_update', value: {} }] }] };
    expect(parse(template)).toMatchObject({ events: [], ignored: 1, skipped: 0 });
  });

  it('statuses sent/delivered/read/failed with their error code', () => {
    const out = parse(payload({ statuses: [waStatus('wamid.A', 'delivered', '919800000001'), waStatus('wamid.B', 'failed', '919800000001', 131047)] }));
    expect(out.statuses).toMatchObject([
      { wamid: 'wamid.A', status: 'delivered' },
      { wamid: 'wamid.B', status: 'failed', errorCode: 131047, recipientId: '919800000001' },
    ]);
    expect(out.statuses[0]?.at).toBeInstanceOf(Date);
  });

  it('anything that is not a WhatsApp payload is skipped, never thrown', () => {
    for (const body of [null, 42, 'x', {}, { object: 'page', entry: [] }, { object: 'whatsapp_business_account', entry: 'no' }]) {
      const out = parse(body);
      expect(out.events).toHaveLength(0);
      expect(out.skipped + out.ignored).toBeGreaterThan(0);
    }
  });
});
