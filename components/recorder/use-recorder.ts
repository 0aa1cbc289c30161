"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AUDIO_BITS_PER_SECOND, CHUNK_MS, MAX_RECORDING_MINUTES, MAX_RECORDING_MS } from "@/lib/recording/limits";
import { beacon, drain, enqueue, subscribe } from "./chunk-queue";
import { describeMicrophoneError, pickMimeType, startLevelMeter, type LevelMeter } from "./media";
import type { SaveStatus } from "@/components/hooks/use-autosave";

export type RecorderState = "idle" | "starting" | "recording" | "paused";

export interface RecorderItem {
  id: string;
  /** What the server held when the page loaded. */
  recording: { durationMs: number; nextSeq: number; nextPart: number } | null;
}

interface Live {
  recorder: MediaRecorder;
  itemId: string;
  part: number;
  startPerf: number;
  /** Audio recorded on this item before this part (earlier parts, the server's and this page's). */
  before: number;
}

/**
 * The microphone, the MediaRecorder and the numbering of parts and chunks.
 * Each start or resume begins a part on the current item; moving to another
 * question carries the recording over to it (a part on each). Every chunk
 * goes to the upload queue as soon as the recorder hands it over.
 */
export function useRecorder({ interviewId, item, editable, serverNow }: { interviewId: string; item: RecorderItem; editable: boolean; serverNow: () => number }) {
  const [state, setState] = useState<RecorderState>("idle");
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [upload, setUpload] = useState<SaveStatus>({ kind: "idle" });
  const stream = useRef<MediaStream | null>(null);
  const meter = useRef<LevelMeter | null>(null);
  const live = useRef<Live | null>(null);
  /** Per item: the next sequence and part numbers, and the audio recorded so far (ms). */
  const numbers = useRef(new Map<string, { seq: number; part: number; recordedMs: number }>());
  const itemRef = useRef(item);
  itemRef.current = item;

  const numbersFor = useCallback(async (it: RecorderItem) => {
    let n = numbers.current.get(it.id);
    if (!n) {
      n = { seq: it.recording?.nextSeq ?? 0, part: it.recording?.nextPart ?? 0, recordedMs: it.recording?.durationMs ?? 0 };
      // What the server holds now (another device, an earlier page): never reuse its numbers.
      const res = await fetch(`/api/interviews/${interviewId}/items/${it.id}/recording`, { cache: "no-store" }).catch(() => null);
      if (res?.ok) {
        const held = (await res.json()) as { nextSeq: number; nextPart: number; durationMs: number };
        n = { seq: Math.max(n.seq, held.nextSeq), part: Math.max(n.part, held.nextPart), recordedMs: Math.max(n.recordedMs, held.durationMs) };
      }
      numbers.current.set(it.id, n);
    }
    return n;
  }, [interviewId]);

  /** Begin a part on an item, on the open microphone. */
  const beginPart = useCallback(
    async (it: RecorderItem) => {
      const mic = stream.current;
      if (!mic) return;
      const n = await numbersFor(it);
      const mimeType = pickMimeType();
      const recorder = new MediaRecorder(mic, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: AUDIO_BITS_PER_SECOND });
      const part = n.part++;
      const startedAt = serverNow();
      let first = true;
      const current: Live = { recorder, itemId: it.id, part, startPerf: performance.now(), before: n.recordedMs };
      recorder.ondataavailable = (e) => {
        if (e.data.size === 0) return;
        const endMs = Math.round(performance.now() - current.startPerf);
        n.recordedMs = current.before + endMs;
        void enqueue({ interviewId, itemId: it.id, seq: n.seq++, part, endMs, mimeType: recorder.mimeType || mimeType || "audio/webm", startedAt: first ? startedAt : null, blob: e.data });
        first = false;
      };
      recorder.start(CHUNK_MS);
      live.current = current;
    },
    [interviewId, numbersFor, serverNow],
  );

  /** End the part being recorded; its last chunk is handed over as it stops. */
  const endPart = useCallback(() => {
    const current = live.current;
    live.current = null;
    if (current && current.recorder.state !== "inactive") current.recorder.stop();
  }, []);

  const release = useCallback(() => {
    endPart();
    meter.current?.stop();
    meter.current = null;
    for (const t of stream.current?.getTracks() ?? []) t.stop();
    stream.current = null;
  }, [endPart]);

  const start = useCallback(async () => {
    if (state === "recording" || state === "starting") return;
    setError(null);
    setNote(null);
    if (state === "paused" && stream.current) {
      await beginPart(itemRef.current);
      setState("recording");
      return;
    }
    setState("starting");
    try {
      if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") throw new Error("unsupported");
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
      meter.current = startLevelMeter(stream.current);
      await beginPart(itemRef.current);
      setState("recording");
    } catch (e) {
      release();
      setError(describeMicrophoneError(e));
      setState("idle");
    }
  }, [state, beginPart, release]);

  const pause = useCallback(() => {
    if (state !== "recording") return;
    endPart();
    setState("paused");
  }, [state, endPart]);

  const stop = useCallback(() => {
    release();
    setState("idle");
  }, [release]);

  /** Hand over what is buffered and wait (a few seconds at most) until the server has everything. */
  const flush = useCallback(async () => {
    const r = live.current?.recorder;
    if (r && r.state === "recording") r.requestData();
    await new Promise((res) => setTimeout(res, 50));
    await drain(4000);
  }, []);

  // Moving to another question carries the recording over; one that cannot be written any more stops it.
  useEffect(() => {
    if (!live.current || live.current.itemId === item.id) return;
    endPart();
    if (editable) void beginPart(item);
    else setState((s) => (s === "recording" ? "paused" : s));
  }, [item, editable, beginPart, endPart]);

  useEffect(() => {
    if (editable || state === "idle") return;
    release();
    setState("idle");
    setNote("Recording stopped: this question is closed. What was recorded is kept.");
  }, [editable, state, release]);

  // Twenty minutes per question.
  const recordedMs = useCallback(() => {
    const n = numbers.current.get(item.id);
    const current = live.current?.itemId === item.id ? live.current : null;
    return current ? current.before + (performance.now() - current.startPerf) : (n?.recordedMs ?? item.recording?.durationMs ?? 0);
  }, [item]);
  useEffect(() => {
    if (state !== "recording") return;
    const id = window.setInterval(() => {
      if (recordedMs() >= MAX_RECORDING_MS) {
        endPart();
        setState("paused");
        setNote(`This question's recording reached its ${MAX_RECORDING_MINUTES}-minute limit.`);
      }
    }, 1000);
    return () => window.clearInterval(id);
  }, [state, recordedMs, endPart]);

  useEffect(
    () =>
      subscribe((s, event) => {
        setUpload(s);
        if (event?.refused && event.itemId === live.current?.itemId) {
          release();
          setState("idle");
        }
      }),
    [release],
  );

  // Leaving the page: stop (the last chunk is handed over if the page lives long enough) and send what fits.
  useEffect(() => {
    const onHide = () => {
      endPart();
      beacon();
    };
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      release();
    };
  }, [endPart, release]);

  return { state, error, note, upload, start, pause, stop, flush, recordedMs, meter };
}
