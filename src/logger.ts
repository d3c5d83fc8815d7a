import pino from 'pino';
import type { Logger } from './core/ports.js';

/** Logs carry ids, never message text, names or numbers: these paths are removed even if a caller slips. */
const REDACT = [
  'text', '*.text', 'body', '*.body', 'phone', '*.phone', 'name', '*.name', 'first_name', '*.first_name',
  'last_name', '*.last_name', 'username', '*.username', 'externalUserId', '*.externalUserId', 'location', '*.location',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, remove: true }, base: undefined });
}
