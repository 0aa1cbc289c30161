/**
 * Hostile input (issue 7, point 4): property-based tests with fast-check, over
 * HTTP against the production server. Every route handler and server action
 * that takes input gets generated malformed payloads: wrong types, missing
 * fields, ~1 MB strings, ~10k-deep nesting, NUL and lone surrogates, numbers as
 * strings, `__proto__` keys, non-JSON bodies, wrong content types, malformed ids
 * in the path. Each must be refused with a 4xx and a JSON `{ error }` a person
 * can act on (actions: a form message), never a 5xx, and the owner's data must
 * be unchanged afterwards.
 *
 * Payloads are malformed by construction (each breaks at least one required
 * field), so "unchanged" is exact. The seed is printed on failure; rerun with
 * FC_SEED=<seed> to replay. FC_RUNS sets the runs per endpoint (default 25).
 *
 * A third property sends well-formed saves whose content is hostile (NUL,
 * lone surrogates, ~1 MB text, deeply nested extra fields, `__proto__` keys)
 * at a stale revision: the database sees every value, yet nothing may change.
 */
import fc from "fast-check";
import { zipSync } from "fflate";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createOwnerData, doc, isoDateIn, ownerSnapshot, rectangle, textElement, type OwnerData } from "./support/owner-data";
import { answerLanguageSchema, answerSaveSchema } from "../../lib/interview/answer-limits";
import { ratingBodySchema } from "../../lib/review/rating-schema";
import { phaseMoveSchema } from "../../lib/interview/phase-schema";
import { redoBodySchema } from "../../lib/review/redo";
import { sketchSaveSchema } from "../../lib/sketch/scene";
import { scheduleRequestSchema, scheduleWhenSchema } from "../../lib/booking/schedule";
import { listRouteHandlers, listServerActions, serverActionIds, type HttpMethod } from "./support/surface";
import { sniffContainer } from "../../lib/recording/container";
import { MAX_CHUNK_BYTES } from "../../lib/recording/limits";
import { recorderHeader } from "../support/webm";

const RUNS = Number(process.env.FC_RUNS ?? 25);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2_147_483_647;

// ---- Building blocks ----------------------------------------------------------------------------

const MB = 1_000_000;
const huge = fc.constantFrom("a".repeat(MB), "é".repeat(MB / 2), "😀".repeat(MB / 4), "\u0000".repeat(MB / 8), "\ud800".repeat(MB / 8), "<".repeat(MB));
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", "\u0000", "a\u0000b", "\ud800", "\udfff", "x\ud83dy", "\u202e\ufeff", "null", "undefined", "NaN", "1", "-1", "1e309", "0x10", "[]", "{}", "__proto__", "constructor", "../../etc/passwd", "'; drop table users; --"),
);
/** Any JSON value of a type a field does not take. */
const wrongType = fc.oneof(
  nastyString,
  fc.integer().map(String),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, {}, [null], ["x"], [-1.5]),
  fc.array(fc.oneof(fc.string(), fc.constant(null), fc.object({ maxDepth: 1 })), { minLength: 1, maxLength: 4 }),
  fc.dictionary(nastyString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);
const deepArray = "[".repeat(10_000) + "]".repeat(10_000);
const deepObject = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);

interface Hostile {
  /** The raw body, or undefined for none. */
  body?: string | Uint8Array;
  contentType?: string;
  /** Appended to the target's URL (a query a binary upload carries its numbers in). */
  query?: string;
  /** More request headers (an upload's file name). */
  headers?: Record<string, string>;
  label: string;
}

const asJson = (v: unknown): Hostile => ({ body: JSON.stringify(v), contentType: "application/json", label: "json" });

