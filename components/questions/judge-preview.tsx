"use client";

import { useMemo, useState } from "react";
import { judgeAnswer } from "@/lib/judge/judge";
import type { Question } from "@/lib/question-file/parse";
import { docToPlainText } from "@/lib/rich-text/plain-text";
import type { RichDoc } from "@/lib/rich-text/doc";

type Evidence = Pick<Question, "keyPoints" | "misconceptions">;

/** What the judge ticks in one text: each key point found or not, and each misconception stated. */
function Verdicts({ evidence, text, label }: { evidence: Evidence; text: string; label: string }) {
  const judged = useMemo(() => {
    try {
      return judgeAnswer(evidence, text);
    } catch {
      return null;
    }
  }, [evidence, text]);
  if (!judged) return <p className="muted">Fix the phrases above to see what the judge ticks.</p>;
  return (
    <ul aria-label={label} className="judge-preview">
      {judged.keyPoints.map((k, i) => (
        <li key={`k${i}`} data-matched={k.matched ? "yes" : "no"}>
          <span aria-hidden="true">{k.matched ? "✓" : "○"}</span> {evidence.keyPoints[i]?.label}
          <span className="sr-only">{k.matched ? " — shown" : " — not shown"}</span>
        </li>
      ))}
      {judged.misconceptions.map((m) => (
        <li key={`m${m.id}`} data-matched="misconception">
          <span aria-hidden="true">⚠</span> Misconception stated: {evidence.misconceptions.find((x) => x.id === m.id)?.claim ?? m.id}
        </li>
      ))}
    </ul>
  );
}

/** The live preview beside the editor: the sample answer, then any answer the author tries. */
export function JudgePreview({ evidence, sampleAnswer }: { evidence: Evidence | null; sampleAnswer: RichDoc }) {
  const [tryText, setTryText] = useState("");
  const sampleText = useMemo(() => docToPlainText(sampleAnswer), [sampleAnswer]);
  return (
    <section className="card stack" aria-labelledby="preview-heading">
      <h2 id="preview-heading">What the judge ticks</h2>
      {!evidence ? (
        <p className="muted">Add a key point with a label and at least one phrase to see the preview.</p>
      ) : (
        <>
          <h3>In the sample answer</h3>
          <Verdicts evidence={evidence} text={sampleText} label="Judged in the sample answer" />
          <div className="field">
            <label htmlFor="try-answer">Try an answer</label>
            <textarea id="try-answer" rows={4} value={tryText} onChange={(e) => setTryText(e.target.value)} placeholder="Paste or type an answer a candidate might give." />
          </div>
          {tryText.trim() ? <Verdicts evidence={evidence} text={tryText} label="Judged in your try" /> : null}
        </>
      )}
    </section>
  );
}
