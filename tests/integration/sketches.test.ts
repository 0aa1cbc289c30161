import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { createInterview, getInterviewWithItemsForUser, listDrawCandidates } from "@/db/queries/interviews";
import { finishInterviewForUser } from "@/db/queries/interview-transitions";
import { getSketchForUser, getSketchPreviewForUser, getSketchTimelineForUser, saveSketchForUser, sketchBytesByUser } from "@/db/queries/sketches";
import { STORAGE_QUOTAS } from "@/lib/account/storage-quota";
import { interviews, sketchTimeline, sketches } from "@/db/schema";
import { drawQuestions } from "@/lib/interview/draw";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";
import { MAX_SCENE_BYTES, type Scene } from "@/lib/sketch/scene";
import { MAX_TIMELINE_ENTRIES, TIMELINE_COALESCE_MS, elementsAfter } from "@/lib/sketch/timeline";
import { createTestUser, dbKind } from "./helpers";

// The route handlers run for real; only the session-cookie lookup is replaced (a fresh account's cookie: generation 0).
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string | null; name: string | null } }));
vi.mock("@/server/auth/token", () => ({ userIdFromRequest: async () => (session.user ? { ...session.user, generation: 0, sessionId: "integration-session-1" } : null) }));
const route = await import("@/app/api/interviews/[id]/items/[itemId]/sketch/route");
const previewRoute = await import("@/app/api/interviews/[id]/items/[itemId]/sketch/preview/route");
const timelineRoute = await import("@/app/api/interviews/[id]/items/[itemId]/sketch/timeline/route");
const referenceRoute = await import("@/app/api/interviews/[id]/items/[itemId]/reference/route");

const config: InterviewConfig = { ...EVERY_QUESTION, kinds: ["design"], count: 1, totalMinutes: 30 };

async function newInterview(userId: string, now = new Date()) {
  const draw = drawQuestions(await listDrawCandidates(), config, 99, now);
  const interview = await createInterview({ userId, title: "Design", config, seed: 99, questionIds: draw.ids, now });
  const data = (await getInterviewWithItemsForUser({ interviewId: interview.id, userId, now }))!;
  return { interview: data.interview, item: data.items[0]! };
}

const rect = (id: string, version = 1) => ({ id, type: "rectangle", x: 10, y: 20, width: 100, height: 60, version, isDeleted: false });
const scene = (...ids: string[]): Scene => ({ elements: ids.map((id) => rect(id)), appState: { viewBackgroundColor: "#ffffff" }, files: {} }) as Scene;

