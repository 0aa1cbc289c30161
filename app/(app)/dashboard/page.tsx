import type { Metadata } from "next";
import Link from "next/link";
import { DueCard } from "@/components/dashboard/due-card";
import { UpcomingCard } from "@/components/dashboard/upcoming-card";
import { RedoCard } from "@/components/dashboard/redo-card";
import { ResumeCard } from "@/components/interview/resume-card";
import { getActiveInterviewByUser, listRecentInterviewsByUser } from "@/db/queries/interviews";
import { countQuestions } from "@/db/queries/questions";
import { listLeechesByUser } from "@/db/queries/recall";
import { listRedosByUser } from "@/db/queries/redo";
import { getPlanInputsByUser, listUpcomingInterviewsByUser } from "@/db/queries/schedule";
import { requireUser } from "@/server/auth/session";
import { statusLabel } from "@/lib/taxonomy";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const now = new Date();
  const userId = user.id;
  // Every read of the page at once; what is due for review comes with the study plan's counts (one statement).
  const [total, active, recent, plan, upcoming, leeches, redos] = await Promise.all([
    countQuestions({ userId }),
    getActiveInterviewByUser({ userId }),
    listRecentInterviewsByUser({ userId, limit: 5 }),
    getPlanInputsByUser({ userId, now }),
    listUpcomingInterviewsByUser({ userId, now, limit: 3 }),
    listLeechesByUser({ userId }),
    listRedosByUser({ userId }),
  ]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Welcome{user.name ? `, ${user.name}` : ""}</h1>
          <p>Your practice at a glance.</p>
        </div>
        <Link href="/interviews/new" className="btn btn-primary">
          Start a mock interview
        </Link>
      </div>
      <div className="grid grid-3">
        {active ? <ResumeCard id={active.id} title={active.title} deadlineAt={active.deadlineAt?.toISOString() ?? null} serverNow={Date.now()} /> : null}
        <DueCard due={plan.dueForReview} leeches={leeches} />
        <RedoCard redos={redos} />
        <UpcomingCard upcoming={upcoming} plan={plan} now={now} />
        <section className="card" aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent interviews</h2>
          {recent.length === 0 ? (
            <p className="muted">
              None yet. <Link href="/interviews/new">Start your first mock interview</Link> — a quick 15-minute one is a good warm-up.
            </p>
          ) : (
            <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {recent.map((r) => (
                <li key={r.id}>
                  <Link href={r.status === "active" ? `/interviews/${r.id}` : `/interviews/${r.id}/review`}>{r.title}</Link>
                  <div className="small muted">
                    {statusLabel(r.status)} · {r.itemCount} question{r.itemCount === 1 ? "" : "s"} ·{" "}
                    <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 10)}</time>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card">
          <h2>Question bank</h2>
          <p className="muted">{total} questions across three levels, ready to practise.</p>
          <Link href="/questions">Browse questions</Link>
        </section>
      </div>
    </>
  );
}
