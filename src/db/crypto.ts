/**
 * Encryption at rest (AES-256-GCM) and keyed lookup hashes (HMAC-SHA256), both through Web Crypto so the
 * same code runs on Node and Workers. Two sub-keys are derived from the one ENCRYPTION_KEY with HKDF, so
 * a lookup hash never reuses the encryption key.
 */
export interface Cipher {
  encrypt(plain: string): Promise<string>;
  decrypt(sealed: string): Promise<string>;
  /** Deterministic keyed hash for looking a value up without storing it (platform user ids, numbers). */
  lookupHash(value: string): Promise<string>;
}

export class DecryptError extends Error {
  readonly code = 'DECRYPT_FAILED';
  constructor() {
    super('A stored value could not be decrypted (wrong ENCRYPTION_KEY or damaged data)');
    this.name = 'DecryptError';
  }
}

const VERSION = 'v1';
const enc = new TextEncoder();
const dec = new TextDecoder();

export async function createCipher(masterKey: Uint8Array<ArrayBuffer>): Promise<Cipher> {
  if (masterKey.length !== 32) throw new Error('ENCRYPTION_KEY must be 32 bytes');
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', masterKey, 'HKDF', false, ['deriveKey']);
  const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
    subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: enc.encode('saheli'), info: enc.encode(info) },
      base,
      algorithm,
      false,
      usages,
    );
  const aesKey = await derive('saheli/at-rest/aes-gcm', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']);
  const hmacKey = await derive('saheli/lookup/hmac', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']);

  return {
    async encrypt(plain) {
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
      const ct = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, aesKey, enc.encode(plain)));
      const out = new Uint8Array(iv.length + ct.length);
      out.set(iv);
      out.set(ct, iv.length);
      return `${VERSION}:${toBase64(out)}`;
    },
    async decrypt(sealed) {
      const [version, body] = sealed.split(':', 2);
      if (version !== VERSION || !body) throw new DecryptError();
      const bytes = fromBase64(body);
      try {
        const plain = await subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, aesKey, bytes.subarray(12));
        return dec.decode(plain);
      } catch {
        throw new DecryptError();
      }
    },
    async lookupHash(value) {
      const mac = new Uint8Array(await subtle.sign('HMAC', hmacKey, enc.encode(value)));
      return toBase64(mac).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
  };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}