/** A body that breaks a valid one: a required field wrong or missing, the whole thing not an object, not JSON, too deep, or sent as the wrong type. */
function hostileBodies(valid: Record<string, unknown>, required: string[], limited: Record<string, unknown>): fc.Arbitrary<Hostile> {
  const keys = fc.constantFrom(...required);
  return fc.oneof(
    // One required field of the wrong type (the rest valid).
    fc.tuple(keys, wrongType).map(([k, v]) => asJson({ ...valid, [k]: v })),
    // A required field missing, extra junk keys added.
    fc.tuple(keys, fc.dictionary(nastyString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })).map(([k, junk]) => {
      const copy: Record<string, unknown> = { ...junk, ...valid };
      delete copy[k];
      return asJson(copy);
    }),
    // A field over its limit, or a required one replaced by ~1 MB of text.
    fc.tuple(fc.constantFrom(...Object.keys(limited)), huge).map(([k, s]) => asJson({ ...valid, [k]: limited[k] === "huge" ? s : limited[k] })),
    fc.tuple(keys, huge).map(([k, s]) => asJson({ ...valid, [k]: s })),
    // Not an object at all.
    fc.oneof(fc.jsonValue({ maxDepth: 3 }).filter((v) => v === null || typeof v !== "object" || Array.isArray(v)), fc.constant(null)).map(asJson),
    // Prototype pollution: the required fields only on __proto__ / constructor.prototype.
    fc.constantFrom("__proto__", "constructor").map((k) => {
      const { [required[0]!]: moved, ...rest } = valid;
      const inner = k === "__proto__" ? `{"${required[0]}":${JSON.stringify(moved)},"isAdmin":true}` : `{"prototype":{"${required[0]}":${JSON.stringify(moved)}}}`;
      return { body: `{"${k}":${inner},${JSON.stringify(rest).slice(1)}`, contentType: "application/json", label: k };
    }),
    // Deeply nested, inside a field or as the whole body.
    fc.tuple(keys, fc.constantFrom(deepArray, deepObject)).map(([k, deep]) => ({ body: `{${JSON.stringify(rest(valid, k)).slice(1, -1)}${Object.keys(valid).length > 1 ? "," : ""}"${k}":${deep}}`, contentType: "application/json", label: "deep field" })),
    fc.constantFrom(deepArray, deepObject).map((body) => ({ body, contentType: "application/json", label: "deep body" })),
    // Not JSON, or JSON with a wrong-type twist sent as a form or text.
    fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("", "{", '{"revision":', "undefined", "\u0000", "<xml/>", "a=1&b=2")).map((body) => ({ body, contentType: "application/json", label: "not json" })),
    fc.tuple(keys, wrongType, fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml")).map(([k, v, contentType]) => ({
      body: JSON.stringify({ ...valid, [k]: v }),
      contentType,
      label: "wrong content type",
    })),
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function accepts(schema: { safeParse(v: unknown): { success: boolean } }, body: string): boolean {
  try {
    return schema.safeParse(JSON.parse(body)).success;
  } catch {
    return false;
  }
}

function rest(o: Record<string, unknown>, k: string) {
  const copy = { ...o };
  delete copy[k];
  return copy;
}

/** Path segments that cannot name anything: malformed ids, encodings, traversal, ~10k characters. */
const badId = fc.oneof(
  fc.constantFrom("not-an-id", "0", "-1", "null", "%00", "%", "%E0%A4%A", "%ZZ", "..%2F..%2Fetc", "00000000-0000-0000-0000-00000000000g", "%F0%9F%98%80", "%ED%A0%80"),
  // Long, but inside Node's 16 KB header limit even twice in one path (beyond it Node itself answers 431, before the app).
  fc.constantFrom("x".repeat(6_000), "%00".repeat(2_000)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(s)),
).filter((s) => s !== "." && s !== "..");

/**
 * Recording chunks are binary with their numbers in the query. Each case breaks one thing: bytes that are not
 * audio claiming to begin a part (the owner's part 0 has begun, too), a query that is not numbers, a type that is
 * not audio, a body past the chunk limit.
 */
