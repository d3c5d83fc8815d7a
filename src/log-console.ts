import type { Logger } from './core/ports.js';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: 100 } as const;
/** The same paths src/logger.ts removes: logs carry ids, never text, names or numbers. */
const REDACT = new Set(['text', 'body', 'phone', 'name', 'first_name', 'last_name', 'username', 'externalUserId', 'location']);

function scrub(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (REDACT.has(k)) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? scrub(v) : v;
  }
  return out;
}

/** Workers: JSON lines on console (Workers Logs / `wrangler tail`), pino's shape without pino's Node streams. */
export function createConsoleLogger(level: keyof typeof LEVELS): Logger {
  const min = LEVELS[level];
  const at = (name: 'debug' | 'info' | 'warn' | 'error') => (obj: object, msg?: string) => {
    if (LEVELS[name] < min) return;
    const line = JSON.stringify({ level: LEVELS[name], time: Date.now(), ...scrub(obj), msg });
    if (name === 'error') console.error(line);
    else if (name === 'warn') console.warn(line);
    else console.log(line);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
