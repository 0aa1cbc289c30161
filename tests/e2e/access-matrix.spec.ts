/**
 * Access-control matrix (issue 7, point 3).
 *
 * The surface is read from the code when the test runs (tests/e2e/support/surface.ts):
 * every app/**\/page.tsx, every app/**\/route.ts with the HTTP methods it exports,
 * and every server action (exported functions of "use server" files, and inline
 * "use server" functions). The tables below say how each one is exercised; the
 * first test fails when the code has an entry the tables lack, or the tables name
 * something the code no longer has.
 *
 * Then person A makes real data and person B, signed in, aims every entry at A's
 * ids (and at B's own interview paired with A's item ids): each read and write is
 * a 404 with a JSON error, and A's data, read back through A's own endpoints, is
 * byte-for-byte what it was. A signed-out visitor is sent to sign-in from every
 * page and gets 401 from every private API route, and never sees A's data.
 *
 * Server actions are called over HTTP exactly as Next's client calls them: a POST
 * to a page with the action's id (from the build's server-reference-manifest) in
 * the `Next-Action` header and the arguments in React's reply encoding. That is
 * what an attacker can send, so it proves more than calling the functions in a
 * unit test would: it goes through the real request gate, the real session cookie
 * and the production build. Signed-out calls are also posted to a public page,
 * where the request gate lets them through, so each action's own check is tested.
 */
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createOwnerData, isoDateIn, ownQuestionFile, ownerSnapshot, signedUpContext, type OwnerData } from "./support/owner-data";
import { listPages, listRouteHandlers, listServerActions, serverActionIds, type HttpMethod } from "./support/surface";

type Access = "public" | "signed-in" | "owner";
interface Ctx extends OwnerData {
  /** An interview of B's own, to pair with A's item ids. */
  mine: string;
}
interface Call {
  url: string;
  data?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

const ZERO = "00000000-0000-4000-8000-000000000000";
const SLUG = "get-vs-post";

/** Interview-level URLs for every one of A's interviews. */
const eachInterview = (c: Ctx, path: string) => [c.active.id, c.finished.id, c.scheduled.id].map((id) => `/api/interviews/${id}${path}`);
/** Item-level URLs: A's interview with A's item, and B's own interview with A's item. */
const eachItem = (c: Ctx, path: string) =>
  [
    [c.active.id, c.active.textItem],
    [c.active.id, c.active.designItem],
    [c.finished.id, c.finished.item],
    [c.mine, c.active.textItem],
    [c.mine, c.finished.item],
  ].map(([iv, it]) => `/api/interviews/${iv}/items/${it}${path}`);

const answerBody = { revision: 99, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "overwritten by B" }] }] } };
const sketchBody = { revision: 99, scene: { elements: [], appState: {}, files: {} }, previewSvg: null };
const when = { date: isoDateIn(60), time: "08:00", timeZone: "UTC" };
/** A well-formed recording chunk (the next sequence number of part 0): B's copy must be refused, not stored. */
const chunkCall = (url: string): Call => ({ url: `${url}?seq=2&part=0&endMs=3000`, data: Buffer.from("more audio from B"), headers: { "content-type": "audio/webm;codecs=opus" } });

/** A valid editor draft (the save action's one field), under a given slug. */
const draftJson = (slug: string) =>
  JSON.stringify({
    slug,
    title: "B's question",
    level: "beginner",
    kind: "concept",
    topics: ["caching"],
    minutes: 5,
    prompt: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Why cache?" }] }] },
    sampleAnswer: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "It may serve stale data." }] }] },
    outline: "",
    keyPoints: [{ label: "Stale data", any: "stale data", with: "" }],
    misconceptions: [],
  });