const audioBytes = Uint8Array.from(recorderHeader());
const badNumber = fc.oneof(fc.constantFrom("", "-1", "1.5", "1e3", "NaN", "0x10", "99999999999999999", "%00", "١", " 1"), fc.string({ unit: "binary", maxLength: 12 }).filter((v) => !/^\d{1,7}$/.test(v)));
const hostileChunks: fc.Arbitrary<Hostile> = fc.oneof(
  fc
    .uint8Array({ maxLength: 3000 })
    .filter((b) => sniffContainer(b) === null)
    .map((body) => ({ body, contentType: "audio/webm;codecs=opus", query: `?seq=${5000 + body.length}&part=0&endMs=1000&first=1&startedAt=${Date.now()}`, label: "not audio" })),
  fc.tuple(fc.constantFrom("seq", "part", "endMs", "startedAt"), badNumber).map(([field, v]) => {
    const q = new URLSearchParams({ seq: "7000", part: "0", endMs: "1000", first: "1", startedAt: String(Date.now()) });
    q.set(field, v);
    return { body: audioBytes, contentType: "audio/webm", query: `?${q}`, label: `bad ${field}` };
  }),
  fc.constantFrom("", "?seq=1", "?part=0&endMs=1", "?seq=7001&part=0&endMs=1&first=1").map((query) => ({ body: audioBytes, contentType: "audio/webm", query, label: "missing numbers" })),
  fc.constantFrom("text/plain", "application/json", "video/webm", "audio/ogg", "audio/webm2", "multipart/form-data; boundary=x", "").map((contentType) => ({
    body: audioBytes,
    contentType,
    query: "?seq=7002&part=0&endMs=1000&first=1&startedAt=1",
    label: "not an audio type",
  })),
  fc.constant({ body: new Uint8Array(MAX_CHUNK_BYTES + 1), contentType: "audio/webm", query: "?seq=7003&part=0&endMs=1000", label: "too large" }),
);

/**
 * Question imports, committed: each breaks the import somehow (not a known type, not a zip, a zip that climbs out
 * of its folder or inflates past the cap, a file with script and a broken field, a CSV with an open quote, a bad
 * name header), so each is refused whole with a message and nothing is written.
 */
const md = (text: string) => Buffer.from(`---\nslug: hostile-q\ntitle: "<script>alert(1)</script>"\nlevel: expert\n---\n## Prompt\n\n${text}\n`);
const hostileUploads: fc.Arbitrary<Hostile> = fc.oneof(
  fc.tuple(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom("x.md", "x.zip", "x.csv", "x.exe", "noext", "..%2F..%2Fx.md", "%ZZ", "x".repeat(3000) + ".md")).map(([body, name]) => ({
    body,
    contentType: "application/octet-stream",
    headers: { "x-file-name": name },
    label: `bytes as ${name.slice(0, 20)}`,
  })),
  fc.tuple(nastyString, fc.constantFrom("x.md", "x.csv")).map(([text, name]) => ({ body: name.endsWith(".md") ? md(text) : Buffer.from(`title,prompt\n"${text}`), contentType: "text/plain", headers: { "x-file-name": name }, label: `broken ${name}` })),
  fc.constantFrom<{ name: string; files: Record<string, Uint8Array> }>(
    { name: "traversal.zip", files: { "../../etc/evil.md": new Uint8Array(md("x")) } },
    { name: "bomb.zip", files: { "big.md": new Uint8Array(12 * MB) } },
    { name: "absolute.zip", files: { "/etc/evil.md": new Uint8Array(md("x")) } },
  ).map(({ name, files }) => ({ body: zipSync(files, { level: 9 }), contentType: "application/zip", headers: { "x-file-name": name }, label: name })),
  fc.constant({ body: new Uint8Array(10 * 1024 * 1024 + 1), contentType: "application/octet-stream", headers: { "x-file-name": "huge.md" }, label: "past 10 MB" }),
  fc.constant({ body: md("no name"), contentType: "application/octet-stream", label: "no file name" }),
);

// ---- What is fuzzed, and how --------------------------------------------------------------------

interface Target {
  method: HttpMethod;
  /** The URL, given the owner's data and, for path fuzzing, a malformed id. */
  url: (d: OwnerData, bad: string) => string;
  body?: fc.Arbitrary<Hostile>;
  /**
   * The route's own schema, used only to skip the (astronomically rare) generated body
   * that happens to be valid — say, a random string that is a real time zone name —
   * so that "nothing changed" stays exact.
   */
  schema?: { safeParse(v: unknown): { success: boolean } };
  /** Fuzz the ids in the path instead of (or besides) the body. */
  pathOnly?: boolean;
}

const answer = { revision: 50, doc: doc("hostile") };
const sketch = { revision: 50, scene: { elements: [rectangle("r1")], appState: {}, files: {} }, previewSvg: null };
const rating = { rating: 3, keyPointsTicked: [0], note: "hostile" };
const when = { date: isoDateIn(40), time: "10:00", timeZone: "UTC" };

