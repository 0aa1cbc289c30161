"use client";

import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import { SaveStatusText } from "@/components/interview/save-status";
import { useAutosave } from "@/components/hooks/use-autosave";
import type { SceneInput } from "@/lib/sketch/scene";
import { MAX_PREVIEW_CHARS } from "@/lib/sketch/scene-pick";
import { ExportControls, fileNameFor } from "./export-controls";
import { LazyCanvas } from "./lazy-canvas";
import { useSketchSlot } from "./sketch-slot";
import type { CanvasApi } from "./types";

export interface SketchPanelItem {
  id: string;
  title: string;
  kind: "concept" | "coding" | "design";
  sketch: { revision: number; savedAt: string } | null;
}

const EMPTY: SceneInput = { elements: [], appState: {}, files: {} };

/** Loads the stored scene (or nothing) once per item. */
function fetchScene(url: string): Promise<SceneInput | null> {
  return fetch(url, { cache: "no-store" })
    .then(async (res) => (res.ok ? ((await res.json()) as { scene: SceneInput }).scene : null))
    .catch(() => null);
}

/**
 * The sketch beside one answer: opened at once for design questions, behind
 * "Add a sketch" for the others. Autosaved like the text (same revisions,
 * drafts on this device, offline retry, deadline lock), with a rendered
 * preview sent alongside each save.
 */
export function SketchPanel({ interviewId, item }: { interviewId: string; item: SketchPanelItem }) {
  const slot = useSketchSlot();
  const url = `/api/interviews/${interviewId}/items/${item.id}/sketch`;
  const apiRef = useRef<CanvasApi | null>(null);
  const [api, setApi] = useState<CanvasApi | null>(null);
  const [fullScreen, setFullScreen] = useState(false);
  const save = useAutosave<SceneInput>({
    url,
    storageKey: `mockline:sketch:${item.id}`,
    field: "scene",
    initialValue: EMPTY,
    serverRevision: item.sketch?.revision ?? 0,
    serverSavedAt: item.sketch?.savedAt ?? null,
    extra: async () => {
      const svg = await apiRef.current?.exportSvg({ forPreview: true }).catch(() => null);
      return { previewSvg: svg && svg.length <= MAX_PREVIEW_CHARS ? svg : null };
    },
    // Scenes are large: past the keepalive cap the draft waits on this device for the next visit.
    maxBeaconBytes: 60_000,
  });
  const [open, setOpen] = useState(item.kind === "design" || Boolean(item.sketch));
  useEffect(() => {
    if (save.restored) setOpen(true);
  }, [save.restored]);

  const editable = (slot?.editable ?? false) && save.status.kind !== "locked";
  useImperativeHandle(slot?.handle, () => ({ flush: save.flush, lock: save.lock }), [save.flush, save.lock]);

  const initial = useMemo(() => (item.sketch ? fetchScene(url) : null), [item.sketch, url]);
  const onReady = useCallback((a: CanvasApi) => {
    apiRef.current = a;
    setApi(a);
  }, []);

  useEffect(() => {
    if (!fullScreen) return;
    const before = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    return () => {
      document.body.style.overflow = before;
    };
  }, [fullScreen]);

  if (!open) {
    return (
      <div className="sketch-collapsed">
        {editable ? (
          <button type="button" className="btn" onClick={() => setOpen(true)}>
            Add a sketch
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <section className="card sketch-panel stack" aria-label="Your sketch" data-fullscreen={fullScreen ? "true" : "false"}>
      <div className="row spread">
        <h2 style={{ margin: 0 }}>Your sketch</h2>
        <div className="row">
          <SaveStatusText status={save.status} label="Sketch" />
          <button type="button" className="btn btn-small" aria-pressed={fullScreen} onClick={() => setFullScreen((f) => !f)}>
            {fullScreen ? "Exit full screen" : "Full screen"}
          </button>
        </div>
      </div>
      {editable ? null : (
        <p className="small muted" style={{ margin: 0 }}>
          The sketch is read-only now.
        </p>
      )}
      <LazyCanvas
        initial={initial}
        readOnly={!editable}
        label={`Sketch canvas for: ${item.title}`}
        restored={save.restored}
        onChange={save.change}
        onReady={onReady}
      />
      <ExportControls api={api} name={fileNameFor(item.title)} />
    </section>
  );
}
