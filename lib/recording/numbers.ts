import type { RecordingPart } from "./chunks";

/** Where a new part of the recording starts numbering, past everything the server holds. */
export function nextNumbers(state: { parts: readonly Pick<RecordingPart, "part" | "lastSeq">[] }): { nextSeq: number; nextPart: number } {
  let nextSeq = 0;
  let nextPart = 0;
  for (const p of state.parts) {
    nextSeq = Math.max(nextSeq, p.lastSeq + 1);
    nextPart = Math.max(nextPart, p.part + 1);
  }
  return { nextSeq, nextPart };
}
