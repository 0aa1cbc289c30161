/**
 * Revision rules for autosave, shared by the page and its tests. Every edit
 * takes the next revision; the server keeps the highest it has seen; the page
 * learns from each answer what is safely stored.
 */

export interface AutosaveState {
  /** Revision of the newest local edit. */
  local: number;
  /** Highest revision the server has acknowledged storing from us. */
  acked: number;
  /** Highest revision the server reported holding (from any device). */
  server: number;
}

export function initialAutosave(serverRevision: number, draftRevision = 0): AutosaveState {
  const local = Math.max(serverRevision, draftRevision);
  return { local, acked: serverRevision, server: serverRevision };
}

/** A new edit: the next revision after everything known. */
export function nextEdit(s: AutosaveState): AutosaveState {
  return { ...s, local: Math.max(s.local, s.server) + 1 };
}

export function hasUnsaved(s: AutosaveState): boolean {
  return s.local > s.acked;
}

/**
 * The server answered a save of `sent`. `stored` is what it now holds;
 * `stale` means it held something at least as new already.
 * When another device got ahead while we still have unsent edits, our
 * edit is re-numbered past the server's so the person's latest typing wins.
 */
export function onSaveResponse(s: AutosaveState, sent: number, stored: number, stale: boolean): AutosaveState {
  const server = Math.max(s.server, stored);
  if (!stale) return { ...s, server, acked: Math.max(s.acked, sent) };
  if (s.local <= s.acked) return { ...s, server };
  if (s.local <= server) return { ...s, server, local: server + 1 };
  return { ...s, server };
}
