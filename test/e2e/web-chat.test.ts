import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Out { id: string; kind: string; text: string; choices?: { id: string; label: string }[]; dir: string }
async function send(sessionId: string, body: Record<string, unknown>, after?: string) {
  const res = await fetch(`${server.url}/api/chat/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sessionId, clientMessageId: randomUUID(), ...(after ? { after } : {}), ...body }),
  });
  return { status: res.status, json: (await res.json()) as { messages: Out[]; cursor: string; error?: string } };
}

function postOnFreshConnection(path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('web chat over HTTP', () => {
  it('serves the chat page with a strict content security policy and a quick exit', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toMatch(/Quick exit/i);
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
    const js = await fetch(`${server.url}/static/chat.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await js.text())).toContain('location.replace');
  });

  it('answers /health with the database up', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('round trip: start, choose Urdu, ask for the numbers', async () => {
    const sid = randomUUID();
    const started = await send(sid, { command: 'start' });
    expect(started.status).toBe(200);
    expect(started.json.messages[0]?.text).toMatch(/Saheli/);
    const langChoice = started.json.messages.find((m) => m.choices?.some((c) => c.id === 'lang:ur'));
    expect(langChoice).toBeDefined();

    const urdu = await send(sid, { choice: 'lang:ur' });
    expect(urdu.json.messages[0]?.dir).toBe('rtl');
    expect(urdu.json.messages[0]?.text).toMatch(/[\u0600-\u06FF]/);

    const numbers = await send(sid, { choice: 'm:helplines' });
    expect(numbers.json.messages[0]?.text).toContain('181');
    expect(numbers.json.messages[0]?.text).toContain('1098');
  });

  it('shows a message with markup as the text it is (the page renders textContent); the API never echoes it', async () => {
    const sid = randomUUID();
    await send(sid, { command: 'start' });
    const r = await send(sid, { text: '<script>alert(1)</script>' });
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.json)).not.toContain('<script>');
  });

  it('rejects bad input with 4xx and a clear error', async () => {
    const sid = randomUUID();
    const long = await send(sid, { text: 'a'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.json.error).toMatch(/2000/);
    const two = await send(sid, { text: 'hi', choice: 'm:menu' });
    expect(two.status).toBe(400);
    const notUuid = await fetch(`${server.url}/api/chat/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: 'x', clientMessageId: 'y', text: 'hi' }),
    });
    expect(notUuid.status).toBe(400);
    const malformed = await fetch(`${server.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' });
    expect(malformed.status).toBe(400);
    // Its own connection: the server answers 413 without reading the rest, then closes the socket.
    expect(await postOnFreshConnection('/api/chat/messages', JSON.stringify({ text: 'x'.repeat(1_100_000) }))).toBe(413);
  });

  it('lets a person type fast, then slows a flood with 429 and a retry time', async () => {
    const sid = randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await send(sid, { text: `message ${i}` })).status);
    expect(statuses.slice(0, 15).every((s) => s === 200)).toBe(true);
    expect(statuses).toContain(429);
    const limited = await send(sid, { text: 'one more' });
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ error: 'rate_limited' });
  });

  it('a retried POST (same clientMessageId) is answered once', async () => {
    const sid = randomUUID();
    await send(sid, { command: 'start' });
    const body = JSON.stringify({ sessionId: sid, clientMessageId: randomUUID(), text: 'menu' });
    const opts = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    const first = (await (await fetch(`${server.url}/api/chat/messages`, opts)).json()) as { messages: Out[] };
    const second = (await (await fetch(`${server.url}/api/chat/messages`, opts)).json()) as { messages: Out[] };
    expect(first.messages.length).toBeGreaterThan(0);
    expect(second.messages).toHaveLength(0);
  });

  it('polling returns nothing new for a fresh session and rejects a bad session id', async () => {
    const ok = await fetch(`${server.url}/api/chat/messages?sessionId=${randomUUID()}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ messages: [], cursor: '0' });
    expect((await fetch(`${server.url}/api/chat/messages?sessionId=nope`)).status).toBe(400);
  });
});
