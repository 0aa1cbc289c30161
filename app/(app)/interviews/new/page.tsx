import type { Metadata } from "next";
import { SetupForm } from "@/components/interview/setup-form";
import { getQuestionBySlug } from "@/db/queries/questions";
import { PRESETS, findPreset, type InterviewConfig } from "@/lib/interview/config";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "New interview" };

const DEFAULT: InterviewConfig = PRESETS[1]!.config;

export default async function NewInterviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const sp = await searchParams;
  let initial = DEFAULT;
  const preset = sp.preset ? findPreset(sp.preset) : undefined;
  if (preset) initial = preset.config;
  if (sp.question && /^[a-z0-9-]{1,120}$/.test(sp.question)) {
    const q = await getQuestionBySlug({ userId: user.id, slug: sp.question });
    if (q) {
      const source = q.ownerId ? "mine" : "built-in";
      initial = { levels: [q.level], kinds: [q.kind], topics: [q.topics[0]!], count: 1, timerMode: "per_question", totalMinutes: q.suggestedMinutes, focus: "any", source };
    }
  }
  if (sp.topic && /^[a-z-]{1,40}$/.test(sp.topic)) initial = { ...initial, topics: [sp.topic] };
  if (sp.source === "mine" || sp.source === "all") initial = { ...initial, source: sp.source };
  return (
    <>
      <div className="page-header">
        <div>
          <h1>New interview</h1>
          <p>Choose what to practise and how strict the clock is. Questions are drawn when you start.</p>
        </div>
      </div>
      <div className="card">
        <SetupForm presets={PRESETS} initial={initial} />
      </div>
    </>
  );
}
