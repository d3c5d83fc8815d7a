import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/channels/split-text.js';
import type { Reply } from '../../src/core/replies.js';
import {
  LIST_BUTTON_LABEL,
  NEUTRAL_BODY,
  renderWhatsApp,
  truncate,
  WHATSAPP_INTERACTIVE_BODY_LIMIT,
  WHATSAPP_LIST_MAX_ROWS,
  WHATSAPP_ROW_DESCRIPTION_LIMIT,
  WHATSAPP_ROW_TITLE_LIMIT,
  WHATSAPP_TEXT_LIMIT,
  type WhatsAppPayload,
} from '../../src/channels/whatsapp/render.js';

const choices = (n: number, label = (i: number) => `Option ${i}`) => Array.from({ length: n }, (_, i) => ({ id: `c:${i}`, label: label(i) }));
const interactive = (p: WhatsAppPayload | undefined) => {
  if (p?.type !== 'interactive') throw new Error(`expected an interactive message, got ${p?.type}`);
  return p.interactive;
};

describe('renderWhatsApp', () => {
  it('plain text is one text message', () => {
    expect(renderWhatsApp({ kind: 'text', text: 'Hello' })).toEqual([{ type: 'text', text: { body: 'Hello' } }]);
  });

  it('splits text over 4096 characters at paragraph boundaries, each part within the limit', () => {
    const para = 'word '.repeat(300).trim(); // 1499 chars
    const text = Array.from({ length: 6 }, () => para).join('\n\n');
    const out = renderWhatsApp({ kind: 'text', text });
    expect(out.length).toBeGreaterThan(1);
    for (const p of out) {
      expect(p.type).toBe('text');
      if (p.type === 'text') expect(p.text.body.length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
    }
    expect(out.map((p) => (p.type === 'text' ? p.text.body : '')).join('\n\n')).toBe(text);
  });

  it('up to three short choices become reply buttons on the text', () => {
    const [p, ...rest] = renderWhatsApp({ kind: 'text', text: 'Erase now?', choices: [{ id: 'erase:yes', label: 'Yes, erase' }, { id: 'erase:no', label: 'No, keep it' }] });
    expect(rest).toHaveLength(0);
    const i = interactive(p);
    expect(i.type).toBe('button');
    expect(i.body.text).toBe('Erase now?');
    if (i.type === 'button') expect(i.action.buttons.map((b) => b.reply)).toEqual([{ id: 'erase:yes', title: 'Yes, erase' }, { id: 'erase:no', title: 'No, keep it' }]);
  });

  it('more than three choices become a list', () => {
    const [p] = renderWhatsApp({ kind: 'text', text: 'Which language?', choices: choices(5) });
    const i = interactive(p);
    expect(i.type).toBe('list');
    if (i.type !== 'list') return;
    expect(i.action.button).toBe(LIST_BUTTON_LABEL);
    expect(i.action.sections).toHaveLength(1);
    expect(i.action.sections[0]?.rows.map((r) => r.id)).toEqual(['c:0', 'c:1', 'c:2', 'c:3', 'c:4']);
  });

  it('a choice title over 20 characters turns even two choices into a list', () => {
    const [p] = renderWhatsApp({ kind: 'text', text: 'Next?', choices: [{ id: 'a', label: 'Talk to a counsellor now' }, { id: 'b', label: 'Menu' }] });
    expect(interactive(p).type).toBe('list');
  });

  it('row titles over 24 characters are cut with … and the full label goes in the description (≤ 72)', () => {
    const long = 'Protection orders and what they can do for you';
    const [p] = renderWhatsApp({ kind: 'text', text: 'Topics', choices: [{ id: 'r:dv:orders', label: long }, ...choices(3)] });
    const i = interactive(p);
    if (i.type !== 'list') throw new Error('list expected');
    const row = i.action.sections[0]?.rows[0];
    expect(row?.title.length).toBeLessThanOrEqual(WHATSAPP_ROW_TITLE_LIMIT);
    expect(row?.title.endsWith('…')).toBe(true);
    expect(row?.description).toBe(long);
    const longer = 'x'.repeat(100);
    const [q] = renderWhatsApp({ kind: 'text', text: 'T', choices: [{ id: 'a', label: longer }, ...choices(3)] });
    const qi = interactive(q);
    if (qi.type === 'list') expect(qi.action.sections[0]?.rows[0]?.description?.length).toBeLessThanOrEqual(WHATSAPP_ROW_DESCRIPTION_LIMIT);
  });

  it('more than 10 choices are split over several list messages, none with more than 10 rows', () => {
    const out = renderWhatsApp({ kind: 'text', text: 'Districts', choices: choices(23) });
    expect(out).toHaveLength(3);
    const rows = out.map((p) => {
      const i = interactive(p);
      return i.type === 'list' ? i.action.sections.flatMap((s) => s.rows) : [];
    });
    expect(rows.map((r) => r.length)).toEqual([10, 10, 3]);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(WHATSAPP_LIST_MAX_ROWS);
    expect(interactive(out[0]).body.text).toBe('Districts');
    expect(interactive(out[1]).body.text).toBe(NEUTRAL_BODY);
    expect(rows.flat().map((r) => r.id)).toEqual(choices(23).map((c) => c.id));
  });

  it('a body over 1024 characters goes first as text, then the buttons with a short neutral body', () => {
    const text = `${'a'.repeat(WHATSAPP_INTERACTIVE_BODY_LIMIT)} end`;
    const out = renderWhatsApp({ kind: 'text', text, choices: [{ id: 'm:menu', label: 'Main menu' }] });
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ type: 'text', text: { body: text } });
    const i = interactive(out[1]);
    expect(i.type).toBe('button');
    expect(i.body.text).toBe(NEUTRAL_BODY);
  });

  it('asks for a location with a location_request_message', () => {
    const reply: Reply = { kind: 'location_request', text: 'Share your location to find the nearest centre.', buttonLabel: 'Share location' };
    const [p, ...rest] = renderWhatsApp(reply);
    expect(rest).toHaveLength(0);
    expect(p).toEqual({
      type: 'interactive',
      interactive: { type: 'location_request_message', body: { text: reply.text }, action: { name: 'send_location' } },
    });
  });

  it('drops choices it cannot send (empty label, id over 200) rather than failing the message', () => {
    const out = renderWhatsApp({ kind: 'text', text: 'Hi', choices: [{ id: 'x'.repeat(201), label: 'Too long id' }, { id: 'ok', label: ' ' }] });
    expect(out).toEqual([{ type: 'text', text: { body: 'Hi' } }]);
  });
});

describe('helpers', () => {
  it('truncate keeps Devanagari clusters whole', () => {
    const label = 'घरेलू हिंसा से सुरक्षा के आदेश'; // 29 UTF-16 units
    const cut = truncate(label, 24);
    expect(cut.length).toBeLessThanOrEqual(24);
    expect(cut.endsWith('…')).toBe(true);
    expect(label.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
  });

  it('splitText never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(10)}`;
    const parts = splitText(text, 10);
    for (const p of parts) expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(parts.join('')).toBe(text);
  });
});
