import { decode, encode, type JWT, type JWTEncodeParams } from "next-auth/jwt";
import { memoizeDecode, TokenCache } from "@/lib/auth/token-cache";
import { renewalMaxAge } from "@/lib/auth/session-policy";

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
  const maxAge = renewalMaxAge(params.token?.auth_time, Math.floor(Date.now() / 1000), params.maxAge);
  return encode({ ...params, maxAge });
}
