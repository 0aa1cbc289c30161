import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { SketchCompare } from "@/components/canvas/sketch-compare";
import { loadInterviewPage } from "@/lib/server/load-interview";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { interview, items } = await loadInterviewPage(id);
  if (interview.status === "active") redirect(`/interviews/${id}`);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Review: {interview.title}</h1>
          <p>Compare each answer with the sample answer.</p>
        </div>
        <Link href="/dashboard" className="btn">
          Back to dashboard
        </Link>
      </div>
      {items.map((it, i) => (
        <section key={it.id} className="card" aria-labelledby={`q-${it.id}`}>
          <h2 id={`q-${it.id}`}>
            {i + 1}. {it.question.title}
          </h2>
          <div className="grid grid-2">
            <div>
              <h3>Your answer</h3>
              {it.answerText ? <RichText doc={it.answerDoc} label="Your answer" /> : <p className="muted">No answer was written.</p>}
            </div>
            <div>
              <h3>Sample answer</h3>
              <RichText doc={it.question.sampleAnswer} label="Sample answer" />
            </div>
          </div>
          {it.question.kind === "design" || it.sketch ? (
            <SketchCompare interviewId={interview.id} itemId={it.id} hasSketch={Boolean(it.sketch)} referenceScene={it.question.referenceScene} title={it.question.title} />
          ) : null}
        </section>
      ))}
    </>
  );
}
