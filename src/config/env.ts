import { z } from 'zod';
import { parseHours } from '../core/hours.js';

/**
 * The one environment schema. Only the entries (src/node.ts, src/worker.ts, src/cli/*) call parseEnv;
 * everything else receives the parsed Env.
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const url = (name: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    message: `${name} must be an http(s) URL`,
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int('PORT must be a whole number').min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'DATABASE_URL must start with postgres:// or postgresql://',
    }),
    DATA_DIR: z.string().min(1).default('./data'),
    PUBLIC_URL: url('PUBLIC_URL').refine((v) => v === undefined || !v.endsWith('/'), {
      message: 'PUBLIC_URL must not end with a slash',
    }),
    TELEGRAM_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), {
      message: 'TELEGRAM_BOT_TOKEN must look like 123456:ABC... (as given by @BotFather)',
    }),
    TELEGRAM_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(v), {
      message: 'TELEGRAM_WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ or -',
    }),
    TELEGRAM_API_ROOT: url('TELEGRAM_API_ROOT').transform((v) => (v ?? 'https://api.telegram.org').replace(/\/$/, '')),
    ENCRYPTION_KEY: optionalString.refine((v) => v === undefined || decodeKey(v) !== null, {
      message: 'ENCRYPTION_KEY must be 32 bytes as 64 hex characters or base64 (openssl rand -base64 32)',
    }),
    WHATSAPP_ACCESS_TOKEN: optionalString,
    WHATSAPP_APP_SECRET: optionalString,
    WHATSAPP_VERIFY_TOKEN: optionalString,
    WHATSAPP_PHONE_NUMBER_ID: optionalString.refine((v) => v === undefined || /^\d{5,20}$/.test(v), {
      message: 'WHATSAPP_PHONE_NUMBER_ID must be the numeric phone number id from the Meta app dashboard',
    }),
    WHATSAPP_API_ROOT: url('WHATSAPP_API_ROOT').transform((v) => (v ?? 'https://graph.facebook.com').replace(/\/$/, '')),
    WHATSAPP_API_VERSION: z
      .string()
      .regex(/^v\d+\.\d+$/, 'WHATSAPP_API_VERSION must look like v21.0')
      .default('v21.0'),
    /** Approved, content-neutral template ("You have a new message. Reply 1 to read it.") for messages outside the 24-hour window. */
    WHATSAPP_NOTIFY_TEMPLATE: z.string().regex(/^[a-z0-9_]{1,512}$/, 'WHATSAPP_NOTIFY_TEMPLATE must be a template name (a-z, 0-9, _)').default('saheli_new_message'),
    /** Saheli language -> template language code, e.g. en:en,hi:hi,ur:ur,ks:ur,doi:hi */
    WHATSAPP_TEMPLATE_LANGUAGES: z
      .string()
      .regex(/^([a-z]{2,3}:[a-zA-Z_]{2,8})(,[a-z]{2,3}:[a-zA-Z_]{2,8})*$/, 'WHATSAPP_TEMPLATE_LANGUAGES must look like en:en,hi:hi,ur:ur')
      .default('en:en,hi:hi,ur:ur,ks:ur,doi:hi'),
    /** Counselling hours in India time, with per-district exceptions: 09:00-18:00;Leh=10:00-16:00 */
    COUNSELLING_HOURS: z
      .string()
      .refine((v) => parseHours(v) !== null, {
        message: 'COUNSELLING_HOURS must look like 09:00-18:00 or 09:00-18:00;Leh=10:00-16:00',
      })
      .default('09:00-18:00'),
    /** Days a closed counsellor conversation is kept before it is deleted. */
    CASE_RETENTION_DAYS: z.coerce.number().int('CASE_RETENTION_DAYS must be a whole number').min(1).max(3650).default(90),
    /** Campaign sends per second: Telegram allows about 30 overall, WhatsApp Cloud API 80 by default. */
    CAMPAIGN_TELEGRAM_RATE: z.coerce.number().positive('CAMPAIGN_TELEGRAM_RATE must be above 0').max(100_000).default(25),
    CAMPAIGN_WHATSAPP_RATE: z.coerce.number().positive('CAMPAIGN_WHATSAPP_RATE must be above 0').max(100_000).default(80),
    /** Minimum gap between two campaign messages to one Telegram chat (about one a second). */
    CAMPAIGN_TELEGRAM_PER_CHAT_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    /** A row claimed by a worker that died is re-sent after this long (the only window for a duplicate). */
    CAMPAIGN_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    CAMPAIGN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    CAMPAIGN_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    /** Run the campaign sender inside the server (off: run `npm run campaign -- worker` instead). */
    CAMPAIGN_WORKER: z.enum(['on', 'off']).default('on'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_BOT_TOKEN && env.PUBLIC_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_BOT_TOKEN and PUBLIC_URL are set (webhook mode)',
      });
    }
    const wa = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'] as const;
    const waSet = wa.filter((k) => env[k] !== undefined);
    if (waSet.length > 0 && waSet.length < wa.length) {
      for (const k of wa.filter((k) => env[k] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required when any WHATSAPP_* credential is set (${waSet.join(', ')} set)` });
      }
    }
    if (env.NODE_ENV === 'production' && !env.ENCRYPTION_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENCRYPTION_KEY'],
        message: 'ENCRYPTION_KEY is required when NODE_ENV=production (message text is encrypted at rest)',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse a source of environment variables. Problems name the variable and the rule, never the value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const rule = issue.message.startsWith(name) ? issue.message : `${name}: ${describe(issue)}`;
    return rule;
  });
  throw new ConfigError([...new Set(problems)]);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return `must be a ${issue.expected}`;
    default:
      return issue.message;
  }
}

/** 32-byte key from 64 hex chars or base64; null if it is neither. */
export function decodeKey(value: string): Uint8Array<ArrayBuffer> | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) {
    return Uint8Array.from(value.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  }
  if (/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === 32 ? new Uint8Array(bytes) : null;
  }
  return null;
}
