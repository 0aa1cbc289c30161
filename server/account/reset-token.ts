import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new reset token (32 random bytes, base64url) and the hash that is stored in its place. */
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
