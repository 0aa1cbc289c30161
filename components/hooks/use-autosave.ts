"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { hasUnsaved, initialAutosave, nextEdit, onSaveResponse, type AutosaveState } from "@/lib/interview/autosave";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "locked"; message: string }
  | { kind: "error"; message: string };

interface Draft<T> {
  value: T;
  revision: number;
  at: number;
}

const DEBOUNCE_MS = 1000;
/** How long a save that failed for the network waits before it tries again (the recorder's uploads too). */
export const RETRY_MS = 5000;

function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft<T>) : null;
  } catch {
    return null;
  }
}

function writeDraft<T>(key: string, draft: Draft<T>) {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the server copy is all there is.
  }
}

/**
 * Saves a value (an answer's editor JSON, a sketch's scene) so nothing is
 * lost: kept in the browser on every edit, sent a second after typing stops,
 * on blur, on leaving and on page hide, with a revision per edit; while
 * offline it keeps trying and says so. `url` takes PUT { revision, [field]: value }.
 */
export function useAutosave<T>(opts: {
  url: string;
  storageKey: string;
  field: string;
  initialValue: T;
  serverRevision: number;
  serverSavedAt: string | null;
  /** Adds fields computed at send time (e.g. a rendered preview). */
  extra?: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Large values (scenes) skip the keepalive beacon, whose body is capped at 64 KB. */
  maxBeaconBytes?: number;
  /** Told each time the server confirms it holds everything typed so far. */
  onSaved?: (value: T, revision: number, savedAt: string) => void;
}) {
  const { url, storageKey, field } = opts;
  const state = useRef<AutosaveState>(initialAutosave(opts.serverRevision));
  const latest = useRef<T>(opts.initialValue);
  const inFlight = useRef<Promise<void> | null>(null);
  const locked = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const extraRef = useRef(opts.extra);
  extraRef.current = opts.extra;
  const onSavedRef = useRef(opts.onSaved);
  onSavedRef.current = opts.onSaved;
  const [status, setStatus] = useState<SaveStatus>(
    opts.serverSavedAt ? { kind: "saved", at: new Date(opts.serverSavedAt) } : { kind: "idle" },
  );
  const [restored, setRestored] = useState<T | null>(null);

  const sendOnce = useCallback(async (): Promise<void> => {
    if (locked.current || !hasUnsaved(state.current)) return;
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      setStatus({ kind: "offline" });
      return;
    }
    const revision = state.current.local;
    const value = latest.current;
    setStatus({ kind: "saving" });
    try {
      const extra = extraRef.current ? await extraRef.current() : {};
      const res = await fetch(url, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ revision, [field]: value, ...extra }),
      });
      const body = (await res.json().catch(() => ({}))) as { revision?: number; savedAt?: string; stale?: boolean; error?: string };
      if (res.ok) {
        state.current = onSaveResponse(state.current, revision, body.revision ?? revision, Boolean(body.stale));
        if (!hasUnsaved(state.current)) {
          window.localStorage.removeItem(storageKey);
          const savedAt = body.savedAt ?? new Date().toISOString();
          setStatus({ kind: "saved", at: new Date(savedAt) });
          if (!body.stale) onSavedRef.current?.(value, state.current.acked, savedAt);
        }
      } else if (res.status === 409) {
        locked.current = true;
        setStatus({ kind: "locked", message: body.error ?? "Time is up: this answer is locked." });
      } else if (res.status >= 500) {
        setStatus({ kind: "offline" });
      } else {
        setStatus({ kind: "error", message: body.error ?? `Could not save (HTTP ${res.status}).` });
      }
    } catch {
      setStatus({ kind: "offline" });
    }
  }, [url, field, storageKey]);

  /**
   * Sends what is unsaved; if a send is already under way, waits for it and
   * then sends whatever came in meanwhile, so a caller that awaits this
   * (finish, submit, time-up) knows everything typed so far has been tried.
   */
  const send = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    const p = sendOnce();
    inFlight.current = p;
    try {
      await p;
    } finally {
      inFlight.current = null;
    }
    if (!locked.current && hasUnsaved(state.current)) {
      // Newer edits came in while sending, or the send failed: go again.
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), navigator.onLine === false ? RETRY_MS : DEBOUNCE_MS);
    }
  }, [sendOnce]);

  /** Record an edit: kept on this device at once, sent after a pause. */
  const change = useCallback(
    (value: T) => {
      if (locked.current) return;
      latest.current = value;
      state.current = nextEdit(state.current);
      writeDraft(storageKey, { value, revision: state.current.local, at: Date.now() });
      // "Saved" would no longer be true; offline and error messages stay until a send changes them.
      setStatus((s) => (s.kind === "saved" || s.kind === "idle" ? { kind: "saving" } : s));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), DEBOUNCE_MS);
    },
    [send, storageKey],
  );

  /** Send now (blur, navigation, time-up); resolves once everything typed so far has been tried. */
  const flush = useCallback(async () => {
    await send();
    // Edits made while that send was under way.
    if (hasUnsaved(state.current) && !locked.current && navigator.onLine !== false) await send();
  }, [send]);

  /** Last-chance send as the page goes away: keepalive outlives the page. */
  const beacon = useCallback(() => {
    if (locked.current || !hasUnsaved(state.current)) return;
    const body = JSON.stringify({ revision: state.current.local, [field]: latest.current });
    if (body.length > (opts.maxBeaconBytes ?? 60_000)) return;
    try {
      void fetch(url, { method: "PUT", headers: { "Content-Type": "application/json" }, body, keepalive: true });
    } catch {
      // The draft stays in localStorage and is sent on the next visit.
    }
  }, [url, field, opts.maxBeaconBytes]);

  // Restore an unsent draft from this device that is newer than the server's copy.
  useEffect(() => {
    const draft = readDraft<T>(storageKey);
    if (draft && draft.revision > opts.serverRevision) {
      latest.current = draft.value;
      state.current = initialAutosave(opts.serverRevision, draft.revision);
      setRestored(draft.value);
      setStatus({ kind: "saving" });
      timer.current = window.setTimeout(() => void send(), 300);
    } else if (draft) {
      window.localStorage.removeItem(storageKey);
    }
    // Only on mount: the server copy is the starting point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  useEffect(() => {
    const onOnline = () => void send();
    const onOffline = () => hasUnsaved(state.current) && setStatus({ kind: "offline" });
    const onHide = () => {
      if (document.visibilityState === "hidden") beacon();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", beacon);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", beacon);
      window.clearTimeout(timer.current);
      // Moving to another question unmounts this one: send what is pending on the way out.
      beacon();
    };
  }, [send, beacon]);

  const lock = useCallback(() => {
    locked.current = true;
  }, []);

  const value = useCallback(() => latest.current, []);
  return { status, change, flush, lock, restored, value, hasUnsaved: () => hasUnsaved(state.current) };
}
