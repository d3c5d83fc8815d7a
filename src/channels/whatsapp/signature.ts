/**
 * Webhook authenticity through Web Crypto only, so the same code runs on Node and Workers.
 * @see https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 */
const enc = new TextEncoder();

/**
 * Checks `X-Hub-Signature-256: sha256=<hex>`, an HMAC-SHA256 of the raw body bytes with the app secret.
 * `crypto.subtle.verify` compares in constant time. The key is imported once.
 */
export function createSignatureVerifier(appSecret: string) {
  const key = globalThis.crypto.subtle.importKey('raw', enc.encode(appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return async function verifySignature(raw: ArrayBuffer | Uint8Array<ArrayBuffer>, header: string | undefined): Promise<boolean> {
    const hex = /^sha256=([0-9a-fA-F]{64})$/.exec(header?.trim() ?? '')?.[1];
    if (!hex) return false;
    const mac = Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
    return globalThis.crypto.subtle.verify('HMAC', await key, mac, raw);
  };
}

/** Constant-time string equality, also in the length: both sides are hashed first. */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    globalThis.crypto.subtle.digest('SHA-256', enc.encode(given)),
    globalThis.crypto.subtle.digest('SHA-256', enc.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] as number) ^ (y[i] as number);
  return diff === 0;
}
