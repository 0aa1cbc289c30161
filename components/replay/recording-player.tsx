"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/interview/confirm-dialog";
import { formatClock } from "@/lib/interview/timer";
import { locate, positionAtWallTime, positionOf, totalDurationMs, wallTimeAt } from "@/lib/recording/playback";
import { useReplaySync } from "./replay-sync";

export interface PlayerPart {
  part: number;
  startedAt: string;
  durationMs: number;
}

const SPEEDS = [1, 1.5, 2] as const;
const clock = (ms: number) => formatClock(Math.floor(ms / 1000) * 1000);

/**
 * A question's recording: play and pause, seek, 1× / 1.5× / 2×, its length,
 * and delete. Its parts (each start or resume) play one after another as one
 * timeline; each is streamed from the server with range requests, so seeking
 * fetches only what it needs. While it plays, the drawing replay follows.
 */
export function RecordingPlayer({ interviewId, itemId, parts: given }: { interviewId: string; itemId: string; parts: PlayerPart[] }) {
  const sync = useReplaySync();
  const audio = useRef<HTMLAudioElement>(null);
  const parts = useMemo(() => given.map((p) => ({ ...p, startedAt: Date.parse(p.startedAt) })), [given]);
  const total = totalDurationMs(parts);
  const [index, setIndex] = useState(0);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState<(typeof SPEEDS)[number]>(1);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<null | "done" | string>(null);
  /** Where to go once the part being loaded is ready (ms into it). */
  const pendingOffset = useRef<number | null>(null);
  const id = useId();
  const src = (i: number) => `/api/interviews/${interviewId}/items/${itemId}/recording/audio?part=${parts[i]!.part}`;

  const seek = useCallback(
    (ms: number) => {
      const target = locate(parts, ms);
      setPosition(positionOf(parts, target.index, target.offsetMs));
      if (target.index !== index) {
        pendingOffset.current = target.offsetMs;
        setIndex(target.index);
      } else if (audio.current) {
        audio.current.currentTime = target.offsetMs / 1000;
      }
    },
    [parts, index],
  );

  // The drawing replay, moved by hand, brings the recording to the same moment.
  useEffect(() => {
    if (!sync) return;
    sync.seekWall = (wallMs) => {
      const at = positionAtWallTime(parts, wallMs);
      if (at === null) return false;
      seek(at);
      return true;
    };
    return () => {
      sync.seekWall = null;
    };
  }, [sync, parts, seek]);

  useEffect(() => {
    if (audio.current) audio.current.playbackRate = rate;
  }, [rate, index]);

  const onTime = () => {
    const el = audio.current;
    if (!el || pendingOffset.current !== null) return;
    const at = positionOf(parts, index, el.currentTime * 1000);
    setPosition(Math.min(at, total));
    if (!el.paused) sync?.setHeard(wallTimeAt(parts, at));
  };

  const onLoaded = () => {
    const el = audio.current;
    if (!el) return;
    el.playbackRate = rate;
    if (pendingOffset.current !== null) {
      el.currentTime = pendingOffset.current / 1000;
      pendingOffset.current = null;
    }
    if (playing) void el.play().catch(() => setPlaying(false));
  };

  const onEnded = () => {
    if (index < parts.length - 1) {
      pendingOffset.current = 0;
      setIndex(index + 1);
      return;
    }
    setPlaying(false);
    setPosition(total);
    // Played to the end: the drawing shows its final state, including what was saved after the last chunk was recorded.
    sync?.setHeard(Number.POSITIVE_INFINITY);
  };

  const toggle = () => {
    const el = audio.current;
    if (!el) return;
    if (playing) {
      el.pause();
      setPlaying(false);
      sync?.setHeard(null);
      return;
    }
    if (position >= total - 50) seek(0);
    setPlaying(true);
    void el.play().catch(() => setPlaying(false));
  };

  const remove = async () => {
    setConfirming(false);
    audio.current?.pause();
    const res = await fetch(`/api/interviews/${interviewId}/items/${itemId}/recording`, { method: "DELETE" }).catch(() => null);
    if (res?.ok || res?.status === 404) setDeleted("done");
    else setDeleted("The recording could not be deleted. Try again.");
  };

  if (deleted === "done") {
    return (
      <p role="status" className="muted">
        Recording deleted.
      </p>
    );
  }
  return (
    <div className="stack">
      <div className="player" role="group" aria-label="Recording player">
        <audio ref={audio} src={src(index)} preload="metadata" onTimeUpdate={onTime} onLoadedMetadata={onLoaded} onEnded={onEnded} />
        <button type="button" className="btn btn-small" onClick={toggle} aria-label={playing ? "Pause the recording" : "Play the recording"}>
          {playing ? "Pause" : "Play"}
        </button>
        <input
          type="range"
          aria-label="Position in the recording"
          min={0}
          max={Math.max(total, 1)}
          step={100}
          value={Math.min(position, total)}
          aria-valuetext={`${clock(position)} of ${clock(total)}`}
          onChange={(e) => seek(Number(e.target.value))}
        />
        <span className="player-time" aria-hidden="true">
          {clock(position)} / {clock(total)}
        </span>
        <div className="segmented" role="radiogroup" aria-label="Speed">
          {SPEEDS.map((s) => (
            <label key={s}>
              <input type="radio" name={`speed-${id}`} checked={rate === s} onChange={() => setRate(s)} />
              {s}×
            </label>
          ))}
        </div>
        <button type="button" className="btn btn-small btn-danger" onClick={() => setConfirming(true)}>
          Delete recording
        </button>
      </div>
      <p className="small muted" style={{ margin: 0 }}>
        Length {clock(total)}
        {parts.length > 1 ? ` in ${parts.length} parts (each start or resume)` : ""}.
      </p>
      {typeof deleted === "string" ? (
        <p role="alert" className="alert alert-error">
          {deleted}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          open
          title="Delete this recording?"
          body="The audio of this question is removed from Mockline for good. Your answer and sketch stay."
          confirmLabel="Delete recording"
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
