import type { Container } from "./container";
import { CHUNK_LIMIT_MESSAGE, MAX_CHUNK_BYTES, MAX_PARTS, MAX_RECORDING_BYTES, MAX_RECORDING_MINUTES, MAX_RECORDING_MS, CHUNK_TIMING_SLACK_MS } from "./limits";

/**
 * How chunks make a recording. A recording is a list of parts; each start or
 * resume begins a part, a self-contained audio stream cut into chunks the
 * recorder numbers in one sequence per question. A chunk that repeats a
 * stored sequence number changes nothing (the database notices that before
 * this rule runs); one that arrives out of order is stored in its place.
 */

export interface RecordingPart {
  part: number;
  /** When the part began, in the server's time as the recording page knew it (ISO). */
  startedAt: string;
  mimeType: string;
  /** Audio time at the end of its latest chunk, from the recorder's clock. */
  durationMs: number;
  bytes: number;
  chunks: number;
  firstSeq: number;
  lastSeq: number;
}

export interface RecordingState {
  bytes: number;
  durationMs: number;
  parts: RecordingPart[];
}

export const EMPTY_RECORDING: RecordingState = { bytes: 0, durationMs: 0, parts: [] };

export interface ChunkMeta {
  seq: number;
  part: number;
  /** Audio time at the end of this chunk, ms from the start of its part. */
  endMs: number;
  bytes: number;
  mimeType: string;
  /** On the chunk that begins its part: when the part began, and what its first bytes are. */
  first: { startedAt: Date; container: Container | null } | null;
}

export type ChunkVerdict =
  | { ok: true; next: RecordingState }
  | { ok: false; code: "bad_request" | "too_large" | "conflict"; message: string; retry?: boolean };

const refuse = (code: "bad_request" | "too_large" | "conflict", message: string, retry?: boolean): ChunkVerdict => ({ ok: false, code, message, ...(retry ? { retry } : {}) });

/** The recording with one new chunk in it, or why the chunk cannot be stored. */
export function applyChunk(state: RecordingState, chunk: ChunkMeta): ChunkVerdict {
  if (chunk.bytes <= 0) return refuse("bad_request", "The audio chunk is empty.");
  if (chunk.bytes > MAX_CHUNK_BYTES) return refuse("too_large", CHUNK_LIMIT_MESSAGE);
  const container = chunk.mimeType.slice("audio/".length).split(";")[0];
  const existing = state.parts.find((p) => p.part === chunk.part);
  let parts: RecordingPart[];

  if (chunk.first) {
    if (!chunk.first.container) return refuse("bad_request", "This is not audio: a recording must begin with a WebM or MP4 header.");
    if (chunk.first.container !== container) {
      return refuse("bad_request", `The chunk says it is ${chunk.mimeType}, but its bytes are ${chunk.first.container.toUpperCase()}.`);
    }
    if (existing) return refuse("conflict", `Part ${chunk.part} of this recording already began with chunk ${existing.firstSeq}.`);
    if (state.parts.length >= MAX_PARTS) {
      return refuse("too_large", `A question's recording may have at most ${MAX_PARTS} parts (each start or resume begins one).`);
    }
    const part: RecordingPart = {
      part: chunk.part,
      startedAt: chunk.first.startedAt.toISOString(),
      mimeType: chunk.mimeType,
      durationMs: chunk.endMs,
      bytes: chunk.bytes,
      chunks: 1,
      firstSeq: chunk.seq,
      lastSeq: chunk.seq,
    };
    parts = [...state.parts, part].sort((a, b) => a.part - b.part);
  } else {
    // The page sends a part's chunks in order, so this is a chunk whose first is still on its way: try again later.
    if (!existing) return refuse("conflict", `Chunk ${chunk.seq} continues part ${chunk.part}, whose first chunk has not arrived yet.`, true);
    if (chunk.seq < existing.firstSeq) return refuse("bad_request", `Chunk ${chunk.seq} comes before the first chunk of its part (${existing.firstSeq}).`);
    if (chunk.mimeType !== existing.mimeType) return refuse("bad_request", `Chunk ${chunk.seq} is ${chunk.mimeType}, but its part is ${existing.mimeType}.`);
    const grown: RecordingPart = {
      ...existing,
      durationMs: Math.max(existing.durationMs, chunk.endMs),
      bytes: existing.bytes + chunk.bytes,
      chunks: existing.chunks + 1,
      lastSeq: Math.max(existing.lastSeq, chunk.seq),
    };
    parts = state.parts.map((p) => (p.part === chunk.part ? grown : p));
  }

  const bytes = state.bytes + chunk.bytes;
  const durationMs = parts.reduce((sum, p) => sum + p.durationMs, 0);
  if (bytes > MAX_RECORDING_BYTES) {
    return refuse("too_large", `This question's recording has reached its ${MAX_RECORDING_BYTES / 1024 / 1024} MB limit, so recording stopped.`);
  }
  if (durationMs > MAX_RECORDING_MS + CHUNK_TIMING_SLACK_MS) {
    return refuse("too_large", `This question's recording has reached its ${MAX_RECORDING_MINUTES}-minute limit, so recording stopped.`);
  }
  return { ok: true, next: { bytes, durationMs, parts } };
}