const itemUrl = (path: string) => (d: OwnerData, bad: string) => (bad ? `/api/interviews/${bad}/items/${bad}${path}` : `/api/interviews/${d.active.id}/items/${d.active.textItem}${path}`);
const ivUrl = (path: string) => (d: OwnerData, bad: string) => `/api/interviews/${bad}${path}`;

/** Keyed "METHOD /route" as listRouteHandlers spells it. A route that takes no input says so. */
const TARGETS: Record<string, Target[] | "no input"> = {
  ...Object.fromEntries(
    (["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method) => [`${method} /api/[...path]`, [{ method, url: (_d: OwnerData, bad: string) => `/api/no-such/${bad}`, pathOnly: true }]]),
  ),
  "GET /api/health": "no input",
  "GET /api/time": "no input",
  "POST /api/csp-report": [
    {
      method: "POST",
      url: () => "/api/csp-report",
      body: hostileBodies({ "csp-report": { "effective-directive": "img-src", "blocked-uri": "https://x.example/a.png" } }, ["csp-report"], { "csp-report": "huge" }),
    },
  ],
  "GET /api/account/export": "no input",
  // Its filters are the bank page's, read leniently (an unknown value is dropped, as an old link should still work): nothing to refuse.
  "GET /api/questions/export": "no input",
  "POST /api/questions/import": [
    { method: "POST", url: () => "/api/questions/import?mode=commit", body: hostileUploads },
    { method: "POST", url: (_d, bad) => `/api/questions/import?mode=${bad}`, pathOnly: true },
  ],
  "GET /api/auth/[...nextauth]": [{ method: "GET", url: (_d, bad) => `/api/auth/${bad}`, pathOnly: true }],
  "POST /api/auth/[...nextauth]": [
    {
      method: "POST",
      url: () => "/api/auth/callback/credentials",
      body: fc.oneof(
        fc.tuple(wrongType, wrongType).map(([email, password]) => asJson({ email, password })),
        fc.constantFrom(deepObject, "%%%", "\u0000").map((body) => ({ body, contentType: "multipart/form-data; boundary=zz", label: "broken form" })),
      ),
    },
  ],
  "GET /api/questions/count": [
    {
      method: "GET",
      url: (_d, bad) => `/api/questions/count?levels=${/[^,]/.test(safeDecode(bad)) ? bad : `${bad}x`}`,
      pathOnly: true,
    },
  ],
  "POST /api/schedule": [{ method: "POST", url: () => "/api/schedule", body: hostileBodies({ ...when, preset: "quick-concepts" }, ["date", "time", "timeZone"], { timeZone: "huge", preset: "huge" }), schema: scheduleRequestSchema }],
  "PATCH /api/interviews/[id]/schedule": [
    { method: "PATCH", url: (d) => `/api/interviews/${d.scheduled.id}/schedule`, body: hostileBodies(when, ["date", "time", "timeZone"], { date: "2020-01-01", timeZone: "huge" }), schema: scheduleWhenSchema.refine((w) => w.date > "2020-01-01") },
    { method: "PATCH", url: ivUrl("/schedule"), pathOnly: true },
  ],
  "DELETE /api/interviews/[id]/schedule": [{ method: "DELETE", url: ivUrl("/schedule"), pathOnly: true }],
  "GET /api/interviews/[id]": [{ method: "GET", url: ivUrl(""), pathOnly: true }],
  "POST /api/interviews/[id]/abandon": [{ method: "POST", url: ivUrl("/abandon"), pathOnly: true }],
  "POST /api/interviews/[id]/finish": [{ method: "POST", url: ivUrl("/finish"), pathOnly: true }],
  "POST /api/interviews/[id]/start": [{ method: "POST", url: ivUrl("/start"), pathOnly: true }],
  "GET /api/interviews/[id]/export.md": [{ method: "GET", url: ivUrl("/export.md"), pathOnly: true }],
  "GET /api/interviews/[id]/invite.ics": [{ method: "GET", url: ivUrl("/invite.ics"), pathOnly: true }],
  "POST /api/interviews/[id]/items/[itemId]/submit": [{ method: "POST", url: itemUrl("/submit"), pathOnly: true }],
  "GET /api/interviews/[id]/items/[itemId]/reference": [{ method: "GET", url: itemUrl("/reference"), pathOnly: true }],
  "GET /api/interviews/[id]/items/[itemId]/sketch/preview": [{ method: "GET", url: itemUrl("/sketch/preview"), pathOnly: true }],
  "GET /api/interviews/[id]/items/[itemId]/sketch": [{ method: "GET", url: itemUrl("/sketch"), pathOnly: true }],
  "GET /api/interviews/[id]/items/[itemId]/sketch/timeline": [{ method: "GET", url: itemUrl("/sketch/timeline"), pathOnly: true }],
  "GET /api/interviews/[id]/items/[itemId]/recording": [{ method: "GET", url: itemUrl("/recording"), pathOnly: true }],
  "DELETE /api/interviews/[id]/items/[itemId]/recording": [{ method: "DELETE", url: itemUrl("/recording"), pathOnly: true }],
  "PUT /api/interviews/[id]/items/[itemId]/recording": [
    { method: "PUT", url: itemUrl("/recording"), body: hostileChunks },
    { method: "PUT", url: itemUrl("/recording?seq=9000&part=0&endMs=1000"), pathOnly: true },
  ],
  "GET /api/interviews/[id]/items/[itemId]/recording/audio": [
    { method: "GET", url: itemUrl("/recording/audio?part=0"), pathOnly: true },
    // A part that is not a number (the ids are the owner's).
    { method: "GET", url: (d, bad) => `/api/interviews/${d.active.id}/items/${d.active.textItem}/recording/audio?part=${bad}x`, pathOnly: true },
  ],
  "POST /api/interviews/[id]/items/[itemId]/phase": [
    { method: "POST", url: (d) => `/api/interviews/${d.active.id}/items/${d.active.designItem}/phase`, body: hostileBodies({ phase: "entities" }, ["phase"], { phase: "coffee-break" }), schema: phaseMoveSchema },
    { method: "POST", url: itemUrl("/phase"), pathOnly: true },
  ],
  "POST /api/interviews/[id]/items/[itemId]/redo": [
    { method: "POST", url: (d) => `/api/interviews/${d.finished.id}/items/${d.finished.item}/redo`, body: hostileBodies({ wanted: true }, ["wanted"], { wanted: "yes" }), schema: redoBodySchema },
    { method: "POST", url: itemUrl("/redo"), pathOnly: true },
  ],
  "GET /api/interviews/[id]/items/[itemId]/phase": [{ method: "GET", url: itemUrl("/phase"), pathOnly: true }],
  "PUT /api/interviews/[id]/items/[itemId]/language": [
    { method: "PUT", url: itemUrl("/language"), body: hostileBodies({ language: "python" }, ["language"], { language: "cobol" }), schema: answerLanguageSchema },
    { method: "PUT", url: itemUrl("/language"), pathOnly: true },
  ],
  "PUT /api/interviews/[id]/items/[itemId]/answer": [
    { method: "PUT", url: itemUrl("/answer"), body: hostileBodies(answer, ["revision", "doc"], { doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(110_000) }] }] } }), schema: answerSaveSchema },
    { method: "PUT", url: itemUrl("/answer"), pathOnly: true },
  ],
  "POST /api/interviews/[id]/items/[itemId]/answer": [{ method: "POST", url: itemUrl("/answer"), body: hostileBodies(answer, ["revision", "doc"], { revision: 2 ** 40 }), schema: answerSaveSchema }],
  "PUT /api/interviews/[id]/items/[itemId]/sketch": [
    {
      method: "PUT",
      url: (d, bad) => (bad ? itemUrl("/sketch")(d, bad) : `/api/interviews/${d.active.id}/items/${d.active.designItem}/sketch`),
      body: hostileBodies(sketch, ["revision", "scene"], { previewSvg: "huge", scene: { elements: [{ ...rectangle("r2"), type: "script" }] } }),
      schema: sketchSaveSchema,
    },
    { method: "PUT", url: itemUrl("/sketch"), pathOnly: true },
  ],
  "POST /api/interviews/[id]/items/[itemId]/sketch": [
    { method: "POST", url: (d) => `/api/interviews/${d.active.id}/items/${d.active.designItem}/sketch`, body: hostileBodies(sketch, ["revision", "scene"], { scene: { elements: "x" } }), schema: sketchSaveSchema },
  ],
  "POST /api/interviews/[id]/items/[itemId]/rating": [
    { method: "POST", url: (d) => `/api/interviews/${d.finished.id}/items/${d.finished.item}/rating`, body: hostileBodies(rating, ["rating", "keyPointsTicked"], { note: "huge", keyPointsTicked: [99] }), schema: ratingBodySchema.refine((r) => !r.keyPointsTicked.includes(99)) },
    { method: "POST", url: itemUrl("/rating"), pathOnly: true },
  ],
};

