import type { Metadata } from "next";
import Link from "next/link";
import { QuestionForm } from "@/components/questions/question-form";
import { OUTLINE_TEMPLATE, type QuestionDraft } from "@/lib/question-file/draft";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "New question" };

const EMPTY: QuestionDraft = {
  slug: "",
  title: "",
  level: "intermediate",
  kind: "concept",
  topics: [],
  minutes: 10,
  prompt: { type: "doc", content: [] },
  sampleAnswer: { type: "doc", content: [] },
  outline: OUTLINE_TEMPLATE,
  keyPoints: [{ label: "", any: "", with: "" }],
  misconceptions: [],
  referenceScene: null,
};

export default async function NewQuestionPage() {
  await requireUser();
  return (
    <>
      <p>
        <Link href="/questions">← Question bank</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>New question</h1>
          <p>Your questions are yours alone. They are drawn when you choose “Only my questions” or “Mix” for an interview.</p>
        </div>
      </div>
      <QuestionForm initial={EMPTY} />
    </>
  );
}