function call(method: "PUT" | "GET", interviewId: string, itemId: string, body?: unknown) {
  const req = new Request(`http://localhost/api/interviews/${interviewId}/items/${itemId}/sketch`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const handler = method === "PUT" ? route.PUT : route.GET;
  return handler(req, { params: Promise.resolve({ id: interviewId, itemId }) });
}

async function stored(itemId: string) {
  const db = await getDb();
  const [row] = await db.select().from(sketches).where(eq(sketches.itemId, itemId));
  return row;
}

describe(`sketches on ${dbKind()}`, () => {
  beforeEach(() => {
    session.user = null;
  });

  it("saves, restores exactly, and keeps the highest revision", async () => {
    const user = await createTestUser();
    const { interview, item } = await newInterview(user.id);
    const revisions = Array.from({ length: 12 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    await Promise.all(
      revisions.map((r) =>
        saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: r, scene: scene(`r${r}`), previewSvg: null, now: new Date() }),
      ),
    );
    const got = await getSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id });
    expect(got?.revision).toBe(12);
    expect(got?.scene).toEqual(scene("r12"));
    const late = await saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 4, scene: scene("old"), previewSvg: null, now: new Date() });
    expect(late).toMatchObject({ stale: true, revision: 12 });
    expect((await getSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id }))?.scene).toEqual(scene("r12"));
    // A save without a preview (the page-hide beacon) keeps the last preview.
    await saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 13, scene: scene("p"), previewSvg: "<svg/>", now: new Date() });
    await saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 14, scene: scene("q"), previewSvg: null, now: new Date() });
    expect(await getSketchPreviewForUser({ userId: user.id, interviewId: interview.id, itemId: item.id })).toBe("<svg/>");
  });

  it("counts a person's stored sketch bytes and refuses a save past their quota, naming it", async () => {
    const user = await createTestUser();
    session.user = { id: user.id, email: user.email, name: null };
    const first = await newInterview(user.id);
    const second = await newInterview(user.id);
    await saveSketchForUser({ userId: user.id, interviewId: second.interview.id, itemId: second.item.id, revision: 1, scene: scene("a", "b"), previewSvg: "<svg/>", now: new Date() });
    const small = await sketchBytesByUser({ userId: user.id });
    expect(small).toBeGreaterThan(0);
    expect(await sketchBytesByUser({ userId: user.id, exceptItemId: second.item.id })).toBe(0);
    // Someone else's sketches are not theirs to count.
    expect(await sketchBytesByUser({ userId: (await createTestUser()).id })).toBe(0);
    expect((await call("PUT", first.interview.id, first.item.id, { revision: 1, scene: scene("c") })).status).toBe(200);
    // The second sketch's timeline now fills the quota: the next save of the first is refused, and says why.
    const db = await getDb();
    await db.update(sketches).set({ timelineBytes: STORAGE_QUOTAS.sketches }).where(eq(sketches.itemId, second.item.id));
    const res = await call("PUT", first.interview.id, first.item.id, { revision: 2, scene: scene("d") });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "too_large", quota: "sketches", error: expect.stringMatching(/100 MB quota/) });
    expect((await stored(first.item.id))?.revision).toBe(1);
  });

  it("the route refuses malformed and oversized scenes with a message and keeps the stored one", async () => {
    const user = await createTestUser();
    const { interview, item } = await newInterview(user.id);
    session.user = { id: user.id, email: null, name: null };
    const ok = await call("PUT", interview.id, item.id, { revision: 1, scene: scene("a", "b"), previewSvg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="1"/></svg>' });
    expect(ok.status).toBe(200);

    const malformed = await call("PUT", interview.id, item.id, { revision: 2, scene: { elements: [{ ...rect("x"), type: "hexagon" }] } });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/element type must be one of/);
    expect((await call("PUT", interview.id, item.id, "{not json")).status).toBe(400);
    expect((await call("PUT", interview.id, item.id, { revision: 2, scene: { elements: [{ ...rect("x"), x: "1" }] } })).status).toBe(400);

    const huge = { ...scene("big"), elements: [{ ...rect("big"), type: "text", text: "x".repeat(MAX_SCENE_BYTES / 2) }, { ...rect("big2"), type: "text", text: "y".repeat(MAX_SCENE_BYTES / 2) }] };
    const tooBig = await call("PUT", interview.id, item.id, { revision: 3, scene: huge });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error).toMatch(/5 MB/);

    const bigImage = `data:image/png;base64,${"A".repeat(3 * 1024 * 1024)}`;
    const imageRes = await call("PUT", interview.id, item.id, { revision: 4, scene: { ...scene("i"), files: { f: { id: "f", mimeType: "image/png", dataURL: bigImage, created: 1 } } } });
    expect(imageRes.status).toBe(413);
    expect((await imageRes.json()).error).toMatch(/2 MB/);

    const row = await stored(item.id);
    expect(row?.revision).toBe(1);
    expect(row?.scene).toEqual(scene("a", "b"));
    expect(row?.previewSvg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"/></svg>');

    const got = await call("GET", interview.id, item.id);
    expect(got.status).toBe(200);
    expect((await got.json()).scene).toEqual(scene("a", "b"));

    const preview = await previewRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: interview.id, itemId: item.id }) });
    expect(preview.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(preview.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(preview.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await preview.text()).not.toMatch(/script/);
  });

  it("someone else's sketch is not found, for reading and writing", async () => {
    const owner = await createTestUser("Owner");
    const other = await createTestUser("Other");
    const { interview, item } = await newInterview(owner.id);
    await saveSketchForUser({ userId: owner.id, interviewId: interview.id, itemId: item.id, revision: 1, scene: scene("mine"), previewSvg: "<svg/>", now: new Date() });
    await expect(
      saveSketchForUser({ userId: other.id, interviewId: interview.id, itemId: item.id, revision: 5, scene: scene("theirs"), previewSvg: null, now: new Date() }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await getSketchForUser({ userId: other.id, interviewId: interview.id, itemId: item.id })).toBeUndefined();
    expect(await getSketchPreviewForUser({ userId: other.id, interviewId: interview.id, itemId: item.id })).toBeUndefined();
    session.user = { id: other.id, email: null, name: null };
    expect((await call("PUT", interview.id, item.id, { revision: 6, scene: scene("theirs") })).status).toBe(404);
    expect((await call("GET", interview.id, item.id)).status).toBe(404);
    session.user = null;
    expect((await call("GET", interview.id, item.id)).status).toBe(401);
    expect((await stored(item.id))?.scene).toEqual(scene("mine"));
  });

  it("refuses a write after the deadline plus grace (409) and keeps what was saved", async () => {
    const user = await createTestUser();
    const start = new Date(Date.now() - 31 * 60_000);
    const { interview, item } = await newInterview(user.id, start);
    const deadline = interview.deadlineAt!;
    await saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 1, scene: scene("in-time"), previewSvg: null, now: new Date(deadline.getTime() - 1000) });
    const grace = await saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 2, scene: scene("grace"), previewSvg: null, now: new Date(deadline.getTime() + 1000) });
    expect(grace.stale).toBe(false);
    await expect(
      saveSketchForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 3, scene: scene("late"), previewSvg: null, now: new Date(deadline.getTime() + 60_000) }),
    ).rejects.toMatchObject({ code: "deadline_passed" });
    session.user = { id: user.id, email: null, name: null };
    const res = await call("PUT", interview.id, item.id, { revision: 4, scene: scene("late") });
    expect(res.status).toBe(409);
    expect((await stored(item.id))?.scene).toEqual(scene("grace"));
  });

  it("every save keeps a timeline entry stamped with the server's time; close saves share one; the replay ends at the stored drawing", async () => {
    const user = await createTestUser();
    const t0 = new Date();
    const { interview, item } = await newInterview(user.id, t0);
    const ref = { userId: user.id, interviewId: interview.id, itemId: item.id };
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const save = (revision: number, s: number, els: ReturnType<typeof rect>[]) =>
      saveSketchForUser({ ...ref, revision, scene: { elements: els, appState: {}, files: {} } as Scene, previewSvg: null, now: at(s) });

    await save(1, 1, [rect("a")]);
    await save(2, 2, [rect("a"), rect("b")]); // within the window: folded into the first entry
    await save(3, 1 + TIMELINE_COALESCE_MS / 1000 + 1, [rect("a", 2), rect("b"), rect("c")]);
    await save(4, 20, [rect("a", 2), rect("c")]);
    expect(await save(3, 21, [rect("stale")])).toMatchObject({ stale: true });
    await save(5, 22, [rect("a", 2), rect("c")]); // nothing changed: no entry

    const entries = await getSketchTimelineForUser(ref);
    expect(entries.map((e) => e.at)).toEqual([at(2), at(5), at(20)].map((d) => d.getTime()));
    expect(Object.keys(entries[0]!.changes).sort()).toEqual(["a", "b"]);
    expect(entries[1]!.changes).toEqual({ a: rect("a", 2), c: rect("c") });
    expect(entries[2]!.changes).toEqual({ b: null });
    expect(elementsAfter(entries, 0)).toEqual([]);
    expect(elementsAfter(entries, entries.length).map((e) => e.id)).toEqual((await getSketchForUser(ref))!.scene.elements.map((e) => e.id));

    session.user = { id: user.id, email: null, name: null };
    const res = await timelineRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: interview.id, itemId: item.id }) });
    expect(res.status).toBe(200);
    expect((await res.json()).entries).toHaveLength(3);
    const other = await createTestUser("Other");
    session.user = { id: other.id, email: null, name: null };
    expect((await timelineRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: interview.id, itemId: item.id }) })).status).toBe(404);

    // The timeline goes with its interview.
    const db = await getDb();
    await db.delete(interviews).where(eq(interviews.id, interview.id));
    expect(await db.select().from(sketchTimeline).where(eq(sketchTimeline.itemId, item.id))).toEqual([]);
  });

  it("a sketch saved before the timeline existed starts it with the whole drawing; past the entry cap, saves fold into the last entry", async () => {
    const user = await createTestUser();
    const t0 = new Date();
    const { interview, item } = await newInterview(user.id, t0);
    const ref = { userId: user.id, interviewId: interview.id, itemId: item.id };
    await saveSketchForUser({ ...ref, revision: 1, scene: scene("old1", "old2"), previewSvg: null, now: t0 });
    const db = await getDb();
    // As a row written by the previous version: no timeline yet.
    await db.delete(sketchTimeline).where(eq(sketchTimeline.itemId, item.id));
    await db.update(sketches).set({ timelineSeq: -1, timelineOpenedAt: null, timelineBytes: 0 }).where(eq(sketches.itemId, item.id));
    await saveSketchForUser({ ...ref, revision: 2, scene: scene("old1", "old2", "new"), previewSvg: null, now: new Date(t0.getTime() + 10_000) });
    const first = await getSketchTimelineForUser(ref);
    expect(Object.keys(first[0]!.changes).sort()).toEqual(["new", "old1", "old2"]);

    await db.update(sketches).set({ timelineSeq: MAX_TIMELINE_ENTRIES - 1 }).where(eq(sketches.itemId, item.id));
    await db.update(sketchTimeline).set({ seq: MAX_TIMELINE_ENTRIES - 1 }).where(eq(sketchTimeline.itemId, item.id));
    await saveSketchForUser({ ...ref, revision: 3, scene: scene("old1", "new", "newer"), previewSvg: null, now: new Date(t0.getTime() + 60_000) });
    const capped = await getSketchTimelineForUser(ref);
    expect(capped).toHaveLength(1);
    expect(elementsAfter(capped, 1).map((e) => e.id).sort()).toEqual(["new", "newer", "old1"]);
  });

  it("the reference diagram stays out of the interview's load and is fetched by its owner once the interview is over", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const { interview, item } = await newInterview(user.id);
    expect(item.question.hasReference).toBe(true);
    expect("referenceScene" in item.question).toBe(false);
    const get = () => referenceRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: interview.id, itemId: item.id }) });

    session.user = { id: user.id, email: null, name: null };
    const early = await get();
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: string }).error).toMatch(/once the interview is finished/);

    await finishInterviewForUser({ userId: user.id, interviewId: interview.id, now: new Date() });
    const res = await get();
    expect(res.status).toBe(200);
    const { scene: shown } = (await res.json()) as { scene: Scene };
    expect(shown.elements.length).toBeGreaterThan(2);
    expect(shown.elements.some((e) => e.type === "arrow")).toBe(true);

    session.user = { id: other.id, email: null, name: null };
    expect((await get()).status).toBe(404);
    session.user = null;
    expect((await get()).status).toBe(401);
  });
});