/** Server actions that take input, with the fields they read; fuzzed values always break a required one. */
const ACTION_INPUTS: Record<string, { page: string; valid: Record<string, string>; required: string[]; plainForm?: true; redirectsTo?: RegExp } | "no input"> = {
  "app/(app)/interviews/actions.ts#createInterviewAction": { page: "/interviews/new", valid: { levels: "beginner", kinds: "concept", count: "3", timerMode: "total", totalMinutes: "15" }, required: ["levels", "kinds", "count", "timerMode"] },
  "app/(app)/interviews/actions.ts#startDueRecallAction": "no input",
  "app/(app)/interviews/[id]/review/actions.tsx#loadReviewItemsAction": {
    page: "/history",
    valid: { id: "00000000-0000-4000-8000-000000000000", itemId: "00000000-0000-4000-8000-000000000000" },
    required: ["id", "itemId"],
  },
  // A question never attempted: nothing is created, the person is sent back to the dashboard.
  "app/(app)/interviews/actions.ts#startRedoAction": { page: "/dashboard", valid: { questionId: "00000000-0000-4000-8000-000000000000" }, required: ["questionId"], plainForm: true, redirectsTo: /^\/dashboard/ },
  // The draft is one JSON field: every broken one is refused with a message (the slug named is the owner's, kept).
  "app/(app)/questions/actions.ts#saveQuestionAction": { page: "/questions/new", valid: { originalSlug: "own-kept", draft: "{}" }, required: ["draft"] },
  "app/(app)/questions/actions.ts#deleteQuestionAction": { page: "/questions", valid: { slug: "no-such-question" }, required: ["slug"] },
  "app/(app)/schedule/actions.ts#scheduleInterviewAction": { page: "/schedule", valid: { ...when, preset: "quick-concepts" }, required: ["date", "time", "timeZone"] },
  "app/(app)/schedule/actions.ts#rescheduleInterviewAction": { page: "/schedule", valid: { id: "", ...when }, required: ["id", "date", "time", "timeZone"] },
  "app/(app)/schedule/actions.ts#cancelInterviewAction": { page: "/schedule", valid: { id: "" }, required: ["id"] },
  "app/(app)/schedule/actions.ts#startScheduledAction": { page: "/schedule", valid: { id: "" }, required: ["id"] },
  // The time zone is optional (an empty one means UTC), so only the date is broken.
  "app/(app)/schedule/actions.ts#setTargetDateAction": { page: "/schedule", valid: { targetDate: isoDateIn(100), timeZone: "UTC" }, required: ["targetDate"] },
  "app/(app)/settings/actions.ts#updateProfileAction": { page: "/settings", valid: { name: "Renamed", timeZone: "UTC" }, required: ["name", "timeZone"] },
  // Never the real current password: every call is refused and nothing changes.
  "app/(app)/settings/actions.ts#changePasswordAction": { page: "/settings", valid: { currentPassword: "not-the-password", newPassword: "violet-harbor-engine-9" }, required: ["currentPassword", "newPassword"] },
  "app/(app)/settings/actions.ts#signOutOtherDevicesAction": "no input",
  "app/(app)/settings/actions.ts#deleteAccountAction": { page: "/settings", valid: { confirmEmail: "someone-else@example.test" }, required: ["confirmEmail"] },
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetAction": { page: "/forgot-password", valid: { email: "nobody@example.test" }, required: ["email"] },
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": { page: "/reset-password", valid: { token: "A".repeat(43), password: "violet-harbor-engine-9" }, required: ["token", "password"] },
  "app/(auth)/actions.ts#signInAction": { page: "/sign-in", valid: { email: "", password: "" }, required: ["email", "password"] },
  "app/(auth)/actions.ts#signUpAction": { page: "/sign-up", valid: { name: "", email: "", password: "" }, required: ["email", "password", "name"] },
  "app/(auth)/actions.ts#signOutAction": "no input",
  "app/(auth)/actions.ts#oauthSignInAction": { page: "/sign-in", valid: { provider: "", callbackUrl: "/dashboard" }, required: ["provider", "callbackUrl"], plainForm: true },
};

