import "server-only";
import { getRecordingForUser, listPartChunksForUser, readPartChunksForUser } from "@/db/queries/recordings";
import { notFound } from "@/lib/errors";
import { chunkSlices, parseRange } from "@/lib/recording/range";
import { withWebmDuration } from "@/lib/recording/webm-duration";

/** Chunks read from the database per query while a body streams (a second of audio is a few KB). */
const BATCH = 64;

export interface StreamPartOptions {
  userId: string;
  interviewId: string;
  itemId: string;
  part: number;
  range: string | null;
  ifRange: string | null;
}

/**
 * One part of a recording as an audio file, answering HTTP range requests.
 * The file is the part's chunks end to end, the first with a Duration in its
 * WebM header (lib/recording/webm-duration.ts): only chunk sizes are read to
 * place a range, and only the chunks inside it are fetched, a batch at a
 * time, while the body streams.
 */
export async function streamRecordingPart(opts: StreamPartOptions): Promise<Response> {
  const ref = { userId: opts.userId, interviewId: opts.interviewId, itemId: opts.itemId };
  const recording = await getRecordingForUser(ref);
  const meta = recording?.parts.find((p) => p.part === opts.part);
  if (!recording || !meta) throw notFound("recording");
  const chunks = await listPartChunksForUser({ ...ref, part: opts.part });
  const first = chunks[0];
  if (!first) throw notFound("recording");
  const [head] = await readPartChunksForUser({ ...ref, part: opts.part, fromSeq: first.seq, toSeq: first.seq });
  const firstBytes = meta.mimeType.startsWith("audio/webm") ? (withWebmDuration(head!.data, meta.durationMs) ?? head!.data) : head!.data;
  const sizes = [firstBytes.length, ...chunks.slice(1).map((c) => c.bytes)];
  const size = sizes.reduce((n, s) => n + s, 0);

  // A recording can still grow while its question is open: the tag changes with it, and If-Range sees that.
  const etag = `"${opts.part}-${chunks.length}-${size}"`;
  const range = opts.ifRange && opts.ifRange !== etag ? { kind: "full" as const } : parseRange(opts.range, size);
  const headers: Record<string, string> = {
    "Content-Type": meta.mimeType,
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Cache-Control": "private, no-cache",
    "Content-Disposition": "inline",
    "X-Content-Type-Options": "nosniff",
  };
  if (range.kind === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}` } });
  }
  const start = range.kind === "partial" ? range.start : 0;
  const end = range.kind === "partial" ? range.end : size - 1;
  const slices = chunkSlices(sizes, start, end);

  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const batch = slices.slice(next, next + BATCH);
      next += batch.length;
      if (batch.length === 0) return controller.close();
      const wanted = batch.filter((s) => s.index > 0).map((s) => chunks[s.index]!.seq);
      const rows = wanted.length
        ? await readPartChunksForUser({ ...ref, part: opts.part, fromSeq: wanted[0]!, toSeq: wanted[wanted.length - 1]! })
        : [];
      const bySeq = new Map(rows.map((r) => [r.seq, r.data]));
      for (const s of batch) {
        const data = s.index === 0 ? firstBytes : bySeq.get(chunks[s.index]!.seq);
        // A recording deleted while it streamed: end the body where the audio ends.
        if (!data) return controller.close();
        controller.enqueue(data.subarray(s.from, s.to));
      }
    },
  });
  headers["Content-Length"] = String(end - start + 1);
  if (range.kind === "partial") headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  return new Response(body, { status: range.kind === "partial" ? 206 : 200, headers });
}
