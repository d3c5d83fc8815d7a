import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeKey } from './config/env.js';
import type { Logger } from './core/ports.js';

/**
 * The at-rest key: ENCRYPTION_KEY, or (development only) a key generated once into DATA_DIR. Production
 * refuses to start without ENCRYPTION_KEY (checked by the env schema).
 */
export function resolveEncryptionKey(
  env: { ENCRYPTION_KEY?: string; DATA_DIR: string },
  logger: Logger,
): Uint8Array<ArrayBuffer> {
  if (env.ENCRYPTION_KEY) return decodeKey(env.ENCRYPTION_KEY) as Uint8Array<ArrayBuffer>;
  const path = join(env.DATA_DIR, 'encryption.key');
  if (existsSync(path)) {
    const key = decodeKey(readFileSync(path, 'utf8').trim());
    if (!key) throw new Error(`${path} does not hold a 32-byte key; remove it or set ENCRYPTION_KEY`);
    logger.warn({ path }, 'ENCRYPTION_KEY is not set: using the development key in DATA_DIR (never do this in production)');
    return key;
  }
  mkdirSync(env.DATA_DIR, { recursive: true });
  const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
  writeFileSync(path, Buffer.from(key).toString('base64'), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  logger.warn({ path }, 'ENCRYPTION_KEY is not set: generated a development key in DATA_DIR (set ENCRYPTION_KEY in production)');
  return key;
}
