import { describe, expect, it } from "vitest";
import { EMPTY_RECORDING, applyChunk, type ChunkMeta, type RecordingState } from "@/lib/recording/chunks";
import { nextNumbers } from "@/lib/recording/numbers";
import { CHUNK_TIMING_SLACK_MS, MAX_CHUNK_BYTES, MAX_PARTS, MAX_RECORDING_BYTES, MAX_RECORDING_MS } from "@/lib/recording/limits";

const T0 = new Date("2026-12-01T10:00:00Z");
const WEBM = "audio/webm;codecs=opus";

function chunk(seq: number, part: number, endMs: number, opts: Omit<Partial<ChunkMeta>, "first"> & { first?: boolean } = {}): ChunkMeta {
  const { first, ...rest } = opts;
  return { seq, part, endMs, bytes: 4000, mimeType: WEBM, first: first ? { startedAt: new Date(T0.getTime() + part * 60_000), container: "webm" } : null, ...rest };
}

function apply(state: RecordingState, c: ChunkMeta): RecordingState {
  const v = applyChunk(state, c);
  if (!v.ok) throw new Error(v.message);
  return v.next;
}

describe("applyChunk: chunks make parts", () => {
  it("a part begins with its first chunk and grows with the rest; totals add up", () => {
    let s = apply(EMPTY_RECORDING, chunk(0, 0, 1000, { first: true }));
    s = apply(s, chunk(1, 0, 2000));
    s = apply(s, chunk(2, 0, 3000));
    expect(s.parts).toEqual([
      { part: 0, startedAt: T0.toISOString(), mimeType: WEBM, durationMs: 3000, bytes: 12_000, chunks: 3, firstSeq: 0, lastSeq: 2 },
    ]);
    expect(s).toMatchObject({ bytes: 12_000, durationMs: 3000 });
    // A resume starts a new part; the duration is the sum of the parts.
    s = apply(s, chunk(3, 1, 1500, { first: true }));
    expect(s.parts.map((p) => p.part)).toEqual([0, 1]);
    expect(s.durationMs).toBe(4500);
    expect(nextNumbers(s)).toEqual({ nextSeq: 4, nextPart: 2 });
  });

  it("a chunk that arrives out of order within its part is stored in its place, and the part's end is the latest end", () => {
    let s = apply(EMPTY_RECORDING, chunk(0, 0, 1000, { first: true }));
    s = apply(s, chunk(2, 0, 3000));
    s = apply(s, chunk(1, 0, 2000));
    expect(s.parts[0]).toMatchObject({ durationMs: 3000, chunks: 3, lastSeq: 2 });
  });

  it("a chunk whose part has not begun waits (retry), and one before its part's first chunk is refused", () => {
    const early = applyChunk(EMPTY_RECORDING, chunk(5, 2, 1000));
    expect(early).toMatchObject({ ok: false, code: "conflict", retry: true });
    const s = apply(EMPTY_RECORDING, chunk(4, 0, 1000, { first: true }));
    expect(applyChunk(s, chunk(3, 0, 500))).toMatchObject({ ok: false, code: "bad_request" });
    expect(applyChunk(s, chunk(9, 0, 500, { first: true }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses anything whose first bytes are not audio, or whose type does not match its bytes or its part", () => {
    expect(applyChunk(EMPTY_RECORDING, { ...chunk(0, 0, 1000), first: { startedAt: T0, container: null } })).toMatchObject({ ok: false, code: "bad_request", message: expect.stringMatching(/not audio/) });
    expect(applyChunk(EMPTY_RECORDING, { ...chunk(0, 0, 1000), mimeType: "audio/mp4", first: { startedAt: T0, container: "webm" } })).toMatchObject({ ok: false, code: "bad_request" });
    const s = apply(EMPTY_RECORDING, chunk(0, 0, 1000, { first: true }));
    expect(applyChunk(s, { ...chunk(1, 0, 2000), mimeType: "audio/mp4" })).toMatchObject({ ok: false, code: "bad_request" });
    expect(applyChunk(s, { ...chunk(1, 0, 2000), bytes: 0 })).toMatchObject({ ok: false, code: "bad_request" });
  });

  it("names its limits: chunk size, bytes and minutes per question, parts", () => {
    expect(applyChunk(EMPTY_RECORDING, { ...chunk(0, 0, 1000, { first: true }), bytes: MAX_CHUNK_BYTES + 1 })).toMatchObject({ ok: false, code: "too_large", message: expect.stringMatching(/1 MB/) });
    const nearlyFull: RecordingState = { ...apply(EMPTY_RECORDING, chunk(0, 0, 1000, { first: true })), bytes: MAX_RECORDING_BYTES - 100 };
    expect(applyChunk(nearlyFull, chunk(1, 0, 2000))).toMatchObject({ ok: false, code: "too_large", message: expect.stringMatching(/20 MB/) });
    const long = apply(EMPTY_RECORDING, chunk(0, 0, MAX_RECORDING_MS - 1000, { first: true }));
    expect(applyChunk(long, chunk(1, 0, MAX_RECORDING_MS))).toMatchObject({ ok: true });
    expect(applyChunk(long, chunk(1, 0, MAX_RECORDING_MS + CHUNK_TIMING_SLACK_MS + 1))).toMatchObject({ ok: false, code: "too_large", message: expect.stringMatching(/20-minute/) });
    let many = EMPTY_RECORDING;
    for (let p = 0; p < MAX_PARTS; p++) many = apply(many, { ...chunk(p, p, 10, { first: true }), bytes: 10 });
    expect(applyChunk(many, chunk(MAX_PARTS, MAX_PARTS, 10, { first: true }))).toMatchObject({ ok: false, code: "too_large", message: expect.stringMatching(`${MAX_PARTS} parts`) });
  });

  it("never mutates the state it was given", () => {
    const s = apply(EMPTY_RECORDING, chunk(0, 0, 1000, { first: true }));
    const copy = structuredClone(s);
    apply(s, chunk(1, 0, 2000));
    expect(s).toEqual(copy);
  });
});
