"use client";

import Link from "next/link";
import { formatClock } from "@/lib/interview/timer";
import { useServerClock, useTick } from "./use-server-clock";

/** "Resume" for the interview in progress, with its time left counting down. */
export function ResumeCard({ id, title, deadlineAt, serverNow }: { id: string; title: string; deadlineAt: string | null; serverNow: number }) {
  const clock = useServerClock(serverNow);
  useTick(1000, deadlineAt !== null);
  const left = deadlineAt ? Math.max(0, Date.parse(deadlineAt) - clock.now()) : null;
  return (
    <section className="card" aria-labelledby="resume-heading" style={{ borderColor: "var(--accent)" }}>
      <h2 id="resume-heading">Interview in progress</h2>
      <p>
        <strong>{title}</strong>
      </p>
      <p className="muted">{left === null ? "Untimed, or timed per question." : left > 0 ? `${formatClock(left)} left` : "Time is up — see how you did."}</p>
      <Link className="btn btn-primary" href={`/interviews/${id}`}>
        Resume
      </Link>
    </section>
  );
}
