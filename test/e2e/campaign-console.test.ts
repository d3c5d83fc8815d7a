/**
 * The campaign pages of the console in a real headless Chromium, against the real server process, the fake
 * Telegram Bot API and the fake WhatsApp Cloud API. People subscribe through the bot itself; a campaigner
 * writes a campaign in three languages, previews it and sends it; each subscriber gets it in her language,
 * and nobody who said STOP or is talking to a counsellor gets it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTelegram, type RecordedCall as TgCall, startFakeTelegram } from '../fakes/telegram-api.js';
import { type FakeWhatsApp, type RecordedCall as WaCall, signWhatsAppBody, startFakeWhatsApp, waMessage, waWebhookBody } from '../fakes/whatsapp-api.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { createUser, type ServerProcess, startServer } from '../helpers/server-process.js';

const TG_TOKEN = '123456789:AAtest-token-for-the-fake-bot-api';
const TG_SECRET = 'e2e-webhook-secret-0123456789';
const WA_TOKEN = 'EAAG-e2e-access-token';
const WA_SECRET = 'e2e-app-secret';
const WA_PHONE_ID = '109876543210';
const PASSWORD = 'a-long-console-password';
const CAMPAIGNER = 'campaigns@example.org';
const ADMIN = 'admin@example.org';
const SCREENSHOT = '/tmp/campaign.png';

let tg: FakeTelegram;
let wa: FakeWhatsApp;
let server: ServerProcess;
let browser: TestBrowser;
let updateId = 1;

beforeAll(async () => {
  [tg, wa, browser] = await Promise.all([
    startFakeTelegram({ token: TG_TOKEN }),
    startFakeWhatsApp({ token: WA_TOKEN, phoneNumberId: WA_PHONE_ID }),
    launchBrowser(),
  ]);
  server = await startServer(
    {
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: tg.url,
      WHATSAPP_ACCESS_TOKEN: WA_TOKEN,
      WHATSAPP_APP_SECRET: WA_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'e2e-verify-token',
      WHATSAPP_PHONE_NUMBER_ID: WA_PHONE_ID,
      WHATSAPP_API_ROOT: wa.url,
      COUNSELLING_HOURS: '00:00-24:00',
      // Fast enough that a handful of messages go out at once.
      CAMPAIGN_TELEGRAM_RATE: '1000',
      CAMPAIGN_WHATSAPP_RATE: '1000',
      CAMPAIGN_POLL_MS: '100',
    },
    {
      timeoutMs: 120_000,
      beforeStart: async (dbEnv) => {
        await createUser(dbEnv, { email: CAMPAIGNER, role: 'campaigner', password: PASSWORD, name: 'Awareness team' });
        await createUser(dbEnv, { email: ADMIN, role: 'admin', password: PASSWORD, name: 'Admin' });
      },
    },
  );
}, 150_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all([tg?.close(), wa?.close()]);
});

// ---- People on Telegram ----

const chat = (id: number) => ({ id, type: 'private' });
const from = (id: number) => ({ id, is_bot: false, first_name: 'Secret Name' });
async function tgPost(update: unknown) {
  const res = await fetch(`${server.url}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET },
    body: JSON.stringify(update),
  });
  expect(res.status).toBe(200);
}
const tgSay = (user: number, text: string) =>
  tgPost({ update_id: ++updateId, message: { message_id: updateId, date: 1, chat: chat(user), from: from(user), text } });
const tgPress = (user: number, data: string) =>
  tgPost({
    update_id: ++updateId,
    callback_query: { id: `cb${updateId}`, from: from(user), chat_instance: '1', data, message: { message_id: 1, date: 1, chat: chat(user), text: 'x' } },
  });
const tgButtons = (c: TgCall) =>
  ((c.params.reply_markup as { inline_keyboard?: { callback_data: string }[][] })?.inline_keyboard ?? []).flat().map((b) => b.callback_data);
const tgTo = (user: number) => tg.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === user);

async function tgSubscribe(user: number, lang: string) {
  await tgSay(user, '/start');
  await tgPress(user, `lang:${lang}`);
  await tgSay(user, '/subscribe');
}

// ---- A person on WhatsApp (signed webhook posts; the server answers 200 first and works after) ----

const waHandled = () => server.logs.filter((l) => l.msg === 'whatsapp webhook handled').length;
async function waPost(message: unknown) {
  const body = waWebhookBody(WA_PHONE_ID, { messages: [message] });
  const before = waHandled();
  const res = await fetch(`${server.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppBody(body, WA_SECRET) },
    body,
  });
  expect(res.status).toBe(200);
  await until(() => (waHandled() > before ? true : undefined), 10_000);
}
const waIds = (c: WaCall) => {
  const a = (c.body.interactive as { action?: { sections?: { rows: { id: string }[] }[]; buttons?: { reply: { id: string } }[] } } | undefined)?.action;
  return [...(a?.sections?.flatMap((s) => s.rows.map((r) => r.id)) ?? []), ...(a?.buttons?.map((b) => b.reply.id) ?? [])];
};
const waText = (c: WaCall) =>
  String((c.body.text as { body?: string } | undefined)?.body ?? (c.body.interactive as { body?: { text?: string } } | undefined)?.body?.text ?? '');
const waTo = (user: string) => wa.callsTo('/messages').filter((c) => c.body.to === user);

async function until<T>(what: () => T | undefined, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = what();
    if (got !== undefined) return got;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const TEXTS = {
  en: 'Every girl has the right to finish school. Reply MENU to learn more.',
  hi: 'हर लड़की को पढ़ाई पूरी करने का हक़ है। और जानने के लिए MENU लिखें।',
  ur: 'ہر لڑکی کو تعلیم مکمل کرنے کا حق ہے۔ مزید جاننے کے لیے MENU لکھیں۔',
};
const PLEDGE = { en: 'I pledge', hi: 'मैं शपथ लेती हूँ', ur: 'میں عہد کرتی ہوں' };
const isCampaign = (text: unknown) => Object.values(TEXTS).includes(String(text));

async function statText(page: Page, key: string) {
  return page.locator(`#stats-totals [data-stat="${key}"] dd`).textContent();
}

async function signIn(page: Page, email: string) {
  await page.goto(`${server.url}/console`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('campaign console in Chromium', () => {
  it('a campaigner previews and sends a campaign; each subscriber gets it in her language, nobody who stopped or is in a case', async () => {
    const [english, hindi, stopped, inCase] = [9301, 9302, 9303, 9304];
    const urdu = '919811120001';

    // Telegram: two subscribers, one who subscribed and said STOP, one who subscribed and then asked for a counsellor.
    await Promise.all([tgSubscribe(english, 'en'), tgSubscribe(hindi, 'hi'), tgSubscribe(stopped, 'en'), tgSubscribe(inCase, 'en')]);
    await tgSay(stopped, 'STOP');
    await tgSay(inCase, 'I want to talk to a counsellor');
    const consent = tgTo(inCase).findLast((c) => tgButtons(c).includes('ho:me'));
    expect(consent, 'the bot offers her the consent choice').toBeDefined();
    await tgPress(inCase, 'ho:me');

    // WhatsApp: "hi" -> the languages -> Urdu -> she asks for updates in Urdu -> confirms with the offered button.
    await waPost(waMessage.text(urdu, 'hi'));
    expect(waIds(waTo(urdu).at(-1) as WaCall)).toContain('lang:ur');
    await waPost(waMessage.button(urdu, 'lang:ur'));
    await waPost(waMessage.text(urdu, 'سبسکرائب'));
    expect(waIds(waTo(urdu).at(-1) as WaCall), 'the bot offers the opt-in button').toContain('sub:yes');
    await waPost(waMessage.button(urdu, 'sub:yes'));
    const beforeCampaign = { tg: tg.callsTo('sendMessage').length, wa: waTo(urdu).length };

    // ---- The console ----
    const { page } = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) failures.push(m.text());
    });
    await signIn(page, CAMPAIGNER);
    await page.locator('#campaigns').waitFor();
    // A campaigner has campaigns only: no conversations, no tabs.
    expect(await page.locator('#queue').isVisible()).toBe(false);
    expect(await page.locator('#sections').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'New campaign' }).click();
    const form = page.locator('#campaign-form');
    await form.getByLabel('Name').fill('Girls in school');
    const texts = form.locator('#cf-texts');
    await texts.getByLabel('English').fill(TEXTS.en);
    await texts.getByLabel('हिन्दी').fill(TEXTS.hi);
    await texts.getByLabel('اردو').fill(TEXTS.ur);
    expect(await texts.getByLabel('اردو').getAttribute('dir')).toBe('rtl');
    await form.getByLabel('Add a pledge button').check();
    const pledge = form.locator('#cf-pledge-labels');
    await pledge.getByLabel('English').fill(PLEDGE.en);
    await pledge.getByLabel('हिन्दी').fill(PLEDGE.hi);
    await pledge.getByLabel('اردو').fill(PLEDGE.ur);
    await form.getByRole('button', { name: 'Create and preview' }).click();

    // The preview: every language's message with its buttons, and who it reaches.
    await page.locator('#campaign-title', { hasText: 'Girls in school' }).waitFor();
    await page.locator('#campaign-facts [data-status="draft"]').waitFor();
    await page.locator('#preview-audience', { hasText: 'Reaches 4 subscribed people' }).waitFor();
    const previewOf = (lang: string) => page.locator(`#preview-messages [data-lang="${lang}"]`);
    expect(await previewOf('ur').locator('.preview-text').textContent()).toBe(TEXTS.ur);
    expect(await previewOf('ur').locator('.preview-text').getAttribute('dir')).toBe('rtl');
    expect(await previewOf('ks').locator('.preview-text').textContent()).toBe(TEXTS.ur); // Kashmiri falls back to Urdu
    expect(await previewOf('doi').locator('.preview-text').textContent()).toBe(TEXTS.hi); // Dogri to Hindi
    expect(await previewOf('hi').locator('.preview-button').allTextContents()).toEqual([PLEDGE.hi, 'संदेश बंद करें']);
    expect(await page.locator('#campaign-warnings').isVisible()).toBe(false); // neutral words: no warning

    // Send now, confirmed; the bar fills while the page polls the stats.
    await page.locator('#campaign-actions').getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('button', { name: 'Yes, send now' }).click();
    await page.locator('#campaign-stats').waitFor();
    await page.waitForFunction(
      () => {
        const bar = document.querySelector<HTMLProgressElement>('#campaign-progress');
        return bar?.dataset.status === 'done' && bar.value === bar.max;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.locator('#campaign-facts [data-status="done"]').waitFor();

    // At the fakes: each subscriber got it once, in her language; nothing for STOP or the open case.
    const campaignTo = (user: number) => tg.callsTo('sendMessage').slice(beforeCampaign.tg).filter((c) => Number(c.params.chat_id) === user && isCampaign(c.params.text));
    expect(campaignTo(english).map((c) => c.params.text)).toEqual([TEXTS.en]);
    expect(campaignTo(hindi).map((c) => c.params.text)).toEqual([TEXTS.hi]);
    expect(JSON.stringify(campaignTo(english)[0]?.params.reply_markup)).toContain(PLEDGE.en);
    expect(tg.callsTo('sendMessage').filter((c) => [stopped, inCase].includes(Number(c.params.chat_id)) && isCampaign(c.params.text))).toEqual([]);
    const waCampaign = waTo(urdu).slice(beforeCampaign.wa);
    // Within 24 h of her last message: the campaign itself, free-form, not the re-engagement template.
    expect(waCampaign.map((c) => [c.body.type, waText(c), c.status])).toEqual([['interactive', TEXTS.ur, 200]]);
    expect(waIds(waCampaign[0] as WaCall)).toContain('sub:stop');

    // The page: sent count and why one was skipped; district rows as the API gives them.
    expect(await statText(page, 'sent')).toBe('3');
    expect(await statText(page, 'skipped')).toBe('1');
    expect(await statText(page, 'queued')).toBe('0');
    expect(await page.locator('#stats-skipped [data-reason="open_case"]').textContent()).toBe('in a conversation with a counsellor: 1');
    const unknownRow = page.locator('#stats-districts tbody tr', { hasText: 'district not known' });
    expect(await unknownRow.locator('td').nth(1).textContent()).toBe('< 5');
    expect(await page.locator('#campaign-progress-text').textContent()).toBe('Done: 4 of 4 handled');
    expect(await page.locator('#campaign-list [data-status="done"]').count()).toBe(1);
    // Done: nothing left to press.
    expect(await page.locator('#campaign-actions button').count()).toBe(0);

    // No person anywhere on the page: no chat id, number or name.
    const pageText = (await page.locator('body').textContent()) ?? '';
    for (const secret of [String(english), String(inCase), urdu, 'Secret Name']) expect(pageText).not.toContain(secret);

    // The campaign panel scrolls inside the page: a tall window shows all of it in one picture.
    await page.setViewportSize({ width: 1024, height: 1900 });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });

    // The console's own language switches the campaign pages too.
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.locator('#stats-title', { hasText: 'प्रगति' }).waitFor();
    expect(await page.locator('#stats-skipped [data-reason="open_case"]').textContent()).toBe('परामर्शदाता से बातचीत चल रही है: 1');
    expect(failures).toEqual([]);
  }, 60_000);

  it('an admin switches between conversations and campaigns by tab', async () => {
    const { page } = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await signIn(page, ADMIN);
    const tabs = page.getByRole('tablist');
    await tabs.waitFor();
    expect(await tabs.getByRole('tab', { name: 'Conversations' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('#queue').waitFor();
    expect(await page.locator('#campaigns').isVisible()).toBe(false);
    await tabs.getByRole('tab', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'New campaign' }).waitFor();
    expect(await page.locator('#queue').isVisible()).toBe(false);
    await tabs.getByRole('tab', { name: 'Conversations' }).click();
    await page.locator('#queue').waitFor();
    expect(await page.locator('#campaigns').isVisible()).toBe(false);
  });
});
