"use client";

import { useEffect, useState } from "react";
import type { CanvasApi } from "@/components/canvas/types";
import type { SceneInput } from "@/lib/sketch/scene";
import { formatClock } from "@/lib/interview/timer";
import { elementsAfter, stepAt, type TimelineEntry } from "@/lib/sketch/timeline";
import { useHeard, useReplaySync } from "./replay-sync";

const STEP_MS = 700;

/**
 * The drawing as it grew, on the read-only canvas above it: a scrubber from
 * empty (step 0) to final, played step by step on its own, or following the
 * recording while that plays. Moving it by hand moves the recording too.
 */
export function DrawingReplay({
  interviewId,
  itemId,
  api,
  finalScene,
  openedAt,
}: {
  interviewId: string;
  itemId: string;
  api: CanvasApi | null;
  /** The stored drawing (what the canvas opened with): the replay's last step. */
  finalScene: Promise<SceneInput | null> | SceneInput | null;
  openedAt: number | null;
}) {
  const sync = useReplaySync();
  const heard = useHeard(sync);
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [final, setFinal] = useState<readonly unknown[] | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.resolve(finalScene).then((s) => live && setFinal(s?.elements ?? []));
    return () => {
      live = false;
    };
  }, [finalScene]);

  useEffect(() => {
    let live = true;
    void fetch(`/api/interviews/${interviewId}/items/${itemId}/sketch/timeline`, { cache: "no-store" })
      .then(async (r) => (r.ok ? ((await r.json()) as { entries: TimelineEntry[] }).entries : []))
      .catch(() => [])
      .then((e) => {
        if (!live) return;
        setEntries(e);
        setStep(e.length);
      });
    return () => {
      live = false;
    };
  }, [interviewId, itemId]);

  const count = entries?.length ?? 0;
  // While the recording plays, the drawing shows what had been saved by the moment being heard.
  useEffect(() => {
    if (heard !== null && entries) setStep(stepAt(entries, heard));
  }, [heard, entries]);

  // The last step is the stored drawing itself; the others are rebuilt from the timeline.
  useEffect(() => {
    if (!api || !entries || !final) return;
    api.showElements(step >= count ? final : elementsAfter(entries, step));
  }, [api, entries, final, step, count]);

  useEffect(() => {
    if (!playing) return;
    if (step >= count) {
      setPlaying(false);
      return;
    }
    const id = window.setTimeout(() => setStep((s) => s + 1), STEP_MS);
    return () => window.clearTimeout(id);
  }, [playing, step, count]);

  if (!entries || !final || count === 0) return null;
  const at = step > 0 ? entries[step - 1]!.at : null;
  const when = at !== null && openedAt !== null ? `${formatClock(Math.max(0, Math.floor((at - openedAt) / 1000) * 1000))} into the question` : "before the first save";
  const shapes = step >= count ? final.length : elementsAfter(entries, step).length;
  const summary = `Step ${step} of ${count}, ${shapes} ${shapes === 1 ? "shape" : "shapes"}, ${when}`;

  const move = (next: number) => {
    setPlaying(false);
    setStep(next);
    // Bring the recording to the moment this step was saved, if it was recording then.
    const target = next > 0 ? entries[next - 1]!.at : entries[0]!.at;
    sync?.seekWall?.(target);
  };

  return (
    <div className="replay stack" role="group" aria-label="Drawing replay">
      <div className="player">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            if (!playing && step >= count) setStep(0);
            setPlaying((p) => !p);
          }}
          aria-label={playing ? "Pause the drawing replay" : "Replay the drawing"}
        >
          {playing ? "Pause" : "Replay"}
        </button>
        <input type="range" aria-label="Drawing step" min={0} max={count} step={1} value={step} aria-valuetext={summary} onChange={(e) => move(Number(e.target.value))} />
      </div>
      <p className="small muted" style={{ margin: 0 }} data-replay-step={step} data-replay-steps={count}>
        {summary}
      </p>
    </div>
  );
}
