import type { UpcomingInterview } from "@/db/queries/schedule";
import { formatInZone, utcToZonedLocal } from "@/lib/zoned-time";
import { LiveCountdown } from "./live-countdown";
import { UpcomingActions } from "./upcoming-actions";

/** Scheduled interviews with countdown and actions; the questions stay hidden until start. */
export function UpcomingList({ items, now, compact = false }: { items: UpcomingInterview[]; now: Date; compact?: boolean }) {
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Upcoming interviews">
      {items.map((u) => {
        const tz = u.timeZone ?? "UTC";
        const local = utcToZonedLocal(u.scheduledFor, tz);
        return (
          <li key={u.id} aria-labelledby={`up-${u.id}`} className={compact ? undefined : "card"}>
            <div className="spread">
              <strong id={`up-${u.id}`}>{u.title}</strong>
              <LiveCountdown at={u.scheduledFor.toISOString()} serverNow={now.getTime()} />
            </div>
            <p className="small muted" style={{ margin: "0.25rem 0 0.5rem" }}>
              <time dateTime={u.scheduledFor.toISOString()}>{formatInZone(u.scheduledFor, tz)}</time> · {u.itemCount} question{u.itemCount === 1 ? "" : "s"} · about{" "}
              {u.plannedMinutes} min
            </p>
            <UpcomingActions id={u.id} localDate={local.slice(0, 10)} localTime={local.slice(11)} timeZone={tz} compact={compact} />
          </li>
        );
      })}
    </ul>
  );
}
