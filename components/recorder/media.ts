"use client";

/** Browser media helpers for the recorder: the format, the level meter, and what a refusal means. */

const PREFERRED = ["audio/webm;codecs=opus", "audio/mp4;codecs=opus", "audio/mp4", "audio/webm"];

/** Opus in WebM where the browser records it (Chromium, Firefox), else MP4 (Safari); undefined lets the browser choose. */
export function pickMimeType(): string | undefined {
  return PREFERRED.find((t) => MediaRecorder.isTypeSupported?.(t));
}

export interface LevelMeter {
  /** Loudness now, 0..1. */
  level: () => number;
  stop: () => void;
}

/** A level meter on the microphone: the RMS of the latest samples, read when the page draws. */
export function startLevelMeter(stream: MediaStream): LevelMeter | null {
  try {
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    return {
      level: () => {
        analyser.getFloatTimeDomainData(samples);
        let sum = 0;
        for (const s of samples) sum += s * s;
        // Speech sits around 0.05–0.3 RMS: stretch it so the bar moves.
        return Math.min(1, Math.sqrt(sum / samples.length) * 4);
      },
      stop: () => void ctx.close().catch(() => {}),
    };
  } catch {
    return null;
  }
}

/** What went wrong asking for the microphone, and what the person can do about it. */
export function describeMicrophoneError(e: unknown): string {
  const name = e instanceof Error ? e.name : "";
  if (!window.isSecureContext) return "Recording needs a secure connection: open Mockline over HTTPS (or on localhost) to use the microphone.";
  if (e instanceof Error && e.message === "unsupported") return "This browser cannot record audio. Try a current Chrome, Firefox, Edge or Safari.";
  if (name === "NotAllowedError" || name === "SecurityError") {
    return "Microphone access was refused. Allow the microphone for this site (the icon in the address bar, or the browser's site settings), then press Record again. Typing and drawing work without it.";
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") return "No microphone was found. Connect one (or choose it in your system's sound settings) and press Record again.";
  if (name === "NotReadableError" || name === "AbortError") return "The microphone is busy or could not start: close other apps that use it, then press Record again.";
  return "The microphone could not start. Press Record to try again.";
}
