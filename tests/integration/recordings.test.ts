import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { createInterview, getInterviewWithItemsForUser, listDrawCandidates } from "@/db/queries/interviews";
import { listRecordingsByUser, recordingBytesByUser } from "@/db/queries/recordings";
import { interviewItems, interviews, recordingChunks, recordings, users } from "@/db/schema";
import { drawQuestions } from "@/lib/interview/draw";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";
import { WRITE_GRACE_MS } from "@/lib/interview/timer";
import { MAX_CHUNK_BYTES, MAX_RECORDING_BYTES } from "@/lib/recording/limits";
import { webmDurationMs } from "@/lib/recording/webm-duration";
import { recorderHeader } from "../support/webm";
import { createTestUser, dbKind } from "./helpers";

// The route handlers run for real; only the session-cookie lookup is replaced.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string | null; name: string | null } }));
vi.mock("@/server/auth/token", () => ({ userIdFromRequest: async () => (session.user ? { ...session.user, generation: 0, sessionId: "integration-session-1" } : null) }));
const route = await import("@/app/api/interviews/[id]/items/[itemId]/recording/route");
const audioRoute = await import("@/app/api/interviews/[id]/items/[itemId]/recording/audio/route");

const config: InterviewConfig = { ...EVERY_QUESTION, kinds: ["concept"], count: 2, timerMode: "total", totalMinutes: 30 };
const WEBM = "audio/webm;codecs=opus";

async function newInterview(userId: string, now = new Date()) {
  const draw = drawQuestions(await listDrawCandidates(), config, 7, now);
  const interview = await createInterview({ userId, title: "Voice", config, seed: 7, questionIds: draw.ids, now });
  const data = (await getInterviewWithItemsForUser({ interviewId: interview.id, userId, now }))!;
  return { interviewId: interview.id, itemId: data.items[0]!.id, otherItemId: data.items[1]!.id };
}

/** A chunk's audio: the first of a part is a recorder header, the rest any bytes (tagged so order is visible). */
const audio = (seq: number, first: boolean) => (first ? Uint8Array.from([...recorderHeader(), seq]) : Uint8Array.from({ length: 300 + seq }, (_, i) => (seq * 7 + i) % 256));

interface Put {
  seq: number;
  part?: number;
  endMs?: number;
  first?: boolean;
  body?: Uint8Array | string;
  type?: string;
}

function put(ids: { interviewId: string; itemId: string }, c: Put) {
  const q = new URLSearchParams({ seq: String(c.seq), part: String(c.part ?? 0), endMs: String(c.endMs ?? (c.seq + 1) * 1000) });
  if (c.first) {
    q.set("first", "1");
    q.set("startedAt", String(Date.now() - 60_000));
  }
  const req = new Request(`http://localhost/api/interviews/${ids.interviewId}/items/${ids.itemId}/recording?${q}`, {
    method: "PUT",
    headers: { "Content-Type": c.type ?? WEBM },
    body: (c.body ?? audio(c.seq, Boolean(c.first))) as BodyInit,
  });
  return route.PUT(req, { params: Promise.resolve({ id: ids.interviewId, itemId: ids.itemId }) });
}

function getAudio(ids: { interviewId: string; itemId: string }, part: number, headers: Record<string, string> = {}) {
  const req = new Request(`http://localhost/api/interviews/${ids.interviewId}/items/${ids.itemId}/recording/audio?part=${part}`, { headers });
  return audioRoute.GET(req, { params: Promise.resolve({ id: ids.interviewId, itemId: ids.itemId }) });
}

function call(method: "GET" | "DELETE", ids: { interviewId: string; itemId: string }) {
  const req = new Request(`http://localhost/api/interviews/${ids.interviewId}/items/${ids.itemId}/recording`, { method });
  return (method === "GET" ? route.GET : route.DELETE)(req, { params: Promise.resolve({ id: ids.interviewId, itemId: ids.itemId }) });
}

async function storedChunks(itemId: string) {
  const db = await getDb();
  return db.select({ seq: recordingChunks.seq, part: recordingChunks.part, bytes: recordingChunks.bytes }).from(recordingChunks).where(eq(recordingChunks.itemId, itemId)).orderBy(recordingChunks.seq);
}

async function signedIn() {
  const user = await createTestUser("Voice");
  session.user = { id: user.id, email: user.email, name: null };
  return user;
}

