import type { SceneInput } from "@/lib/sketch/scene";

/** Client-side helpers for scenes, kept apart from the zod schemas so the canvas bundle stays small. */

/** Previews above this are not sent (the server refuses them too). */
export const MAX_PREVIEW_CHARS = 1024 * 1024;

const VIEW_FIELDS = ["viewBackgroundColor", "scrollX", "scrollY", "zoom", "gridSize", "gridModeEnabled"] as const;

/**
 * What is stored of a live canvas: the elements still on it, the view
 * fields, and only the files those elements use (Excalidraw keeps files of
 * deleted images around).
 */
export function pickScene(
  elements: readonly Record<string, unknown>[],
  appState: Record<string, unknown>,
  files: Record<string, Record<string, unknown>>,
): SceneInput {
  const live = elements.filter((e) => !e.isDeleted);
  const used = new Set(live.map((e) => e.fileId).filter((id): id is string => typeof id === "string"));
  const view: Record<string, unknown> = {};
  for (const f of VIEW_FIELDS) if (appState[f] !== undefined) view[f] = appState[f];
  const kept: Record<string, unknown> = {};
  for (const id of used) {
    const f = files[id];
    if (f) kept[id] = { id: f.id, mimeType: f.mimeType, dataURL: f.dataURL, created: f.created };
  }
  return { elements: live as SceneInput["elements"], appState: view, files: kept as SceneInput["files"] };
}

/** A cheap fingerprint of what is drawn, to tell real edits from pointer moves and scrolls. */
export function sceneFingerprint(elements: readonly { id: string; version: number }[], fileCount: number): string {
  let sum = 0;
  for (const e of elements) sum += e.version;
  return `${elements.length}:${sum}:${fileCount}`;
}
