/**
 * HTTP range requests over a recording part, which is stored as a list of
 * chunks: which bytes a `Range` header asks for, and which slices of which
 * chunks hold them, so a seek reads only those chunks.
 */

export type RangeRequest = { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

/**
 * One `bytes=` range of a body of `size` bytes (end inclusive). A header we
 * cannot use — not bytes, several ranges, malformed — is ignored and the
 * whole body is sent, as HTTP allows; a range that starts past the end
 * cannot be satisfied (416).
 */
export function parseRange(header: string | null, size: number): RangeRequest {
  if (!header) return { kind: "full" };
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === "" && m[2] === "")) return { kind: "full" };
  if (m[1] === "") {
    // A suffix: the last n bytes.
    const n = Number(m[2]);
    if (n === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== "" && Number(m[2]) < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}

export interface ChunkSlice {
  /** Index into the list of chunk sizes. */
  index: number;
  /** Byte offsets inside that chunk, end exclusive. */
  from: number;
  to: number;
}

/** The slices of consecutive chunks (of these sizes) that hold bytes start..end (inclusive). */
export function chunkSlices(sizes: readonly number[], start: number, end: number): ChunkSlice[] {
  const out: ChunkSlice[] = [];
  let offset = 0;
  for (let index = 0; index < sizes.length && offset <= end; index++) {
    const size = sizes[index]!;
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset + 1, size);
    if (to > from) out.push({ index, from, to });
    offset += size;
  }
  return out;
}
