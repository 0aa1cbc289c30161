/**
 * A bounded memo of decoded session tokens.
 *
 * Decrypting an Auth.js session token (JWE, A256CBC-HS512 through WebCrypto)
 * costs about a millisecond of CPU, and every request of a signed-in person
 * carries the same token until it is re-issued. The token is authenticated
 * ciphertext, so the same string always decodes to the same claims: remembering
 * the claims until the token's own expiry changes no outcome, only the cost.
 * Nothing here is needed for correctness — a cold cache (a restart, another
 * instance) decodes again.
 */

export interface TokenCacheOptions {
  /** Most tokens kept; the least recently used goes first. */
  max?: number;
  /** The longest a decoded token is trusted without decoding again, in ms. */
  maxAgeMs?: number;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

export class TokenCache<T extends { exp?: unknown }> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly max: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(opts: TokenCacheOptions = {}) {
    this.max = opts.max ?? 5_000;
    this.maxAgeMs = opts.maxAgeMs ?? 5 * 60_000;
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.now() >= hit.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so the Map's order stays least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(key: string, value: T): void {
    const now = this.now();
    const exp = typeof value.exp === "number" ? value.exp * 1000 : Number.POSITIVE_INFINITY;
    const expiresAt = Math.min(exp, now + this.maxAgeMs);
    if (expiresAt <= now) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

type DecodeParams = { token?: string; secret: string | string[]; salt: string };

/**
 * Wraps a session-token decoder with a TokenCache. The key holds the salt and
 * secret as well as the token, so a token is never trusted under another secret.
 */
export function memoizeDecode<T extends { exp?: unknown }>(
  decode: (params: DecodeParams) => Promise<T | null>,
  cache: TokenCache<T> = new TokenCache<T>(),
) {
  return async (params: DecodeParams): Promise<T | null> => {
    if (!params.token) return null;
    const secrets = Array.isArray(params.secret) ? params.secret.join("\u0001") : params.secret;
    const key = `${params.salt}\u0000${secrets}\u0000${params.token}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const value = await decode(params);
    if (value) cache.set(key, value);
    return value;
  };
}
