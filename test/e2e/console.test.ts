/**
 * The counsellor console in a real headless Chromium, against the real server process and the fake
 * Telegram Bot API: a person asks for a counsellor on Telegram, a counsellor answers her from the browser.
 */
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from '../fakes/telegram-api.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { createUser, type ServerProcess, startServer } from '../helpers/server-process.js';

const TOKEN = '123456789:AAtest-token-for-the-fake-bot-api';
const SECRET = 'e2e-webhook-secret-0123456789';
const PASSWORD = 'a-long-console-password';
const ASHA = 'asha@example.org';
const BILQEES = 'bilqees@example.org';
const LOCKED = 'locked@example.org';
/** Live updates come over SSE; the console's fallback poll is 20 s, so anything slower than this failed live. */
const LIVE_MS = 8_000;

let fake: FakeTelegram;
let server: ServerProcess;
let browser: TestBrowser;
let updateId = 1;
let nextPerson = 7100;

beforeAll(async () => {
  [fake, browser] = await Promise.all([startFakeTelegram({ token: TOKEN }), launchBrowser()]);
  server = await startServer(
    { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.url, COUNSELLING_HOURS: '00:00-24:00' },
    {
      beforeStart: async (dbEnv) => {
        await createUser(dbEnv, { email: ASHA, role: 'counsellor', password: PASSWORD, name: 'Asha' });
        await createUser(dbEnv, { email: BILQEES, role: 'counsellor', password: PASSWORD, name: 'Bilqees' });
        await createUser(dbEnv, { email: LOCKED, role: 'counsellor', password: PASSWORD, name: 'Locked' });
      },
    },
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

// ---- The person's side: Telegram updates to the webhook ----

const chat = (id: number) => ({ id, type: 'private' });
const from = (id: number) => ({ id, is_bot: false, first_name: 'Secret Name', username: 'secret_handle' });
function post(update: unknown) {
  return fetch(`${server.url}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  });
}
async function say(user: number, text: string) {
  const res = await post({ update_id: ++updateId, message: { message_id: updateId, date: 1, chat: chat(user), from: from(user), text } });
  expect(res.status).toBe(200);
}
async function press(user: number, data: string) {
  const res = await post({
    update_id: ++updateId,
    callback_query: { id: `cb${updateId}`, from: from(user), chat_instance: '1', data, message: { message_id: 1, date: 1, chat: chat(user), text: 'x' } },
  });
  expect(res.status).toBe(200);
}
const keyboardOf = (c: RecordedCall) =>
  ((c.params.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();
const sentTo = (user: number) => fake.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === user);

/** The last message the bot sent her that offers the consent choice; returns the "yes, for me" button's id. */
function consentChoice(user: number): string {
  const offer = sentTo(user).findLast((c) => keyboardOf(c).some((b) => b.callback_data.startsWith('ho:')));
  const ids = offer ? keyboardOf(offer).map((b) => b.callback_data) : [];
  const agree = ids.find((id) => id === 'ho:agree' || id === 'ho:me');
  if (!agree) throw new Error(`no consent choice offered to ${user}; buttons: ${ids.join(', ')}`);
  return agree;
}

/** /start, a language, "talk to a counsellor", agrees. Returns her Telegram id. */
async function personAsks(opts: { lang?: string; ask?: string; before?: string } = {}): Promise<number> {
  const user = ++nextPerson;
  await say(user, '/start');
  await press(user, `lang:${opts.lang ?? 'en'}`);
  if (opts.before) await say(user, opts.before);
  if (opts.ask) await say(user, opts.ask);
  else await press(user, 'm:counsellor');
  await press(user, consentChoice(user));
  return user;
}

// ---- The counsellor's side: the console in Chromium ----

async function openConsole(opts: { viewport?: { width: number; height: number } } = {}) {
  const { page } = await browser.newPage(opts);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) failures.push(m.text());
  });
  await page.goto(`${server.url}/console`);
  return { page, dialogs, failures };
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signedInConsole(email: string, opts: { viewport?: { width: number; height: number } } = {}) {
  const c = await openConsole(opts);
  await signIn(c.page, email);
  await c.page.locator('#app').waitFor();
  return c;
}

/** The ids of the cases the page lists now, so a test can wait for the one its person opens. */
const listedIds = (page: Page) =>
  page.locator('.case-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.caseId ?? ''));

/** Waits (on the page, no sleeps) for a waiting case that is not in `known`; returns its id. */
async function newWaitingCase(page: Page, known: string[]) {
  const not = known.map((id) => `:not([data-case-id="${id}"])`).join('');
  const item = page.locator(`#waiting-list .case-item${not}`).first();
  await item.waitFor({ timeout: LIVE_MS });
  return (await item.getAttribute('data-case-id')) as string;
}
const caseItem = (page: Page, caseId: string) => page.locator(`.case-item[data-case-id="${caseId}"]`);
const isClaim = (r: Response) => r.url().endsWith('/claim') && r.request().method() === 'POST';

describe('counsellor console in Chromium', () => {
  it('sign-in: one message for a wrong password, then the app', async () => {
    const { page, failures } = await openConsole();
    await page.locator('#sign-in-form').waitFor();
    await signIn(page, ASHA, 'not-the-password');
    await page.getByText('Wrong email or password.').waitFor();
    await signIn(page, 'nobody@example.org', 'not-the-password');
    await page.getByText('Wrong email or password.').waitFor();
    await signIn(page, ASHA);
    await page.getByText('Signed in as Asha').waitFor();
    // A reload keeps the session (GET /me decides).
    await page.reload();
    await page.getByText('Signed in as Asha').waitFor();
    expect(failures).toEqual([]);
  });

  it('sign-in: a locked account is told how long to wait, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${server.url}/console/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: LOCKED, password: 'wrong-password-again' }),
      });
      expect(res.status).toBe(401);
    }
    const { page } = await openConsole();
    await signIn(page, LOCKED);
    await page.getByText(/This account is locked\. Try again in 1[45] minutes\./).waitFor();
    expect(await page.locator('#app').isHidden()).toBe(true);
  });

  it('a person on Telegram asks, the counsellor claims, replies, sees her answer live, notes, and closes', async () => {
    const { page, dialogs, failures } = await signedInConsole(ASHA);
    const known = await listedIds(page);

    const user = await personAsks({ ask: 'I want to talk to a counsellor' });
    const caseId = await newWaitingCase(page, known); // arrived over SSE, no reload
    const item = caseItem(page, caseId);
    const meta = (await item.locator('.case-meta').textContent()) ?? '';
    expect(meta).toContain('English');
    expect(meta).toContain('Telegram');
    expect(meta).toMatch(/waiting (<1|\d+) min/);
    const ref = ((await item.locator('.case-ref').textContent()) ?? '').trim();
    expect(ref).toMatch(/^C-[0-9A-Z]{4,}$/);
    // Pseudonymous: nothing of her Telegram identity anywhere on the page.
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain('Secret Name');
    expect(body).not.toContain('secret_handle');
    expect(body).not.toContain(String(user));

    await item.getByRole('button', { name: `Claim ${ref}` }).click();
    await page.locator('#case-title', { hasText: ref }).waitFor();
    await page.locator('#mine-list').locator(`[data-case-id="${caseId}"]`).waitFor();
    await expect(page.locator('#case-facts').textContent()).resolves.toContain('Language: English');

    // Reply: Enter sends; it reaches her on Telegram.
    fake.reset();
    await page.getByLabel('Your reply').fill('Hello, I am here to help');
    await page.getByLabel('Your reply').press('Enter');
    const delivered = await fake.waitForCall('sendMessage', (c) => Number(c.params.chat_id) === user, LIVE_MS);
    expect(delivered.params.text).toBe('Hello, I am here to help');
    await page.locator('#log .msg-out', { hasText: 'Hello, I am here to help' }).waitFor();
    expect(await page.getByLabel('Your reply').inputValue()).toBe('');

    // Her answer arrives live.
    await say(user, 'thank you');
    await page.locator('#log .msg-in', { hasText: 'thank you' }).waitFor({ timeout: LIVE_MS });

    // Shift+Enter is a new line, not a send; a private note stays in the console.
    const box = page.getByLabel('Your reply');
    await box.fill('Said she is at her sister’s.');
    await box.press('Shift+Enter');
    await box.pressSequentially('Call back later.');
    expect(await box.inputValue()).toBe('Said she is at her sister’s.\nCall back later.');
    await page.getByRole('button', { name: 'Add private note' }).click();
    const note = page.locator('#log .msg-note', { hasText: 'Call back later.' });
    await note.waitFor();
    await expect(note.locator('.msg-meta').textContent()).resolves.toContain('only counsellors see this');
    expect(sentTo(user).some((c) => String(c.params.text).includes('sister'))).toBe(false);

    // A prepared reply fills the box, in her language.
    const canned = page.getByLabel('Prepared replies');
    await page.locator('#canned option:nth-child(2)').waitFor({ state: 'attached' });
    const firstReply = await page.locator('#canned option:nth-child(2)').getAttribute('value');
    await canned.selectOption(firstReply as string);
    expect((await box.inputValue()).length).toBeGreaterThan(10);
    await box.fill('');

    await page.screenshot({ path: '/tmp/console.png' });

    // Close with an outcome, after a confirmation.
    fake.reset();
    await page.getByLabel('Outcome').selectOption('referred_osc');
    await page.getByRole('button', { name: 'Close conversation' }).click();
    await page.getByText(`Close ${ref} as “Referred to One Stop Centre”?`).waitFor();
    expect(sentTo(user)).toHaveLength(0); // not before she confirms
    await page.getByRole('button', { name: 'Yes, close it' }).click();
    const told = await fake.waitForCall('sendMessage', (c) => Number(c.params.chat_id) === user, LIVE_MS);
    expect(String(told.params.text)).toMatch(/ended this conversation/);
    await page.getByText('This conversation is closed.').waitFor();
    await page.locator(`#mine-list [data-case-id="${caseId}"]`).waitFor({ state: 'detached', timeout: LIVE_MS });

    // The bot answers her again.
    fake.reset();
    await say(user, 'menu');
    const menu = await fake.waitForCall('sendMessage', (c) => Number(c.params.chat_id) === user, LIVE_MS);
    expect(keyboardOf(menu).map((b) => b.callback_data)).toContain('m:counsellor');

    expect(dialogs).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('two counsellors claim one case at the same moment: exactly one gets it, the other is told', async () => {
    const [a, b] = await Promise.all([signedInConsole(ASHA), signedInConsole(BILQEES)]);
    const known = await listedIds(a.page);
    await personAsks();
    const caseId = await newWaitingCase(a.page, known);
    await caseItem(b.page, caseId).waitFor({ timeout: LIVE_MS });

    const claimA = a.page.waitForResponse(isClaim);
    const claimB = b.page.waitForResponse(isClaim);
    await Promise.all([
      caseItem(a.page, caseId).locator('.btn-claim').click(),
      caseItem(b.page, caseId).locator('.btn-claim').click(),
    ]);
    const statuses = [(await claimA).status(), (await claimB).status()];
    expect([...statuses].sort()).toEqual([200, 409]);

    const [winner, loser] = statuses[0] === 200 ? [a.page, b.page] : [b.page, a.page];
    await loser.getByText('Another counsellor took this conversation.').first().waitFor();
    await winner.locator(`#mine-list [data-case-id="${caseId}"]`).waitFor();
    await caseItem(loser, caseId).waitFor({ state: 'detached', timeout: LIVE_MS });

    // The winner hands it to the other counsellor, who sees it arrive among hers.
    const loserName = loser === a.page ? 'Asha' : 'Bilqees';
    await winner.locator('#case-title').waitFor();
    await winner.locator('#transfer-to option', { hasText: loserName }).waitFor({ state: 'attached' });
    const optionValue = await winner.locator('#transfer-to option', { hasText: loserName }).getAttribute('value');
    await winner.getByLabel('Transfer to').selectOption(optionValue as string);
    await winner.getByRole('button', { name: 'Transfer', exact: true }).click();
    await winner.getByText(`was transferred to ${loserName}`).waitFor();
    await winner.locator(`#mine-list [data-case-id="${caseId}"]`).waitFor({ state: 'detached', timeout: LIVE_MS });
    await loser.locator(`#mine-list [data-case-id="${caseId}"]`).waitFor({ timeout: LIVE_MS });
  });

  it('a POST without the CSRF header is refused with 403 and changes nothing', async () => {
    const { page } = await signedInConsole(ASHA);
    const known = await listedIds(page);
    await personAsks();
    const caseId = await newWaitingCase(page, known);
    const result = await page.evaluate(async (id) => {
      const res = await fetch(`/console/api/cases/${id}/claim`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      const queue = (await (await fetch('/console/api/queue')).json()) as { cases: { caseId: string; status: string }[] };
      return { status: res.status, body: await res.json(), after: queue.cases.find((c) => c.caseId === id)?.status };
    }, caseId);
    expect(result).toEqual({ status: 403, body: { error: 'csrf' }, after: 'waiting' });
    await caseItem(page, caseId).locator('.btn-claim').waitFor();
  });

  it('markup she sends is shown as text: no script runs, no dialog opens', async () => {
    const { page, dialogs, failures } = await signedInConsole(ASHA);
    const known = await listedIds(page);
    const user = await personAsks();
    const caseId = await newWaitingCase(page, known);
    await caseItem(page, caseId).locator('.btn-claim').click();
    await page.locator('#mine-list').locator(`[data-case-id="${caseId}"]`).waitFor();

    const payloads = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">'];
    for (const p of payloads) await say(user, p);
    for (const p of payloads) {
      const shown = page.locator('#log .msg-in .msg-text').filter({ hasText: p });
      await shown.waitFor({ timeout: LIVE_MS });
      expect(await shown.textContent()).toBe(p);
    }
    expect(await page.locator('#log script, #log img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('what she writes while her conversation is still opening is shown at once, not after the next poll', async () => {
    const { page, failures } = await signedInConsole(ASHA);
    const known = await listedIds(page);
    const user = await personAsks();
    const caseId = await newWaitingCase(page, known);
    // Her transcript is read before she writes again, and reaches the page only after her new lines came live.
    let fetched!: () => void;
    const read = new Promise<void>((resolve) => (fetched = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/console/api/cases/${caseId}`, async (route) => {
      const response = await route.fetch();
      fetched();
      await held;
      await route.fulfill({ response });
    });
    await page.evaluate((id) => {
      const w = window as unknown as { liveFor: number; SaheliConsole: { state: { events: EventSource } } };
      w.liveFor = 0;
      w.SaheliConsole.state.events.addEventListener('message', (e) => {
        if (JSON.parse((e as MessageEvent).data).caseId === id) w.liveFor++;
      });
    }, caseId);
    await caseItem(page, caseId).locator('.btn-claim').click();
    await read;
    const lines = ['are you there', 'please answer me'];
    for (const line of lines) await say(user, line);
    await page.waitForFunction((n) => (window as unknown as { liveFor: number }).liveFor >= n, lines.length);
    release();
    for (const line of lines) {
      await page.locator('#log .msg-in .msg-text').filter({ hasText: line }).waitFor({ timeout: LIVE_MS });
    }
    expect(await caseItem(page, caseId).locator('.badge-unread').count()).toBe(0);
    expect(failures).toEqual([]);
  });

  it('emergencies are on top with a red badge; Urdu renders right-to-left', async () => {
    const { page } = await signedInConsole(BILQEES, { viewport: { width: 1024, height: 768 } });
    let known = await listedIds(page);
    await personAsks();
    const calm = await newWaitingCase(page, known);
    known = await listedIds(page);
    await personAsks({ before: 'he is hitting me right now' });
    const urgent = await newWaitingCase(page, known);
    const badge = caseItem(page, urgent).locator('.badge-emergency');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('Emergency');
    expect(await badge.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(193, 18, 31)');
    const order = await listedIds(page);
    expect(order.indexOf(urgent)).toBeLessThan(order.indexOf(calm));

    known = await listedIds(page);
    const user = await personAsks({ lang: 'ur' });
    const urdu = await newWaitingCase(page, known);
    await caseItem(page, urdu).locator('.btn-claim').click();
    await page.locator('#case-facts', { hasText: 'Urdu (اردو)' }).waitFor();
    await say(user, 'شکریہ، میں ٹھیک ہوں');
    const msg = page.locator('#log .msg-in .msg-text', { hasText: 'شکریہ' });
    await msg.waitFor({ timeout: LIVE_MS });
    expect(await msg.getAttribute('dir')).toBe('rtl');
    expect(await msg.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    // At 1024 px the queue and the conversation sit side by side, nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    const [q, c] = await Promise.all([page.locator('#queue').boundingBox(), page.locator('#conversation').boundingBox()]);
    expect(q && c && q.x + q.width <= c.x + 1).toBe(true);
    await page.screenshot({ path: '/tmp/console-1024.png' });
  });

  it('Hindi interface, remembered after a reload; sign out returns to the sign-in form', async () => {
    const { page } = await signedInConsole(ASHA, { viewport: { width: 800, height: 1100 } });
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByText('मेरी बातचीत').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    await page.reload();
    await page.getByText('मेरी बातचीत').waitFor();
    await page.screenshot({ path: '/tmp/console-hi-800.png' });
    await page.getByRole('button', { name: 'साइन आउट' }).click();
    await page.getByRole('button', { name: 'साइन इन करें' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/console/api/me')).status)).toBe(401);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