/** Form values that are never valid for the field they replace (wrong type, out of range, unstorable, too long). */
const badField = fc.oneof(
  fc.constantFrom("", "null", "undefined", "[object Object]", "-1", "1e309", "NaN", "9999-99-99", "25:61", "Not/AZone", "\u0000", "a\u0000b", "\ud800", "{}", "[]", "__proto__"),
  fc.string({ unit: "binary", maxLength: 50 }).map((s) => `\u0000${s}`),
  fc.constantFrom("x".repeat(300_000), "\u0000".repeat(50_000)),
);

// ---- Checks -------------------------------------------------------------------------------------

async function sendHostile(api: APIRequestContext, method: HttpMethod, url: string, h: Hostile | undefined) {
  const headers: Record<string, string> = {};
  if (h?.contentType) headers["content-type"] = h.contentType;
  Object.assign(headers, h?.headers);
  return api.fetch(url, { method, headers, data: h?.body === undefined ? undefined : Buffer.from(h.body), maxRedirects: 0, timeout: 30_000 });
}

function describe(h: Hostile | undefined, url: string) {
  const body = typeof h?.body === "string" ? h.body : h?.body ? `<${h.body.length} bytes>` : "";
  return `${url.slice(0, 200)} [${h?.label ?? "path"}] ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body}`;
}

