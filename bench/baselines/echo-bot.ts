/**
 * Baseline 1: the limit for a bot that stores nothing. grammY + Hono on @hono/node-server, the same
 * webhook secret check, one sendMessage echoing the text back. Env: PORT, BOT_TOKEN, API_ROOT, SECRET.
 */
import { serve } from '@hono/node-server';
import { Bot, webhookCallback } from 'grammy';
import { Hono } from 'hono';
import { benchBotInfo } from './bot-info.js';

const env = process.env as Record<string, string>;
const bot = new Bot(env.BOT_TOKEN as string, { client: { apiRoot: env.API_ROOT }, botInfo: benchBotInfo });
bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));

const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
app.post('/webhooks/telegram', webhookCallback(bot, 'hono', { secretToken: env.SECRET, onTimeout: 'return' }));
serve({ fetch: app.fetch, port: Number(env.PORT), hostname: '127.0.0.1' });