const PAGES: Record<string, { access: Access; urls: (c: Ctx) => string[] }> = {
  "/": { access: "public", urls: () => ["/"] },
  "/sign-in": { access: "public", urls: () => ["/sign-in"] },
  "/sign-up": { access: "public", urls: () => ["/sign-up"] },
  "/forgot-password": { access: "public", urls: () => ["/forgot-password"] },
  // A forged, a missing and a malformed token: the page says to ask for a new link.
  "/reset-password": { access: "public", urls: () => ["/reset-password", `/reset-password?token=${"A".repeat(43)}`, "/reset-password?token=x&token=y"] },
  "/settings": { access: "signed-in", urls: () => ["/settings"] },
  "/dashboard": { access: "signed-in", urls: () => ["/dashboard"] },
  "/history": { access: "signed-in", urls: () => ["/history", "/history?status=review"] },
  "/topics": { access: "signed-in", urls: () => ["/topics"] },
  "/schedule": { access: "signed-in", urls: () => ["/schedule"] },
  "/questions": { access: "signed-in", urls: () => ["/questions"] },
  // A person's own question is theirs alone: A's is not found for B (built-in ones are in bank.spec.ts).
  "/questions/[slug]": { access: "owner", urls: (c) => [`/questions/${c.question.slug}`, "/questions/NOT_A_SLUG"] },
  "/questions/[slug]/edit": { access: "owner", urls: (c) => [`/questions/${c.question.slug}/edit`, `/questions/${SLUG}/edit`] },
  "/questions/new": { access: "signed-in", urls: () => ["/questions/new"] },
  "/questions/import": { access: "signed-in", urls: () => ["/questions/import"] },
  "/interviews/new": { access: "signed-in", urls: () => ["/interviews/new"] },
  "/interviews/[id]": { access: "owner", urls: (c) => [c.active.id, c.finished.id, c.scheduled.id, ZERO, "not-an-id"].map((id) => `/interviews/${id}`) },
  "/interviews/[id]/print": { access: "owner", urls: (c) => [c.active.id, c.finished.id, c.scheduled.id, "not-an-id"].map((id) => `/interviews/${id}/print`) },
  "/interviews/[id]/review": { access: "owner", urls: (c) => [c.active.id, c.finished.id, c.scheduled.id, ZERO, "not-an-id"].map((id) => `/interviews/${id}/review`) },
};

