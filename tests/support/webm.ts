/** WebM bytes for tests, shaped as Chromium's MediaRecorder writes a stream's start. */

/** An EBML element: id bytes, a size (1-byte vint unless `sizeBytes` given), data. */
export function el(id: number[], data: number[] | Uint8Array, sizeBytes?: number[]): number[] {
  const d = [...data];
  const size = sizeBytes ?? [0x80 | d.length];
  return [...id, ...size, ...d];
}
export const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
export const text = (s: string) => [...new TextEncoder().encode(s)];

/** The start of a stream as Chromium's MediaRecorder writes it: EBML header, a segment of unknown size, Info, Tracks, a cluster. */
export function recorderHeader(info: number[] = [...el([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]), ...el([0x4d, 0x80], text("Chrome")), ...el([0x57, 0x41], text("Chrome"))], segmentSize = UNKNOWN) {
  const ebml = el([0x1a, 0x45, 0xdf, 0xa3], [...el([0x42, 0x86], [1]), ...el([0x42, 0x82], text("webm"))]);
  const tracks = el([0x16, 0x54, 0xae, 0x6b], el([0xae], [...el([0xd7], [1]), ...el([0x86], text("A_OPUS"))]));
  const cluster = [0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN, 0xe7, 0x81, 0x00, 0xa3, 0x84, 0x81, 0x00, 0x00, 0x80];
  const body = [...el([0x15, 0x49, 0xa9, 0x66], info), ...tracks, ...cluster];
  const seg = segmentSize === UNKNOWN ? [0x18, 0x53, 0x80, 0x67, ...UNKNOWN, ...body] : [0x18, 0x53, 0x80, 0x67, ...segmentSize, ...body];
  return Uint8Array.from([...ebml, ...seg]);
}
