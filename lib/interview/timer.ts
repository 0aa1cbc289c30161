/**
 * Timer rules. The server owns time: deadlines are stored timestamps and
 * every rule here takes `now` as an argument, so the same rules run on the
 * server (to accept or refuse writes) and in the page (to count down).
 */

/** Saves already in flight at the deadline are accepted this long after it. */
export const WRITE_GRACE_MS = 5_000;

export function timeLeftMs(deadline: Date | null | undefined, now: Date): number | null {
  if (!deadline) return null;
  return Math.max(0, deadline.getTime() - now.getTime());
}

export function isPastDeadline(deadline: Date | null | undefined, now: Date): boolean {
  return Boolean(deadline) && now.getTime() >= deadline!.getTime();
}

/** May an answer write that reaches the server at `now` still be stored? */
export function acceptsWrite(deadline: Date | null | undefined, now: Date, graceMs = WRITE_GRACE_MS): boolean {
  return !deadline || now.getTime() <= deadline.getTime() + graceMs;
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

/**
 * The browser's clock can be anything; what matters is the offset to the
 * server's, learnt once from a round trip (NTP-style midpoint).
 */
export function clockOffsetMs(serverNowMs: number, sentAtMs: number, receivedAtMs: number): number {
  return serverNowMs - (sentAtMs + receivedAtMs) / 2;
}

/** "4:05", "1:02:03": how a countdown reads. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/**
 * A time of day on the device's clock, "14:02:31". Built by hand: the first
 * Intl/toLocaleTimeString call on a page loads the locale data, a long task on
 * a slow phone, for a label that needs no locale.
 */
export function formatTimeOfDay(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
}

export type ClockTone = "normal" | "warning" | "danger";

/** Amber under 5 minutes (or a fifth of a short budget), red under 1 minute. */
export function clockTone(leftMs: number, budgetMs: number): ClockTone {
  if (leftMs <= Math.min(60_000, budgetMs * 0.1)) return "danger";
  if (leftMs <= Math.min(5 * 60_000, budgetMs * 0.2)) return "warning";
  return "normal";
}

/** Minute marks announced to screen readers as the clock passes them. */
export const ANNOUNCE_AT_MS = [5 * 60_000, 60_000] as const;

/** The announcement due when the clock moves from `prevLeft` to `left`, if any (the most urgent mark passed). */
export function announcementFor(prevLeftMs: number, leftMs: number): string | null {
  for (const mark of [...ANNOUNCE_AT_MS].sort((a, b) => a - b)) {
    if (prevLeftMs > mark && leftMs <= mark) return mark === 60_000 ? "1 minute left" : `${mark / 60_000} minutes left`;
  }
  return null;
}

/** "in 2 d 3 h", "in 45 min", "now", "12 min ago": coarse, for lists. */
export function describeCountdown(target: Date, now: Date): string {
  const ms = target.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const min = Math.floor(abs / 60_000);
  if (min < 1) return "now";
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  const text = d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${m} min` : `${m} min`;
  return ms > 0 ? `in ${text}` : `${text} ago`;
}
