/** "in 10 minutes", "in 3 days", "now": when a question comes back, for the page. */
export function describeDue(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 60_000) return "now";
  const min = Math.round(ms / 60_000);
  if (min < 60) return `in ${min} minute${min === 1 ? "" : "s"}`;
  const h = Math.round(ms / 3_600_000);
  if (h < 24) return `in ${h} hour${h === 1 ? "" : "s"}`;
  const d = Math.round(ms / 86_400_000);
  return `in ${d} day${d === 1 ? "" : "s"}`;
}
