import { decode, encode, type JWT, type JWTEncodeParams } from "next-auth/jwt";
import { memoizeDecode, TokenCache } from "@/lib/auth/token-cache";
import { renewalMaxAge, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";

/**
 * Auth.js's session-token decoder, memoised per process (see token-cache.ts):
 * the request gate, the route handlers and `auth()` all decode through it.
 */
export const decodeSession = memoizeDecode<JWT>(decode, new TokenCache<JWT>({ max: 5_000 }));

/**
 * Auth.js's encoder, with the token's expiry cut at the session's absolute end:
 * every renewal (each `auth()` and `/api/auth/session`) re-issues the cookie,
 * and without the cut each one would add a fresh idle lifetime.
 */
export function encodeSession(params: JWTEncodeParams<JWT>): Promise<string> {
  let maxAge = renewalMaxAge(params.token?.auth_time, Math.floor(Date.now() / 1000), params.maxAge);
  // Auth.js stamps `exp` from its own reading of the clock, a moment after this one: across a second's boundary
  // that put a cut cookie one second past the absolute end. When the end is what cuts it, end a second early.
  if (maxAge < (params.maxAge ?? SESSION_IDLE_SECONDS)) maxAge = Math.max(0, maxAge - 1);
  return encode({ ...params, maxAge });
}
