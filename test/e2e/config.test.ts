import { describe, expect, it } from 'vitest';
import { runServerToExit } from '../helpers/server-process.js';

describe('bad configuration stops start-up with a clear message', () => {
  it('names each bad variable and the rule, never the value, and exits non-zero', async () => {
    const secretValue = 'not-a-real-token-VALUE';
    const { code, stderr } = await runServerToExit({
      PORT: 'eighty',
      TELEGRAM_BOT_TOKEN: secretValue,
      DATABASE_URL: 'mysql://localhost/x',
      LOG_LEVEL: 'chatty',
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/TELEGRAM_BOT_TOKEN must look like/);
    expect(stderr).toMatch(/DATABASE_URL must start with postgres/);
    expect(stderr).toMatch(/LOG_LEVEL: must be one of/);
    expect(stderr).not.toContain(secretValue);
  });

  it('refuses to start in production without ENCRYPTION_KEY', async () => {
    const { code, stderr } = await runServerToExit({ NODE_ENV: 'production', DATA_DIR: '/tmp/saheli-never-created' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/ENCRYPTION_KEY is required when NODE_ENV=production/);
  });
});
