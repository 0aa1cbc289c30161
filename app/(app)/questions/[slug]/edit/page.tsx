import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteQuestionButton } from "@/components/questions/delete-question-button";
import { QuestionForm } from "@/components/questions/question-form";
import { getOwnQuestionForUser } from "@/db/queries/questions";
import { draftFromStored } from "@/lib/question-file/draft";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const { slug } = await params;
  // Only the owner edits: a built-in question or someone else's is not found here.
  const q = /^[a-z0-9-]{1,120}$/.test(slug) ? await getOwnQuestionForUser({ userId: user.id, slug }) : undefined;
  if (!q) notFound();
  // The editor writes one rule per key point (any + with); a file may say more, which saving here would drop.
  const richer = q.keyPoints.some((k) => k.rules || k.unless) || q.misconceptions.some((m) => m.rules || m.unless || m.with || m.contradicts);
  return (
    <>
      <p>
        <Link href={`/questions/${q.slug}`}>← Back to the question</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Edit “{q.title}”</h1>
          <p>Key points keep their order: reviews store ticks by position, so add new ones at the end.</p>
        </div>
        <DeleteQuestionButton slug={q.slug} />
      </div>
      {richer ? (
        <div role="note" className="alert alert-warn">
          This question&apos;s evidence rules use more than the editor shows (several rules, “unless” or contradicted key points). Saving here keeps only the
          first rule of each; to keep them all, edit its file and import it again.
        </div>
      ) : null}
      <QuestionForm initial={draftFromStored(q)} originalSlug={q.slug} />
    </>
  );
}