describe(`recordings on ${dbKind()}`, () => {
  beforeEach(() => {
    session.user = null;
  });

  it("stores chunks in order whatever order they arrive in; a repeat changes nothing; the audio plays back whole and by range", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    expect((await put(ids, { seq: 0, first: true })).status).toBe(200);
    expect((await put(ids, { seq: 2 })).status).toBe(200);
    expect((await put(ids, { seq: 1 })).status).toBe(200);
    const repeat = await put(ids, { seq: 1 });
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toMatchObject({ stored: false, durationMs: 3000, nextSeq: 3 });
    expect(await storedChunks(ids.itemId)).toEqual([
      { seq: 0, part: 0, bytes: audio(0, true).length },
      { seq: 1, part: 0, bytes: 301 },
      { seq: 2, part: 0, bytes: 302 },
    ]);

    const meta = await (await call("GET", ids)).json();
    expect(meta).toMatchObject({ durationMs: 3000, nextSeq: 3, nextPart: 1, parts: [{ part: 0, mimeType: WEBM, chunks: 3, firstSeq: 0, lastSeq: 2 }] });

    const full = await getAudio(ids, 0);
    expect(full.status).toBe(200);
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    expect(full.headers.get("content-type")).toBe(WEBM);
    const body = new Uint8Array(await full.arrayBuffer());
    expect(Number(full.headers.get("content-length"))).toBe(body.length);
    // The first chunk now states the part's duration; the others follow unchanged, in sequence order.
    expect(webmDurationMs(body)).toBeCloseTo(3000, 3);
    const rest = [...audio(1, false), ...audio(2, false)];
    expect([...body.slice(body.length - rest.length)]).toEqual(rest);

    const etag = full.headers.get("etag")!;
    const partial = await getAudio(ids, 0, { range: `bytes=${body.length - 310}-${body.length - 1}` });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes ${body.length - 310}-${body.length - 1}/${body.length}`);
    expect([...new Uint8Array(await partial.arrayBuffer())]).toEqual([...body.slice(body.length - 310)]);
    const suffix = await getAudio(ids, 0, { range: "bytes=-5", "if-range": etag });
    expect(suffix.status).toBe(206);
    expect([...new Uint8Array(await suffix.arrayBuffer())]).toEqual([...body.slice(-5)]);
    // A range of an older version of the file gets the whole file.
    expect((await getAudio(ids, 0, { range: "bytes=0-9", "if-range": '"0-1-10"' })).status).toBe(200);
    const beyond = await getAudio(ids, 0, { range: `bytes=${body.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${body.length}`);
    expect((await getAudio(ids, 7)).status).toBe(404);
  });

  it("a resume is a new part, and a chunk whose part has not begun is refused for a retry without being stored", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    await put(ids, { seq: 0, first: true, endMs: 2000 });
    const early = await put(ids, { seq: 4, part: 1, endMs: 1000 });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ retry: true });
    expect((await put(ids, { seq: 3, part: 1, first: true, endMs: 500 })).status).toBe(200);
    expect((await put(ids, { seq: 4, part: 1, endMs: 1500 })).status).toBe(200);
    const meta = await (await call("GET", ids)).json();
    expect(meta).toMatchObject({ durationMs: 3500, nextSeq: 5, nextPart: 2 });
    expect(meta.parts.map((p: { part: number }) => p.part)).toEqual([0, 1]);
    expect((await getAudio(ids, 1)).status).toBe(200);
  });

  it("refuses what is not audio, a wrong type, an oversized chunk, a bad query and a full recording — storing nothing", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    const html = await put(ids, { seq: 0, first: true, body: "<html><script>alert(1)</script></html>" });
    expect(html.status).toBe(400);
    expect((await html.json()).error).toMatch(/not audio/);
    expect((await put(ids, { seq: 0, first: true, type: "text/html" })).status).toBe(400);
    expect((await put(ids, { seq: 0, first: true, type: "audio/mp4" })).status).toBe(400);
    const big = await put(ids, { seq: 0, first: true, body: new Uint8Array(MAX_CHUNK_BYTES + 1) });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/1 MB/);
    for (const q of ["seq=-1&part=0&endMs=1", "seq=x&part=0&endMs=1", "part=0&endMs=1", "seq=0&part=0&endMs=1&first=1"]) {
      const req = new Request(`http://localhost/api/interviews/${ids.interviewId}/items/${ids.itemId}/recording?${q}`, { method: "PUT", headers: { "Content-Type": WEBM }, body: audio(0, true) as BodyInit });
      expect((await route.PUT(req, { params: Promise.resolve({ id: ids.interviewId, itemId: ids.itemId }) })).status, q).toBe(400);
    }
    expect(await storedChunks(ids.itemId)).toEqual([]);
    const db = await getDb();
    expect(await db.select().from(recordings).where(eq(recordings.itemId, ids.itemId))).toEqual([]);

    // Nearly full: the next chunk would pass the limit, so it is refused with its name, and not stored.
    await put(ids, { seq: 0, first: true });
    await db.update(recordings).set({ bytes: MAX_RECORDING_BYTES - 100 }).where(eq(recordings.itemId, ids.itemId));
    const over = await put(ids, { seq: 1 });
    expect(over.status).toBe(413);
    expect((await over.json()).error).toMatch(/20 MB/);
    expect((await storedChunks(ids.itemId)).map((c) => c.seq)).toEqual([0]);
  });

  it("after the deadline plus grace a chunk is refused with 409 and changes nothing", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    await put(ids, { seq: 0, first: true });
    const db = await getDb();
    await db.update(interviews).set({ deadlineAt: new Date(Date.now() - WRITE_GRACE_MS - 1000) }).where(eq(interviews.id, ids.interviewId));
    await db.update(interviewItems).set({ deadlineAt: new Date(Date.now() - WRITE_GRACE_MS - 1000) }).where(eq(interviewItems.interviewId, ids.interviewId));
    const late = await put(ids, { seq: 1 });
    expect(late.status).toBe(409);
    expect((await late.json()).error).toMatch(/Time is up/);
    expect((await storedChunks(ids.itemId)).map((c) => c.seq)).toEqual([0]);
  });

  it("another person's recording is 404 to read, write, play or delete, and stays as it was", async () => {
    const owner = await signedIn();
    const ids = await newInterview(owner.id);
    await put(ids, { seq: 0, first: true });
    const mine = await newInterview((await signedIn()).id);
    for (const target of [ids, { interviewId: mine.interviewId, itemId: ids.itemId }]) {
      expect((await put(target, { seq: 1 })).status).toBe(404);
      expect((await call("GET", target)).status).toBe(404);
      expect((await getAudio(target, 0)).status).toBe(404);
      expect((await call("DELETE", target)).status).toBe(404);
    }
    expect((await storedChunks(ids.itemId)).map((c) => c.seq)).toEqual([0]);
  });

  it("deleting a recording removes its rows; deleting the interview or the account removes everything it holds", async () => {
    const user = await signedIn();
    const a = await newInterview(user.id);
    const b = await newInterview(user.id);
    for (const ids of [a, b, { interviewId: a.interviewId, itemId: a.otherItemId }]) {
      await put(ids, { seq: 0, first: true });
      await put(ids, { seq: 1 });
    }
    const each = audio(0, true).length + 301;
    expect(await recordingBytesByUser({ userId: user.id })).toBe(3 * each);
    const listed = await listRecordingsByUser({ userId: user.id });
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({ durationMs: 2000, bytes: each, parts: [{ durationMs: 2000, mimeType: WEBM }] });
    expect(listed[0]!.questionTitle.length).toBeGreaterThan(0);

    expect((await call("DELETE", a)).status).toBe(200);
    expect(await storedChunks(a.itemId)).toEqual([]);
    expect((await call("GET", a)).status).toBe(404);
    expect((await call("DELETE", a)).status).toBe(404);

    const db = await getDb();
    await db.delete(interviews).where(eq(interviews.id, b.interviewId));
    expect(await storedChunks(b.itemId)).toEqual([]);
    expect(await db.select().from(recordings).where(eq(recordings.itemId, b.itemId))).toEqual([]);

    await db.delete(users).where(eq(users.id, user.id));
    expect(await storedChunks(a.otherItemId)).toEqual([]);
    expect(await db.select().from(recordings).where(and(eq(recordings.itemId, a.otherItemId)))).toEqual([]);
    expect(await recordingBytesByUser({ userId: user.id })).toBe(0);
  });
});
