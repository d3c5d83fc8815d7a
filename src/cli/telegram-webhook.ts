import { Api } from 'grammy';
import { ConfigError, parseEnv } from '../config/env.js';

/** `npm run telegram:webhook`: point Telegram at PUBLIC_URL/webhooks/telegram with the secret. */
try {
  const env = parseEnv(process.env);
  const missing = (['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET', 'PUBLIC_URL'] as const).filter((k) => !env[k]);
  if (missing.length > 0) throw new ConfigError(missing.map((k) => `${k} is required to register the webhook`));
  const api = new Api(env.TELEGRAM_BOT_TOKEN as string, { apiRoot: env.TELEGRAM_API_ROOT });
  const url = `${env.PUBLIC_URL}/webhooks/telegram`;
  await api.setWebhook(url, {
    secret_token: env.TELEGRAM_WEBHOOK_SECRET,
    allowed_updates: ['message', 'callback_query', 'my_chat_member'],
    drop_pending_updates: false,
  });
  await api.setMyCommands([
    { command: 'start', description: 'Start / main menu' },
    { command: 'help', description: 'Emergency numbers' },
    { command: 'language', description: 'Change language' },
    { command: 'delete', description: 'Erase my data' },
  ]);
  process.stdout.write(`webhook set to ${url}\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
