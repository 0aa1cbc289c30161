"use client";

import { useCallback, useMemo, useState } from "react";
import { DrawingReplay } from "@/components/replay/drawing-replay";
import type { SceneInput } from "@/lib/sketch/scene";
import { ExportControls } from "./export-controls";
import { LazyCanvas } from "./lazy-canvas";
import type { CanvasApi } from "./types";

/**
 * For the review: the person's drawing and the reference diagram side by
 * side, both read-only, each with its export buttons.
 */
export function SketchCompare({
  interviewId,
  itemId,
  hasSketch,
  hasReference,
  title = "sketch",
  replay = false,
  openedAt = null,
}: {
  interviewId: string;
  itemId: string;
  hasSketch: boolean;
  /** The question has a reference diagram (fetched when shown: it is kept out of the page). */
  hasReference: boolean;
  title?: string;
  /** The drawing has a timeline to replay under it. */
  replay?: boolean;
  /** When the question opened (ms), for the replay's times. */
  openedAt?: number | null;
}) {
  const [mine, setMine] = useState<CanvasApi | null>(null);
  const [reference, setReference] = useState<CanvasApi | null>(null);
  const onMine = useCallback((a: CanvasApi) => setMine(a), []);
  const onReference = useCallback((a: CanvasApi) => setReference(a), []);
  const initial = useMemo(
    () =>
      hasSketch
        ? fetch(`/api/interviews/${interviewId}/items/${itemId}/sketch`, { cache: "no-store" })
            .then(async (r) => (r.ok ? ((await r.json()) as { scene: SceneInput }).scene : null))
            .catch(() => null)
        : null,
    [hasSketch, interviewId, itemId],
  );
  const referenceScene = useMemo(
    () =>
      hasReference
        ? fetch(`/api/interviews/${interviewId}/items/${itemId}/reference`)
            .then(async (r) => (r.ok ? ((await r.json()) as { scene: SceneInput }).scene : null))
            .catch(() => null)
        : null,
    [hasReference, interviewId, itemId],
  );
  const name = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "sketch";

  return (
    <div className="grid grid-2 sketch-compare">
      <div className="stack">
        <h3>Your sketch</h3>
        {hasSketch ? (
          <>
            <LazyCanvas initial={initial} readOnly label="Your sketch (read-only)" onReady={onMine} />
            {replay ? <DrawingReplay interviewId={interviewId} itemId={itemId} api={mine} finalScene={initial} openedAt={openedAt} /> : null}
            <ExportControls api={mine} name={`${name}-mine`} label="Export your sketch" />
          </>
        ) : (
          <p className="muted">No sketch was drawn for this question.</p>
        )}
      </div>
      <div className="stack">
        <h3>Reference diagram</h3>
        {referenceScene ? (
          <>
            <LazyCanvas initial={referenceScene} readOnly label="Reference diagram (read-only)" onReady={onReference} />
            <ExportControls api={reference} name={`${name}-reference`} label="Export the reference diagram" />
          </>
        ) : (
          <p className="muted">This question has no reference diagram.</p>
        )}
      </div>
    </div>
  );
}
