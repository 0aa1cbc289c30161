import type { Metadata } from "next";
import Link from "next/link";
import { DueCard } from "@/components/dashboard/due-card";
import { UpcomingCard } from "@/components/dashboard/upcoming-card";
import { RedoCard } from "@/components/dashboard/redo-card";
import { ResumeCard } from "@/components/interview/resume-card";
import { getActiveInterviewByUser, listRecentInterviewsByUser } from "@/db/queries/interviews";
import { countQuestions } from "@/db/queries/questions";
import { requireUser } from "@/server/auth/session";
import { statusLabel } from "@/lib/taxonomy";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const [total, active, recent] = await Promise.all([countQuestions({ userId: user.id }), getActiveInterviewByUser({ userId: user.id }), listRecentInterviewsByUser({ userId: user.id, limit: 5 })]);
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
        <DueCard userId={user.id} />
        <RedoCard userId={user.id} />
        <UpcomingCard userId={user.id} />
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
