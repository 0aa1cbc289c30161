/**
 * The player's clock over a recording's parts. Parts play one after another
 * as one timeline (the position); each part also sits at a time of day (its
 * start), which is how the whiteboard replay keeps in step.
 */

export interface PlayablePart {
  startedAt: number;
  durationMs: number;
}

export function totalDurationMs(parts: readonly PlayablePart[]): number {
  return parts.reduce((sum, p) => sum + p.durationMs, 0);
}

/** Which part plays at a position of the whole recording, and how far into it (clamped to the recording). */
export function locate(parts: readonly PlayablePart[], positionMs: number): { index: number; offsetMs: number } {
  let left = Math.max(0, positionMs);
  for (let index = 0; index < parts.length; index++) {
    const d = parts[index]!.durationMs;
    if (left < d || index === parts.length - 1) return { index, offsetMs: Math.min(left, d) };
    left -= d;
  }
  return { index: 0, offsetMs: 0 };
}

/** The position of the whole recording at an offset into one part. */
export function positionOf(parts: readonly PlayablePart[], index: number, offsetMs: number): number {
  let before = 0;
  for (let i = 0; i < index && i < parts.length; i++) before += parts[i]!.durationMs;
  return before + Math.max(0, offsetMs);
}

/** The time of day (ms) being heard at a position. */
export function wallTimeAt(parts: readonly PlayablePart[], positionMs: number): number | null {
  if (parts.length === 0) return null;
  const { index, offsetMs } = locate(parts, positionMs);
  return parts[index]!.startedAt + offsetMs;
}

/** The position at which a time of day is heard, or null when nothing was recorded then. */
export function positionAtWallTime(parts: readonly PlayablePart[], wallMs: number): number | null {
  let before = 0;
  for (const p of parts) {
    if (wallMs >= p.startedAt && wallMs <= p.startedAt + p.durationMs) return before + (wallMs - p.startedAt);
    before += p.durationMs;
  }
  return null;
}
