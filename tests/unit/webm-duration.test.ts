import { describe, expect, it } from "vitest";
import { webmDurationMs, withWebmDuration } from "@/lib/recording/webm-duration";
import { UNKNOWN, el, recorderHeader, text } from "../support/webm";

describe("withWebmDuration", () => {
  it("adds a Duration to a recorder's header, leaving everything after Info byte for byte", () => {
    const header = recorderHeader();
    expect(webmDurationMs(header)).toBeNull();
    const fixed = withWebmDuration(header, 9_876)!;
    expect(webmDurationMs(fixed)).toBeCloseTo(9_876, 6);
    expect(fixed.length).toBe(header.length + 11 + 7); // the Duration element, and Info's size written in 8 bytes
    const tail = header.slice(header.indexOf(0x16));
    expect([...fixed.slice(fixed.length - tail.length)]).toEqual([...tail]);
  });

  it("honours the TimecodeScale, and overwrites a Duration that is already there", () => {
    const micro = recorderHeader(el([0x2a, 0xd7, 0xb1], [0x03, 0xe8])); // 1 000 ns per tick
    expect(webmDurationMs(withWebmDuration(micro, 1500)!)).toBeCloseTo(1500, 6);
    const once = withWebmDuration(recorderHeader(), 1000)!;
    const twice = withWebmDuration(once, 2500)!;
    expect(twice.length).toBe(once.length);
    expect(webmDurationMs(twice)).toBeCloseTo(2500, 6);
  });

  it("grows a segment of known size by what it adds", () => {
    const header = recorderHeader(undefined, [0x10, 0x00, 0x00, 0x40]);
    const fixed = withWebmDuration(header, 3000)!;
    expect(webmDurationMs(fixed)).toBeCloseTo(3000, 6);
    // The segment's size now reads 0x40 + what was inserted, in an 8-byte field.
    const at = fixed.indexOf(0x18) + 4;
    expect(fixed[at]).toBe(0x01);
    expect(fixed[at + 7]).toBe(0x40 + (fixed.length - header.length) - 4);
  });

  it("leaves alone what it cannot safely change: not WebM, cut before Info, or with a SeekHead", () => {
    expect(withWebmDuration(Uint8Array.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]), 1000)).toBeNull();
    expect(withWebmDuration(recorderHeader().slice(0, 30), 1000)).toBeNull();
    const ebml = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], text("webm")));
    const seek = el([0x11, 0x4d, 0x9b, 0x74], el([0x4d, 0xbb], [1, 2]));
    expect(withWebmDuration(Uint8Array.from([...ebml, 0x18, 0x53, 0x80, 0x67, ...UNKNOWN, ...seek]), 1000)).toBeNull();
  });
});
