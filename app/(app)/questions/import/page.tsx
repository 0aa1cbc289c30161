import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/questions/import-form";
import { IMPORT_LIMITS, megabytes } from "@/lib/question-file/limits";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportQuestionsPage() {
  await requireUser();
  const limits = `One question file (.md), a zip of them, or a CSV with the columns title, prompt, answer, level, kind, topics, key points ("label: phrase, phrase", one per line). At most ${megabytes(IMPORT_LIMITS.fileBytes)} a file, ${megabytes(IMPORT_LIMITS.importBytes)} an import, ${IMPORT_LIMITS.questionsPerPerson} questions of your own.`;
  return (
    <div className="page-narrow" style={{ margin: "0 auto" }}>
      <p>
        <Link href="/questions">← Question bank</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Import questions</h1>
          <p>
            Questions you import are yours alone. Re-importing a file updates the question with its slug. An export from the bank is a zip in the same format (docs/question-format.md describes it).
          </p>
        </div>
      </div>
      <ImportForm limits={limits} />
    </div>
  );
}
