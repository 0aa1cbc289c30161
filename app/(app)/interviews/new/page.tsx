import type { Metadata } from "next";
import { SetupForm } from "@/components/interview/setup-form";
import { getQuestionBySlug } from "@/db/queries/questions";
import { PRESETS, findPreset, type InterviewConfig } from "@/lib/interview/config";

export const metadata: Metadata = { title: "New interview" };

const DEFAULT: InterviewConfig = PRESETS[1]!.config;

export default async function NewInterviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  let initial = DEFAULT;
  const preset = sp.preset ? findPreset(sp.preset) : undefined;
  if (preset) initial = preset.config;
  if (sp.question && /^[a-z0-9-]{1,120}$/.test(sp.question)) {
    const q = await getQuestionBySlug(sp.question);
    if (q) initial = { levels: [q.level], kinds: [q.kind], topics: [q.topics[0]!], count: 1, timerMode: "per_question", totalMinutes: q.suggestedMinutes, focus: "any" };
  }
  if (sp.topic && /^[a-z-]{1,40}$/.test(sp.topic)) initial = { ...initial, topics: [sp.topic] };
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
