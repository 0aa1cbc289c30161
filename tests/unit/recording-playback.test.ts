import { describe, expect, it } from "vitest";
import { AUDIO_TYPE_MESSAGE, parseAudioType, sniffContainer } from "@/lib/recording/container";
import { locate, positionAtWallTime, positionOf, totalDurationMs, wallTimeAt } from "@/lib/recording/playback";
import { chunkSlices, parseRange } from "@/lib/recording/range";

describe("containers", () => {
  it("tells WebM and MP4 apart by their first bytes, and nothing else passes", () => {
    expect(sniffContainer(Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toBe("webm");
    expect(sniffContainer(Uint8Array.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69]))).toBe("mp4");
    for (const bad of [[], [0x1a, 0x45], [0x89, 0x50, 0x4e, 0x47], [...new TextEncoder().encode("<svg onload=x>")], [0x4f, 0x67, 0x67, 0x53]]) {
      expect(sniffContainer(Uint8Array.from(bad))).toBeNull();
    }
  });

  it("reads the audio content types browsers record, with their codecs", () => {
    expect(parseAudioType("audio/webm;codecs=opus")).toEqual({ container: "webm", mimeType: "audio/webm;codecs=opus" });
    expect(parseAudioType("audio/webm")).toEqual({ container: "webm", mimeType: "audio/webm" });
    expect(parseAudioType('audio/mp4; codecs="mp4a.40.2"')).toEqual({ container: "mp4", mimeType: "audio/mp4;codecs=mp4a.40.2" });
    for (const bad of [null, "", "video/webm", "audio/ogg", "application/octet-stream", "text/html", "audio/webm2"]) expect(parseAudioType(bad)).toBeNull();
    // A codecs parameter we cannot read is dropped, never stored as sent.
    expect(parseAudioType("audio/webm;codecs=<script>")).toEqual({ container: "webm", mimeType: "audio/webm" });
    expect(AUDIO_TYPE_MESSAGE).toMatch(/audio\/webm/);
  });
});

describe("range requests", () => {
  it("parses single byte ranges, suffixes and open ends", () => {
    expect(parseRange(null, 100)).toEqual({ kind: "full" });
    expect(parseRange("bytes=0-", 100)).toEqual({ kind: "partial", start: 0, end: 99 });
    expect(parseRange("bytes=10-19", 100)).toEqual({ kind: "partial", start: 10, end: 19 });
    expect(parseRange("bytes=90-500", 100)).toEqual({ kind: "partial", start: 90, end: 99 });
    expect(parseRange("bytes=-30", 100)).toEqual({ kind: "partial", start: 70, end: 99 });
    expect(parseRange("bytes=-300", 100)).toEqual({ kind: "partial", start: 0, end: 99 });
  });

  it("ignores what it cannot serve, and cannot satisfy a start past the end", () => {
    for (const h of ["items=0-1", "bytes=0-1,5-6", "bytes=x-y", "bytes=-", "bytes=20-10"]) expect(parseRange(h, 100)).toEqual({ kind: "full" });
    expect(parseRange("bytes=100-", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("finds the chunk slices that hold a range, touching no other chunk", () => {
    const sizes = [10, 20, 30];
    expect(chunkSlices(sizes, 0, 59)).toEqual([{ index: 0, from: 0, to: 10 }, { index: 1, from: 0, to: 20 }, { index: 2, from: 0, to: 30 }]);
    expect(chunkSlices(sizes, 15, 34)).toEqual([{ index: 1, from: 5, to: 20 }, { index: 2, from: 0, to: 5 }]);
    expect(chunkSlices(sizes, 9, 10)).toEqual([{ index: 0, from: 9, to: 10 }, { index: 1, from: 0, to: 1 }]);
    expect(chunkSlices(sizes, 40, 40)).toEqual([{ index: 2, from: 10, to: 11 }]);
    const total = chunkSlices(sizes, 7, 51).reduce((n, s) => n + s.to - s.from, 0);
    expect(total).toBe(45);
  });
});

describe("the player's clock over parts", () => {
  const parts = [
    { startedAt: 1_000_000, durationMs: 5000 },
    { startedAt: 1_060_000, durationMs: 3000 },
  ];
  it("plays parts one after another as one timeline", () => {
    expect(totalDurationMs(parts)).toBe(8000);
    expect(locate(parts, 0)).toEqual({ index: 0, offsetMs: 0 });
    expect(locate(parts, 4999)).toEqual({ index: 0, offsetMs: 4999 });
    expect(locate(parts, 5000)).toEqual({ index: 1, offsetMs: 0 });
    expect(locate(parts, 99_999)).toEqual({ index: 1, offsetMs: 3000 });
    expect(positionOf(parts, 1, 1000)).toBe(6000);
  });
  it("maps positions to times of day and back; a gap between parts has no position", () => {
    expect(wallTimeAt(parts, 6000)).toBe(1_061_000);
    expect(positionAtWallTime(parts, 1_061_000)).toBe(6000);
    expect(positionAtWallTime(parts, 1_002_500)).toBe(2500);
    expect(positionAtWallTime(parts, 1_030_000)).toBeNull();
    expect(wallTimeAt([], 0)).toBeNull();
  });
});