const ROUTES: Record<string, Partial<Record<HttpMethod, { access: Access; calls: (c: Ctx) => Call[] }>>> = {
  "/api/auth/[...nextauth]": {
    GET: { access: "public", calls: () => [{ url: "/api/auth/session" }, { url: "/api/auth/csrf" }, { url: "/api/auth/providers" }] },
    // A's email with a wrong password: no session for anyone.
    POST: { access: "public", calls: (c) => [{ url: "/api/auth/callback/credentials", form: { email: c.account.email, password: "not-the-password" } }] },
  },
  // The JSON 404 for addresses no handler owns: it names nothing, so it says so to anyone.
  "/api/[...path]": Object.fromEntries((["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((m) => [m, { access: "public" as Access, calls: (c: Ctx) => [{ url: `/api/interviews/${c.active.id}/nothing-here` }] }])),
  "/api/health": { GET: { access: "public", calls: () => [{ url: "/api/health" }] } },
  // The server's clock: nothing private, so anyone may read it.
  "/api/time": { GET: { access: "public", calls: () => [{ url: "/api/time" }] } },
  // Browsers report CSP violations without a session: anyone may post one, and it only adds a log line.
  "/api/csp-report": {
    POST: {
      access: "public",
      calls: () => [{ url: "/api/csp-report", data: JSON.stringify({ "csp-report": { "effective-directive": "img-src", "blocked-uri": "https://x.example/a.png" } }), headers: { "content-type": "application/csp-report" } }],
    },
  },
  // The signed-in person's own data only: it takes no id to aim at anyone else's.
  "/api/account/export": { GET: { access: "signed-in", calls: () => [{ url: "/api/account/export" }] } },
  "/api/questions/count": { GET: { access: "signed-in", calls: () => [{ url: "/api/questions/count?levels=beginner" }, { url: "/api/questions/count?levels=beginner&source=all" }] } },
  // B's export holds the bank and B's own questions, never A's (the sheet is plain text, so a leak would show).
  "/api/questions/export": { GET: { access: "signed-in", calls: () => [{ url: "/api/questions/export?format=sheet" }, { url: "/api/questions/export?source=mine" }] } },
  // B previewing a file with A's slug is told it would create a question of B's own; B's commit (another slug, so the
  // delete action below still finds nothing of B's under A's slug) leaves A's as it was.
  "/api/questions/import": {
    POST: {
      access: "signed-in",
      calls: (c) =>
        [
          ["preview", c.question.slug],
          ["commit", `${c.question.slug}-b`],
        ].map(([mode, slug]) => ({
          url: `/api/questions/import?mode=${mode}`,
          data: Buffer.from(ownQuestionFile(slug!, "B's own copy")),
          headers: { "content-type": "application/octet-stream", "x-file-name": "b.md" },
        })),
    },
  },
  "/api/schedule": { POST: { access: "signed-in", calls: () => [{ url: "/api/schedule", data: { ...when, preset: "quick-concepts" } }] } },
  "/api/interviews/[id]": { GET: { access: "owner", calls: (c) => eachInterview(c, "").map((url) => ({ url })) } },
  "/api/interviews/[id]/abandon": { POST: { access: "owner", calls: (c) => eachInterview(c, "/abandon").map((url) => ({ url })) } },
  "/api/interviews/[id]/finish": { POST: { access: "owner", calls: (c) => eachInterview(c, "/finish").map((url) => ({ url })) } },
  "/api/interviews/[id]/start": { POST: { access: "owner", calls: (c) => eachInterview(c, "/start").map((url) => ({ url })) } },
  "/api/interviews/[id]/export.md": { GET: { access: "owner", calls: (c) => eachInterview(c, "/export.md").map((url) => ({ url })) } },
  "/api/interviews/[id]/invite.ics": { GET: { access: "owner", calls: (c) => eachInterview(c, "/invite.ics").map((url) => ({ url })) } },
  "/api/interviews/[id]/schedule": {
    PATCH: { access: "owner", calls: (c) => eachInterview(c, "/schedule").map((url) => ({ url, data: when })) },
    DELETE: { access: "owner", calls: (c) => eachInterview(c, "/schedule").map((url) => ({ url })) },
  },
  "/api/interviews/[id]/items/[itemId]/phase": {
    GET: { access: "owner", calls: (c) => eachItem(c, "/phase").map((url) => ({ url })) },
    POST: { access: "owner", calls: (c) => eachItem(c, "/phase").map((url) => ({ url, data: { phase: "entities" } })) },
  },
  "/api/interviews/[id]/items/[itemId]/redo": {
    POST: { access: "owner", calls: (c) => eachItem(c, "/redo").map((url) => ({ url, data: { wanted: true } })) },
  },
  "/api/interviews/[id]/items/[itemId]/language": {
    PUT: { access: "owner", calls: (c) => eachItem(c, "/language").map((url) => ({ url, data: { language: "python" } })) },
  },
  "/api/interviews/[id]/items/[itemId]/answer": {
    PUT: { access: "owner", calls: (c) => eachItem(c, "/answer").map((url) => ({ url, data: answerBody })) },
    POST: { access: "owner", calls: (c) => eachItem(c, "/answer").map((url) => ({ url, data: answerBody })) },
  },
  "/api/interviews/[id]/items/[itemId]/sketch": {
    GET: { access: "owner", calls: (c) => eachItem(c, "/sketch").map((url) => ({ url })) },
    PUT: { access: "owner", calls: (c) => eachItem(c, "/sketch").map((url) => ({ url, data: sketchBody })) },
    POST: { access: "owner", calls: (c) => eachItem(c, "/sketch").map((url) => ({ url, data: sketchBody })) },
  },
  "/api/interviews/[id]/items/[itemId]/sketch/timeline": { GET: { access: "owner", calls: (c) => eachItem(c, "/sketch/timeline").map((url) => ({ url })) } },
  "/api/interviews/[id]/items/[itemId]/recording": {
    GET: { access: "owner", calls: (c) => eachItem(c, "/recording").map((url) => ({ url })) },
    PUT: { access: "owner", calls: (c) => eachItem(c, "/recording").map(chunkCall) },
    DELETE: { access: "owner", calls: (c) => eachItem(c, "/recording").map((url) => ({ url })) },
  },
  "/api/interviews/[id]/items/[itemId]/recording/audio": {
    GET: { access: "owner", calls: (c) => eachItem(c, "/recording/audio?part=0").map((url) => ({ url, headers: { range: "bytes=0-" } })) },
  },
  "/api/interviews/[id]/items/[itemId]/reference": { GET: { access: "owner", calls: (c) => eachItem(c, "/reference").map((url) => ({ url })) } },
  "/api/interviews/[id]/items/[itemId]/sketch/preview": { GET: { access: "owner", calls: (c) => eachItem(c, "/sketch/preview").map((url) => ({ url })) } },
  "/api/interviews/[id]/items/[itemId]/submit": { POST: { access: "owner", calls: (c) => eachItem(c, "/submit").map((url) => ({ url })) } },
  "/api/interviews/[id]/items/[itemId]/rating": {
    POST: { access: "owner", calls: (c) => eachItem(c, "/rating").map((url) => ({ url, data: { rating: 1, keyPointsTicked: [], note: "B was here" } })) },
  },
};

/** Server actions: the page they are posted from, and the form fields of each call. */
const ACTIONS: Record<string, { access: Access; page: string; forms: (c: Ctx) => Record<string, string>[]; plainForm?: true }> = {
  "app/(app)/schedule/actions.ts#rescheduleInterviewAction": {
    access: "owner",
    page: "/schedule",
    forms: (c) => [c.scheduled.id, c.active.id, c.finished.id].map((id) => ({ id, ...when })),
  },
  "app/(app)/schedule/actions.ts#cancelInterviewAction": { access: "owner", page: "/schedule", forms: (c) => [c.scheduled.id, c.active.id, c.finished.id].map((id) => ({ id })) },
  "app/(app)/schedule/actions.ts#startScheduledAction": { access: "owner", page: "/schedule", forms: (c) => [c.scheduled.id, c.active.id, c.finished.id].map((id) => ({ id })) },
  // These take no id: they act on the signed-in person only. B's calls change B's data; A's must stay as it was.
  "app/(app)/schedule/actions.ts#scheduleInterviewAction": { access: "signed-in", page: "/schedule", forms: () => [{ ...when, preset: "quick-concepts" }] },
  "app/(app)/schedule/actions.ts#setTargetDateAction": { access: "signed-in", page: "/schedule", forms: () => [{ targetDate: isoDateIn(90), timeZone: "UTC" }] },
  "app/(app)/interviews/actions.ts#createInterviewAction": { access: "signed-in", page: "/interviews/new", forms: () => [{ preset: "quick-concepts" }] },
  // Run before the save below, which gives B a question of B's own under A's slug.
  "app/(app)/questions/actions.ts#deleteQuestionAction": { access: "owner", page: "/questions", forms: (c) => [{ slug: c.question.slug }] },
  // Saving with A's slug as the one it had: B has no such question (not found); as a new one it is B's own.
  "app/(app)/questions/actions.ts#saveQuestionAction": {
    access: "signed-in",
    page: "/questions/new",
    forms: (c): Record<string, string>[] => [{ originalSlug: c.question.slug, draft: draftJson(c.question.slug) }, { draft: draftJson(c.question.slug) }],
  },
  "app/(app)/interviews/actions.ts#startDueRecallAction": { access: "signed-in", page: "/dashboard", forms: () => [{}], plainForm: true },
  // A question of a review, as the review page fetches those below the fold: A's interview, and A's item under B's own.
  "app/(app)/interviews/[id]/review/actions.tsx#loadReviewItemsAction": {
    access: "owner",
    page: "/history",
    forms: (c) => [
      { id: c.finished.id, itemId: c.finished.item },
      { id: c.mine, itemId: c.finished.item },
    ],
  },
  // B asking to redo A's question (or none): B has no attempt at it, so nothing is created.
  "app/(app)/interviews/actions.ts#startRedoAction": { access: "signed-in", page: "/dashboard", forms: () => [{ questionId: ZERO }, { questionId: "not-an-id" }], plainForm: true },
  // Account actions act on the signed-in person only. B's calls are refused (A's email to confirm, a wrong current
  // password) or change B's own account; A's data must stay as it was.
  "app/(app)/settings/actions.ts#updateProfileAction": { access: "signed-in", page: "/settings", forms: () => [{ name: "B renamed", timeZone: "UTC" }] },
  "app/(app)/settings/actions.ts#changePasswordAction": { access: "signed-in", page: "/settings", forms: () => [{ currentPassword: "not-the-password", newPassword: "violet-harbor-engine-9" }] },
  "app/(app)/settings/actions.ts#signOutOtherDevicesAction": { access: "signed-in", page: "/settings", forms: () => [{}] },
  "app/(app)/settings/actions.ts#deleteAccountAction": { access: "signed-in", page: "/settings", forms: (c) => [{ confirmEmail: c.account.email }] },
  // Anyone may ask for a reset link (the same answer for any email) or use one (a forged token is refused).
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetAction": { access: "public", page: "/forgot-password", forms: (c) => [{ email: c.account.email }] },
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": { access: "public", page: "/reset-password", forms: () => [{ token: "A".repeat(43), password: "violet-harbor-engine-9" }] },
  "app/(auth)/actions.ts#signInAction": { access: "public", page: "/sign-in", forms: (c) => [{ email: c.account.email, password: "not-the-password" }] },
  "app/(auth)/actions.ts#signUpAction": { access: "public", page: "/sign-up", forms: (c) => [{ email: c.account.email, password: "another-password-1" }] },
  "app/(auth)/actions.ts#signOutAction": { access: "public", page: "/sign-in", forms: () => [{}], plainForm: true },
  // Shown only when an OAuth provider is configured (none here): an unknown provider goes back to sign-in.
  "app/(auth)/actions.ts#oauthSignInAction": { access: "public", page: "/sign-in", forms: () => [{ provider: "github", callbackUrl: "https://evil.example/" }, {} as Record<string, string>], plainForm: true },
};

/**
 * POSTs a server action the way Next's client does: React's reply encoding, the form's fields first and the root ("0") last.
 * A form bound through useActionState is called (previous state, form); a plain form action (form).
 */
export function callAction(api: APIRequestContext, page: string, id: string, fields: Record<string, string>, origin: string, plainForm = false) {
  // A FormData keeps this order; an object would put the integer-like key "0" first.
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append("0", JSON.stringify(plainForm ? ["$K1"] : [{}, "$K1"]));
  return api.post(page, { headers: { "Next-Action": id, Accept: "text/x-component", Origin: origin }, multipart, maxRedirects: 0 });
}

async function send(api: APIRequestContext, method: HttpMethod, call: Call): Promise<APIResponse> {
  return api.fetch(call.url, {
    method,
    maxRedirects: 0,
    ...(call.headers ? { headers: call.headers } : {}),
    ...(call.form ? { form: call.form } : call.data !== undefined ? { data: call.data } : {}),
  });
}

/** A's ids and private strings must not appear, except an id the request itself named (a page echoes its own URL). */
function expectNoLeak(body: string, c: Ctx, where: string) {
  for (const secret of [c.active.id, c.finished.id, c.scheduled.id, c.active.textItem, c.active.designItem, c.finished.item, ...c.markers]) {
    if (where.includes(secret)) continue;
    expect(body.includes(secret), `${where} shows A's ${secret}`).toBe(false);
  }
}

test.describe("access-control matrix", () => {
  test("every page, route handler and server action in the code has an entry, and every entry exists", () => {
    expect(Object.keys(PAGES).sort()).toEqual(listPages());
    const routes = listRouteHandlers().map((r) => `${r.route} ${r.methods.join(",")}`);
    const table = Object.entries(ROUTES)
      .map(([route, methods]) => `${route} ${Object.keys(methods).sort((a, b) => ["GET", "POST", "PUT", "PATCH", "DELETE"].indexOf(a) - ["GET", "POST", "PUT", "PATCH", "DELETE"].indexOf(b)).join(",")}`)
      .sort();
    expect(table).toEqual(routes.sort());
    expect(Object.keys(ACTIONS).sort()).toEqual(listServerActions().map((a) => a.key));
    // Every action the build knows is one the source names, and the other way round.
    expect([...serverActionIds().keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  test("B signed in gets 404 for everything of A's and changes nothing; a signed-out visitor gets sign-in or 401", async ({ browser, baseURL, playwright }) => {
    test.setTimeout(180_000);
    const a = await signedUpContext(browser, "owner");
    const owner = await createOwnerData(a.page, a.account);
    const before = await ownerSnapshot(a.page.request, owner);
    for (const part of [before.active, before.finished, before.scheduled, before.sketch, before.timeline, before.recording, before.audio, before.invite]) expect(part).toMatch(/^200 /);

    const b = await signedUpContext(browser, "intruder");
    const mineRes = await b.page.request.post("/api/schedule", { data: { ...when, preset: "quick-concepts" } });
    expect(mineRes.status()).toBe(201);
    const c: Ctx = { ...owner, mine: ((await mineRes.json()) as { id: string }).id };
    const anon = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.250.250.250" } });
    const failures: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) failures.push(what);
    };

    // Pages.
    for (const [route, entry] of Object.entries(PAGES)) {
      for (const url of entry.urls(c)) {
        const asB = await b.page.request.get(url, { maxRedirects: 0 });
        const bodyB = await asB.text();
        if (entry.access === "owner") check(asB.status() === 404, `B GET ${url} (${route}): ${asB.status()}, want 404`);
        else check(asB.status() < 400, `B GET ${url} (${route}): ${asB.status()}`);
        expectNoLeak(bodyB, c, `B GET ${url}`);

        const anonRes = await anon.get(url, { maxRedirects: 0 });
        if (entry.access === "public") check(anonRes.status() === 200, `signed-out GET ${url}: ${anonRes.status()}, want 200`);
        else {
          const location = anonRes.headers()["location"] ?? "";
          check(anonRes.status() === 307 && location.startsWith("/sign-in?callbackUrl="), `signed-out GET ${url}: ${anonRes.status()} → ${location}`);
        }
        expectNoLeak(await anonRes.text(), c, `signed-out GET ${url}`);
      }
    }

    // Route handlers.
    for (const [route, methods] of Object.entries(ROUTES)) {
      for (const [method, entry] of Object.entries(methods) as [HttpMethod, (typeof methods)[HttpMethod] & {}][]) {
        for (const call of entry.calls(c)) {
          const what = `${method} ${call.url} (${route})`;
          const asB = await send(b.page.request, method, call);
          const bodyB = await asB.text();
          if (entry.access === "owner") {
            check(asB.status() === 404, `B ${what}: ${asB.status()} ${bodyB.slice(0, 120)}, want 404`);
            check(/^\{"error":"[^"]+/.test(bodyB), `B ${what}: no JSON error: ${bodyB.slice(0, 120)}`);
          } else check(asB.status() < 500, `B ${what}: ${asB.status()}`);
          expectNoLeak(bodyB, c, `B ${what}`);

          const anonRes = await send(anon, method, call);
          const anonBody = await anonRes.text();
          if (entry.access === "public") check(anonRes.status() < 500 && anonRes.status() !== 401, `signed-out ${what}: ${anonRes.status()}`);
          else check(anonRes.status() === 401 && /"error":"/.test(anonBody), `signed-out ${what}: ${anonRes.status()} ${anonBody.slice(0, 120)}, want 401`);
          check(!/authjs\.session-token=[^;]/.test(anonRes.headers()["set-cookie"] ?? ""), `signed-out ${what} was given a session`);
          expectNoLeak(anonBody, c, `signed-out ${what}`);
        }
      }
    }

    // Server actions.
    const ids = serverActionIds();
    for (const [key, entry] of Object.entries(ACTIONS)) {
      const id = ids.get(key);
      expect(id, `${key} has no id in the build`).toBeTruthy();
      for (const fields of entry.forms(c)) {
        const what = `action ${key} ${JSON.stringify(fields)}`;
        if (entry.access !== "public") {
          const asB = await callAction(b.page.request, entry.page, id!, fields, baseURL!, entry.plainForm);
          const bodyB = await asB.text();
          check(asB.status() < 500, `B ${what}: ${asB.status()}`);
          if (entry.access === "owner") check(/That (interview|question) was not found( in this interview)?\./.test(bodyB), `B ${what}: ${bodyB.slice(0, 200)}, want "not found"`);
          expectNoLeak(bodyB, c, `B ${what}`);
        }
        // Signed out, at the action's own page (the gate answers) and at a public page (the action must answer).
        for (const page of new Set([entry.page, "/sign-in"])) {
          const res = await callAction(anon, page, id!, fields, baseURL!, entry.plainForm);
          const body = await res.text();
          const redirect = `${res.headers()["location"] ?? ""}${res.headers()["x-action-redirect"] ?? ""}`;
          check(res.status() < 500, `signed-out ${what} at ${page}: ${res.status()}`);
          check(!/authjs\.session-token=[^;]/.test(res.headers()["set-cookie"] ?? ""), `signed-out ${what} at ${page} was given a session`);
          if (entry.access !== "public") {
            // Either the gate sent it to sign-in, or the action never ran here (no result in the body).
            check(/\/sign-in/.test(redirect) || !/^1:/m.test(body), `signed-out ${what} at ${page}: ${res.status()} ${redirect} ${body.slice(0, 200)}`);
          }
          expectNoLeak(body, c, `signed-out ${what} at ${page}`);
        }
      }
    }

    expect(failures).toEqual([]);
    expect(await ownerSnapshot(a.page.request, owner)).toEqual(before);
    await anon.dispose();
    await a.context.close();
    await b.context.close();
  });
});
