/**
 * The two ciphers (Web Crypto for Workers, node:crypto for Node) must read each other's values: a
 * database written by one runtime is read by the other, and lookups by hash must find the same person.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCipher, DecryptError } from '../../src/db/crypto.js';
import { createNodeCipher } from '../../src/db/crypto-node.js';

const key = new Uint8Array(randomBytes(32));
const samples = ['123456789', '919876543210', 'सहेली', 'سہیلی', '', 'x'.repeat(5000)];

describe('ciphers', async () => {
  const web = await createCipher(key);
  const node = createNodeCipher(key);

  it('decrypt what the other encrypted, in both directions', async () => {
    for (const s of samples) {
      expect(await node.decrypt(await web.encrypt(s))).toBe(s);
      expect(await web.decrypt(await node.encrypt(s))).toBe(s);
    }
  });

  it('give the same lookup hash, URL-safe and unpadded', async () => {
    for (const s of samples) {
      const h = await node.lookupHash(s);
      expect(h).toBe(await web.lookupHash(s));
      expect(h).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('never encrypt the same value to the same text, and never contain it', async () => {
    const a = await node.encrypt('919876543210');
    expect(a).not.toBe(await node.encrypt('919876543210'));
    expect(a).not.toContain('919876543210');
  });

  it('refuse a value sealed with another key or altered, with DecryptError', async () => {
    const other = createNodeCipher(new Uint8Array(randomBytes(32)));
    const sealed = await web.encrypt('hello');
    await expect(other.decrypt(sealed)).rejects.toBeInstanceOf(DecryptError);
    const tampered = `${sealed.slice(0, -4)}${sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expect(node.decrypt(tampered)).rejects.toBeInstanceOf(DecryptError);
    await expect(node.decrypt('v2:abc')).rejects.toBeInstanceOf(DecryptError);
    await expect(node.decrypt('v1:')).rejects.toBeInstanceOf(DecryptError);
  });
});