/** Well-formed saves with hostile content, at the revision already stored (so they are stale and change nothing). */
const nestedField = fc.constantFrom(50, 99, 150, 10_000).map((n) => "[".repeat(n) + "]".repeat(n));
const hostileText = fc.oneof(
  nastyString.filter((t) => t.length > 0),
  fc.string({ unit: "binary", minLength: 1 }).map((t) => `${t}\u0000${t}\ud800`),
  huge,
);
const staleSaves: { name: string; url: (d: OwnerData) => string; body: fc.Arbitrary<string> }[] = [
  {
    name: "answer",
    url: (d) => `/api/interviews/${d.active.id}/items/${d.active.textItem}/answer`,
    body: fc.tuple(hostileText, fc.constantFrom("__proto__", "constructor", "x")).map(([text, key]) =>
      JSON.stringify({ revision: 1, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] } }).replace(/^\{/, `{"${key}":{"revision":999},`),
    ),
  },
  {
    name: "sketch",
    url: (d) => `/api/interviews/${d.active.id}/items/${d.active.designItem}/sketch`,
    body: fc.tuple(hostileText, nestedField, nastyString).map(([text, nested, key]) => {
      const element = JSON.stringify(textElement("t1", text, { [`extra${key}`]: "?" })).replace(/^\{/, `{"nested":${nested},"__proto__":{"isDeleted":true},`);
      return `{"revision":1,"previewSvg":${JSON.stringify(text.slice(0, 1000))},"scene":{"elements":[${element}],"appState":{},"files":{}}}`;
    }),
  },
];

