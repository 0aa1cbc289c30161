import type { Metadata } from "next";
import Link from "next/link";
import { countQuestions } from "@/db/queries/questions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const total = await countQuestions({});
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
        <section className="card">
          <h2>Question bank</h2>
          <p className="muted">{total} questions across three levels, ready to practise.</p>
          <Link href="/questions">Browse questions</Link>
        </section>
      </div>
    </>
  );
}
