import { decode, type JWT } from "next-auth/jwt";
import { memoizeDecode, TokenCache } from "@/lib/auth/token-cache";

/**
 * Auth.js's session-token decoder, memoised per process (see token-cache.ts):
 * the request gate, the route handlers and `auth()` all decode through it.
 */
export const decodeSession = memoizeDecode<JWT>(decode, new TokenCache<JWT>({ max: 5_000 }));