test.describe("hostile input", () => {
  test("every route and action that takes input is in the fuzz tables", () => {
    const routes = listRouteHandlers().flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));
    expect(Object.keys(TARGETS).sort()).toEqual(routes.sort());
    expect(Object.keys(ACTION_INPUTS).sort()).toEqual(listServerActions().map((a) => a.key));
  });

  test("route handlers: malformed payloads get a 4xx with a JSON error and change nothing", async ({ signedIn: page, account }) => {
    test.setTimeout(240_000);
    console.log(`hostile-input seed ${SEED}, ${RUNS} runs per endpoint (replay: FC_SEED=${SEED})`);
    const owner = await createOwnerData(page, account);
    const before = await ownerSnapshot(page.request, owner);
    for (const [key, targets] of Object.entries(TARGETS)) {
      if (targets === "no input") continue;
      for (const t of targets) {
        const arb = t.pathOnly ? badId.map((bad) => ({ bad, h: undefined as Hostile | undefined })) : t.body!.map((h) => ({ bad: "", h: h as Hostile | undefined }));
        await fc.assert(
          fc.asyncProperty(arb, async ({ bad, h }) => {
            if (t.schema && typeof h?.body === "string") fc.pre(!accepts(t.schema, h.body));
            const url = t.url(owner, bad) + (h?.query ?? "");
            const res = await sendHostile(page.request, t.method, url, h);
            const text = await res.text();
            const where = `${key} ${describe(h, url)} → ${res.status()} ${text.slice(0, 300)}`;
            expect(res.status(), where).toBeGreaterThanOrEqual(400);
            expect(res.status(), where).toBeLessThan(500);
            let json: { error?: unknown } = {};
            try {
              json = JSON.parse(text) as { error?: unknown };
            } catch {
              // fall through to the check below
            }
            expect(typeof json.error === "string" && json.error.length > 0 && json.error.length < 400, `no JSON error a person can read: ${where}`).toBe(true);
            expect(json.error as string, where).not.toMatch(/\bat \S+:\d+|stack|SQL|syntax error|ECONN|TypeError|undefined/);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
    }
    expect(await ownerSnapshot(page.request, owner)).toEqual(before);
  });

  test("well-formed saves with hostile content never fail on the server, and a stale one changes nothing", async ({ signedIn: page, account }) => {
    test.setTimeout(120_000);
    console.log(`hostile-input (content) seed ${SEED}, ${RUNS} runs per endpoint (replay: FC_SEED=${SEED})`);
    const owner = await createOwnerData(page, account);
    const before = await ownerSnapshot(page.request, owner);
    for (const save of staleSaves) {
      await fc.assert(
        fc.asyncProperty(save.body, async (body) => {
          const res = await page.request.put(save.url(owner), { headers: { "content-type": "application/json" }, data: Buffer.from(body), timeout: 30_000 });
          const text = await res.text();
          const where = `${save.name} ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body} → ${res.status()} ${text.slice(0, 300)}`;
          // Stale and said so, or refused for its size or depth with a message.
          expect([200, 400, 413], where).toContain(res.status());
          const json = JSON.parse(text) as { stale?: boolean; error?: string };
          if (res.status() === 200) expect(json.stale, where).toBe(true);
          else expect(json.error, where).toMatch(/limit|deeply|at most/);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    expect(await ownerSnapshot(page.request, owner)).toEqual(before);
  });

  test("server actions: malformed form fields get a message, never a server error, and change nothing", async ({ signedIn: page, account, baseURL }) => {
    test.setTimeout(180_000);
    console.log(`hostile-input (actions) seed ${SEED}, ${RUNS} runs per action (replay: FC_SEED=${SEED})`);
    const owner = await createOwnerData(page, account);
    const before = await ownerSnapshot(page.request, owner);
    const ids = serverActionIds();
    for (const [key, spec] of Object.entries(ACTION_INPUTS)) {
      if (spec === "no input") continue;
      const id = ids.get(key)!;
      expect(id, key).toBeTruthy();
      const valid = { ...spec.valid, ...(spec.valid.id === "" ? { id: owner.scheduled.id } : {}) };
      const arb = fc.tuple(fc.constantFrom(...spec.required), badField, fc.dictionary(fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "0", "1_x", "a"), fc.string(), { maxKeys: 2 }));
      await fc.assert(
        fc.asyncProperty(arb, async ([field, value, junk]) => {
          const fields: [string, string][] = [...Object.entries(junk), ...Object.entries({ ...valid, [field]: value })];
          const form = new FormData();
          for (const [k, v] of fields) form.append(`_1_${k}`, v);
          form.append("0", JSON.stringify(spec.plainForm ? ["$K1"] : [{}, "$K1"]));
          const res = await page.request.post(spec.page, {
            headers: { "Next-Action": id, Accept: "text/x-component", Origin: baseURL! },
            multipart: form,
            maxRedirects: 0,
            timeout: 30_000,
          });
          const text = await res.text();
          const where = `${key} ${field}=${JSON.stringify(value.slice(0, 80))} (${value.length} chars) → ${res.status()} ${text.slice(0, 300)}`;
          expect(res.status(), where).toBeLessThan(500);
          // The action answered with a form message, or (a plain form action) sent the person back to sign-in (or its own safe page).
          if (res.status() < 400 && spec.plainForm) expect(res.headers()["x-action-redirect"] ?? "", where).toMatch(spec.redirectsTo ?? /^\/sign-in/);
          else if (res.status() < 400) expect(text, where).toMatch(/^1:\{.*"(message|fieldErrors)"/m);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    expect(await ownerSnapshot(page.request, owner)).toEqual(before);
  });
});
