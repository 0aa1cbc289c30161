import type { Metadata } from "next";
import { ScheduleForm } from "@/components/schedule/schedule-form";
import { StudyPlanSummary } from "@/components/schedule/study-plan";
import { TargetDateForm } from "@/components/schedule/target-date-form";
import { UpcomingList } from "@/components/schedule/upcoming-list";
import { getPlanInputsByUser, listUpcomingInterviewsByUser } from "@/db/queries/schedule";
import { PRESETS } from "@/lib/interview/config";
import { requireUser } from "@/server/auth/session";
import { TOPICS } from "@/lib/taxonomy";
import { utcToZonedLocal } from "@/lib/zoned-time";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const now = new Date();
  const [upcoming, plan] = await Promise.all([listUpcomingInterviewsByUser({ userId: user.id, now }), getPlanInputsByUser({ userId: user.id, now })]);
  const topic = sp.topic && sp.topic in TOPICS ? sp.topic : undefined;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Schedule</h1>
          <p>Book a mock interview for later. Its questions are drawn now and stay hidden until you start.</p>
        </div>
      </div>
      <section className="card" aria-labelledby="book-heading">
        <h2 id="book-heading">Book an interview</h2>
        <ScheduleForm
          presets={PRESETS.map((p) => ({ value: p.id, label: p.label }))}
          topics={Object.entries(TOPICS).map(([value, label]) => ({ value, label }))}
          initialTopic={topic}
        />
      </section>
      <section aria-labelledby="upcoming-heading" className="stack" style={{ marginTop: "1.5rem" }}>
        <h2 id="upcoming-heading">Upcoming</h2>
        {upcoming.length === 0 ? (
          <p className="card empty muted">Nothing scheduled. Book one above; you can start it early or move it later.</p>
        ) : (
          <UpcomingList items={upcoming} now={now} />
        )}
      </section>
      <section className="card" aria-labelledby="plan-heading" style={{ marginTop: "1.5rem" }}>
        <h2 id="plan-heading">Study plan</h2>
        <p className="muted">Tell us when your real interview is, and the dashboard shows how many reviews a day get you ready.</p>
        <TargetDateForm current={plan.target ? utcToZonedLocal(plan.target, plan.timeZone ?? "UTC").slice(0, 10) : null} />
        <StudyPlanSummary inputs={plan} now={now} />
      </section>
    </>
  );
}
