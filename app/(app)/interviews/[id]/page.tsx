import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { SketchPanel } from "@/components/canvas/sketch-panel";
import { InterviewRoom } from "@/components/interview/interview-room";
import { toRoomInterview, toRoomItem } from "@/lib/interview/room";
import { LanguagePicker } from "@/components/interview/language-picker";
import { getPreferredLanguageByUser } from "@/db/queries/users";
import { answerLanguageOf } from "@/lib/interview/room";
import { loadLiveInterviewPage } from "@/server/interviews/load-interview";
import { listPhaseEventsOfItems } from "@/db/queries/phases";
import { phaseBudgets, phaseEventsJson } from "@/lib/interview/phases";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, interview, items } = await loadLiveInterviewPage(id);
  if (interview.status === "review" || interview.status === "completed") redirect(`/interviews/${id}/review`);
  if (interview.status !== "active") {
    return (
      <div className="card empty">
        <h1>{interview.title}</h1>
        <p>
          {interview.status === "scheduled"
            ? "This interview is scheduled. Its questions stay hidden until it starts."
            : `This interview was ${interview.status}.`}
        </p>
        <Link href={interview.status === "scheduled" ? "/schedule" : "/history"} className="btn">
          {interview.status === "scheduled" ? "Go to your schedule" : "See your history"}
        </Link>
      </div>
    );
  }
  const roomItems = items.map(toRoomItem);
  const prompts = Object.fromEntries(items.map((it) => [it.id, <RichText key={it.id} doc={it.question.prompt} shared />]));
  // Each saved answer, rendered here so the page shows it before the editor is built.
  const answerPreviews = Object.fromEntries(items.map((it) => [it.id, <RichText key={it.id} doc={it.answerDoc} bare />]));
  // Every question may carry a sketch: design questions open with the canvas, others offer "Add a sketch".
  const sketches = Object.fromEntries(
    roomItems.map((it) => [
      it.id,
      <SketchPanel key={it.id} interviewId={interview.id} item={{ id: it.id, title: it.title, kind: it.kind, sketch: it.sketch }} />,
    ]),
  );
  // Coding questions: the language of the answer, remembered on it (or the person's last choice).
  const coding = items.filter((it) => it.question.kind === "coding");
  const preferred = coding.length ? await getPreferredLanguageByUser({ userId: user.id }) : null;
  const languagePickers = Object.fromEntries(
    coding.map((it) => [it.id, <LanguagePicker key={it.id} interviewId={interview.id} itemId={it.id} initial={answerLanguageOf(it, preferred)} />]),
  );
  // Design questions run in phases; where each began is the server's record, so a reload shows the same.
  const design = items.filter((it) => it.question.kind === "design");
  const events = await listPhaseEventsOfItems({ itemIds: design.map((it) => it.id) });
  const designPhases = Object.fromEntries(
    design.map((it) => [it.id, { budgets: phaseBudgets(it.question.suggestedMinutes, it.question.phaseMinutes), events: phaseEventsJson(events.get(it.id) ?? []) }]),
  );
  return (
    <InterviewRoom
      interview={toRoomInterview(interview)}
      initialItems={roomItems}
      prompts={prompts}
      answerPreviews={answerPreviews}
      sketches={sketches}
      languagePickers={languagePickers}
      designPhases={designPhases}
      serverNow={Date.now()}
    />
  );
}
