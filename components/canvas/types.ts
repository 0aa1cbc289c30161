import type { SceneInput } from "@/lib/sketch/scene";

/** What the lazily loaded canvas hands back once Excalidraw is up. */
export interface CanvasApi {
  getScene: () => SceneInput;
  exportSvg: (opts?: { forPreview?: boolean }) => Promise<string>;
  exportPng: () => Promise<Blob>;
  elementCount: () => number;
  /** Show these elements instead of what is on the canvas (the review's replay). */
  showElements: (elements: readonly unknown[]) => void;
}

/** What the interview room can ask of the sketch beside the answer. */
export interface SketchHandle {
  flush: () => Promise<void>;
  lock: () => void;
}
