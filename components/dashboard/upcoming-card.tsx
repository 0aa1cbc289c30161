import Link from "next/link";
import { StudyPlanSummary } from "@/components/schedule/study-plan";
import { UpcomingList } from "@/components/schedule/upcoming-list";
import type { PlanInputs, UpcomingInterview } from "@/db/queries/schedule";

/** Dashboard: the next scheduled interviews with a countdown, and the study plan when a target date is set. */
export function UpcomingCard({ upcoming, plan, now }: { upcoming: UpcomingInterview[]; plan: PlanInputs; now: Date }) {
  return (
    <section className="card" aria-labelledby="upcoming-card-heading">
      <h2 id="upcoming-card-heading">Upcoming</h2>
      {upcoming.length === 0 ? (
        <p className="muted">
          Nothing scheduled. <Link href="/schedule">Schedule a mock interview</Link> for a time that suits you.
        </p>
      ) : (
        <UpcomingList items={upcoming} now={now} compact />
      )}
      {plan.target ? (
        <div style={{ marginTop: "1rem" }}>
          <h3>Study plan</h3>
          <StudyPlanSummary inputs={plan} now={now} />
        </div>
      ) : (
        <p className="small muted" style={{ marginTop: "1rem" }}>
          Have a real interview coming? <Link href="/schedule#plan-heading">Set its date</Link> for a daily plan.
        </p>
      )}
    </section>
  );
}
