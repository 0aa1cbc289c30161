/** Shared by the recorder's light slot and the parts it loads on demand. */

/** What the interview room can ask of the recorder: send what it holds before a move. */
export interface RecorderHandle {
  flush: () => Promise<void>;
}

/** Set in localStorage while recorded chunks wait on this device. */
export const PENDING_FLAG = "mockline:recording-pending";

/** Alt+Shift+R records, pauses and resumes. */
export function isRecorderShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === "KeyR";
}
