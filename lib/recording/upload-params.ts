import { z } from "zod";
import { CHUNK_TIMING_SLACK_MS, MAX_RECORDING_MS, MAX_SEQUENCE } from "./limits";

/**
 * What an uploaded chunk says about itself, in its URL's query (the body is
 * the audio): its sequence number, its part, where in its part it ends, and,
 * on the chunk that begins a part, `first=1` and when the part began.
 */
const whole = (name: string, max: number) =>
  z
    .string({ error: `${name} is missing.` })
    .regex(/^\d{1,16}$/, `${name} must be a whole number.`)
    .transform(Number)
    .refine((n) => n <= max, `${name} may be at most ${max.toLocaleString("en")}.`);

export const chunkQuerySchema = z
  .object({
    seq: whole("seq", MAX_SEQUENCE),
    part: whole("part", MAX_SEQUENCE),
    endMs: whole("endMs", MAX_RECORDING_MS + CHUNK_TIMING_SLACK_MS),
    first: z.enum(["1"], { error: "first must be 1 when present." }).optional(),
    startedAt: whole("startedAt", 9_999_999_999_999).optional(),
  })
  .refine((q) => q.first !== "1" || q.startedAt !== undefined, { message: "startedAt (ms) is required on a part's first chunk.", path: ["startedAt"] });

export const partQuerySchema = z.object({ part: whole("part", MAX_SEQUENCE) });

