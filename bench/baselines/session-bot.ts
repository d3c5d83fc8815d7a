/**
 * Baseline 2: what a team would build instead of Saheli's core: grammY with its session kept in
 * PostgreSQL by @grammyjs/storage-psql over a node-postgres pool (10 connections, as Saheli's), a
 * language keyboard on /start. Nothing encrypted, no dedupe, no message ids kept.
 * Env: PORT, BOT_TOKEN, API_ROOT, SECRET, DATABASE_URL.
 */
import { serve } from '@hono/node-server';
import { PsqlAdapter } from '@grammyjs/storage-psql';
import { Bot, type Context, type SessionFlavor, session, webhookCallback } from 'grammy';
import { Hono } from 'hono';
import pg from 'pg';
import { benchBotInfo } from './bot-info.js';

interface Session {
  language: string | null;
  step: string;
  messages: number;
}
type Ctx = Context & SessionFlavor<Session>;

const env = process.env as Record<string, string>;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const bot = new Bot<Ctx>(env.BOT_TOKEN as string, { client: { apiRoot: env.API_ROOT }, botInfo: benchBotInfo });
bot.use(
  session({
    initial: (): Session => ({ language: null, step: '', messages: 0 }),
    storage: await PsqlAdapter.create({ tableName: 'sessions', client: pool as never }),
  }),
);
bot.on('message:text', async (ctx) => {
  ctx.session.messages++;
  ctx.session.step = 'choose_language';
  await ctx.reply('Welcome. Which language?', {
    reply_markup: {
      inline_keyboard: [[{ text: 'English', callback_data: 'lang:en' }], [{ text: 'हिन्दी', callback_data: 'lang:hi' }], [{ text: 'اردو', callback_data: 'lang:ur' }]],
    },
  });
});

const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
app.post('/webhooks/telegram', webhookCallback(bot, 'hono', { secretToken: env.SECRET, onTimeout: 'return' }));
serve({ fetch: app.fetch, port: Number(env.PORT), hostname: '127.0.0.1' });
