import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHTS_PHRASES } from '../fixtures/rights-phrases.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Out { text: string; choices?: { id: string; label: string }[]; dir: string }
async function send(sessionId: string, body: Record<string, unknown>): Promise<Out[]> {
  const res = await fetch(`${server.url}/api/chat/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sessionId, clientMessageId: randomUUID(), ...body }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: Out[] }).messages;
}
const choiceIds = (ms: Out[]) => ms.flatMap((m) => (m.choices ?? []).map((c) => c.id));
const SCRIPT = { en: /[A-Za-z]/, hi: /[\u0900-\u097F]/, ur: /[\u0600-\u06FF]/ } as const;

describe.each(['en', 'hi', 'ur'] as const)('web chat: rights in %s', (lang) => {
  it('every topic is reachable by buttons and by free text, in her language', async () => {
    for (const [topic, phrase] of Object.entries(RIGHTS_PHRASES[lang])) {
      const sid = randomUUID(); // a fresh session per topic, so the POCSO notice shows each time it applies
      await send(sid, { command: 'start' });
      await send(sid, { choice: `lang:${lang}` });
      const byText = await send(sid, { text: phrase });
      expect(choiceIds(byText).some((id) => id.startsWith(`r:${topic}`)), `${lang} "${phrase}"`).toBe(true);
      for (const m of byText) expect(m.text).toMatch(SCRIPT[lang]);

      const menu = await send(sid, { choice: 'm:rights' });
      expect(choiceIds(menu)).toContain(`r:${topic}`);
      const subs = await send(sid, { choice: `r:${topic}` });
      const first = choiceIds(subs).find((id) => id.startsWith(`r:${topic}:`)) as string;
      const [answer] = await send(sid, { choice: first });
      expect(answer?.text).toMatch(SCRIPT[lang]);
      expect(answer?.text).toMatch(/181/);
      expect(answer?.dir).toBe(lang === 'ur' ? 'rtl' : 'ltr');
    }
  });
});
