import "server-only";
import { bumpSessionGenerationByUser } from "@/db/queries/account";
import { AppError } from "@/lib/errors";
import { rememberGeneration } from "@/server/auth/session-generation";

/** End every session of this person issued so far; returns the new generation (for the device that asked). */
export async function signOutEverywhere({ userId }: { userId: string }): Promise<number> {
  const generation = await bumpSessionGenerationByUser({ userId });
  if (generation === undefined) throw new AppError("unauthorized", "Sign in to continue.");
  rememberGeneration(userId, generation);
  return generation;
}
