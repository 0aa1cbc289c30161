/**
 * A browser's MediaRecorder writes WebM as a live stream: its header has no
 * Duration, so a player shows no length and cannot seek well. When a part is
 * served, its first chunk gets a Duration element in its Info section, from
 * the recorder's own timing. Only the first chunk changes, by a few bytes.
 *
 * EBML in brief: every element is an ID (1–4 bytes, its length marked by the
 * leading zero bits of the first byte), a size (1–8 bytes, the same way;
 * all ones means "unknown") and its data.
 */

const ID_SEGMENT = 0x18538067;
const ID_SEEK_HEAD = 0x114d9b74;
const ID_INFO = 0x1549a966;
const ID_TIMECODE_SCALE = 0x2ad7b1;
const ID_DURATION = 0x4489;
const ID_CLUSTER = 0x1f43b675;

interface Vint {
  length: number;
  value: number;
  unknown: boolean;
}

function vintLength(first: number, max: number): number {
  for (let length = 1; length <= max; length++) if (first & (0x100 >> length)) return length;
  return 0;
}

function readId(b: Uint8Array, pos: number): Vint | null {
  const length = vintLength(b[pos] ?? 0, 4);
  if (!length || pos + length > b.length) return null;
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + b[pos + i]!;
  return { length, value, unknown: false };
}

function readSize(b: Uint8Array, pos: number): Vint | null {
  const length = vintLength(b[pos] ?? 0, 8);
  if (!length || pos + length > b.length) return null;
  let value = b[pos]! & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + b[pos + i]!;
    if (b[pos + i] !== 0xff) allOnes = false;
  }
  return { length, value, unknown: allOnes };
}

/** An element size in exactly `length` bytes (the shortest encoding is not required). */
function encodeSize(value: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let v = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  out[0]! |= 0x100 >> length;
  return out;
}

function readUint(b: Uint8Array, pos: number, length: number): number {
  let v = 0;
  for (let i = 0; i < length; i++) v = v * 256 + b[pos + i]!;
  return v;
}

interface Element {
  id: number;
  start: number;
  sizeAt: number;
  size: Vint;
  dataAt: number;
}

function readElement(b: Uint8Array, pos: number): Element | null {
  const id = readId(b, pos);
  if (!id) return null;
  const size = readSize(b, pos + id.length);
  if (!size) return null;
  return { id: id.value, start: pos, sizeAt: pos + id.length, size, dataAt: pos + id.length + size.length };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The first chunk of a WebM stream with its Duration set to `durationMs`, or
 * null when these bytes are not a header this can safely change (no Info
 * within them, or a SeekHead whose offsets an insertion would break).
 */
export function withWebmDuration(header: Uint8Array, durationMs: number): Uint8Array | null {
  const ebml = readElement(header, 0);
  if (!ebml || ebml.id !== 0x1a45dfa3 || ebml.size.unknown) return null;
  const segment = readElement(header, ebml.dataAt + ebml.size.value);
  if (!segment || segment.id !== ID_SEGMENT) return null;

  let pos = segment.dataAt;
  while (pos < header.length) {
    const el = readElement(header, pos);
    if (!el || el.id === ID_SEEK_HEAD || el.id === ID_CLUSTER) return null;
    if (el.id !== ID_INFO) {
      if (el.size.unknown) return null;
      pos = el.dataAt + el.size.value;
      continue;
    }
    if (el.size.unknown || el.dataAt + el.size.value > header.length) return null;
    const infoEnd = el.dataAt + el.size.value;
    let scale = 1_000_000;
    let durationAt = -1;
    let durationLength = 0;
    for (let p = el.dataAt; p < infoEnd; ) {
      const child = readElement(header, p);
      if (!child || child.size.unknown) return null;
      if (child.id === ID_TIMECODE_SCALE) scale = readUint(header, child.dataAt, child.size.value) || scale;
      if (child.id === ID_DURATION) {
        durationAt = child.dataAt;
        durationLength = child.size.value;
      }
      p = child.dataAt + child.size.value;
    }
    // Duration is a float counted in TimecodeScale units (nanoseconds per unit).
    const ticks = (durationMs * 1_000_000) / scale;
    if (durationAt >= 0 && (durationLength === 4 || durationLength === 8)) {
      const out = header.slice();
      const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
      if (durationLength === 8) view.setFloat64(durationAt, ticks);
      else view.setFloat32(durationAt, ticks);
      return out;
    }
    if (durationAt >= 0) return null;
    const duration = new Uint8Array(11);
    duration.set([0x44, 0x89, 0x88]);
    new DataView(duration.buffer).setFloat64(3, ticks);
    const infoSize = encodeSize(el.size.value + duration.length, 8);
    const grown = concat([header.subarray(0, el.sizeAt), infoSize, header.subarray(el.dataAt, infoEnd), duration, header.subarray(infoEnd)]);
    if (segment.size.unknown) return grown;
    const added = grown.length - header.length;
    // A sized segment grows by what was added (its size field comes before the insertion, so it has not moved).
    return concat([grown.subarray(0, segment.sizeAt), encodeSize(segment.size.value + added, 8), grown.subarray(segment.dataAt)]);
  }
  return null;
}

/** The Duration a WebM header states, in ms, or null when it states none. */
export function webmDurationMs(header: Uint8Array): number | null {
  const ebml = readElement(header, 0);
  if (!ebml || ebml.size.unknown) return null;
  const segment = readElement(header, ebml.dataAt + ebml.size.value);
  if (!segment || segment.id !== ID_SEGMENT) return null;
  for (let pos = segment.dataAt; pos < header.length; ) {
    const el = readElement(header, pos);
    if (!el || el.size.unknown || el.id === ID_CLUSTER) return null;
    if (el.id === ID_INFO) {
      let scale = 1_000_000;
      let ticks: number | null = null;
      for (let p = el.dataAt; p < el.dataAt + el.size.value; ) {
        const child = readElement(header, p);
        if (!child || child.size.unknown) return null;
        const view = new DataView(header.buffer, header.byteOffset + child.dataAt, child.size.value);
        if (child.id === ID_TIMECODE_SCALE) scale = readUint(header, child.dataAt, child.size.value);
        if (child.id === ID_DURATION) ticks = child.size.value === 8 ? view.getFloat64(0) : view.getFloat32(0);
        p = child.dataAt + child.size.value;
      }
      return ticks === null ? null : (ticks * scale) / 1_000_000;
    }
    pos = el.dataAt + el.size.value;
  }
  return null;
}
