import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { newAccount, type TestAccount } from "../fixtures";
import { AuthPage } from "../pages/auth-page";
import { InterviewPage } from "../pages/interview-page";
import { recorderHeader } from "../../support/webm";

/**
 * A person with real data of every kind, made the way they would make it: the
 * setup form for interviews, the app's own autosave, finish, rating and
 * schedule endpoints for the rest. Other specs aim their requests at these ids.
 */
export interface OwnerData {
  account: TestAccount;
  /** Active, untimed: a text answer with a voice recording, and a sketch (with its timeline). */
  active: { id: string; textItem: string; designItem: string; bothKinds: boolean };
  /** Finished, one answer rated with a note. */
  finished: { id: string; item: string };
  scheduled: { id: string };
  /** A question of their own, imported as a question file. */
  question: { slug: string };
  /** Strings only this person's data contains. */
  markers: string[];
}

/** A valid question file of one's own: a built-in question's file under a new slug and title. */
export function ownQuestionFile(slug: string, title: string): string {
  const bank = fs.readFileSync(path.join(import.meta.dirname, "../../../db/seed/questions/get-vs-post.md"), "utf8");
  return bank.replace(/^slug: .*$/m, `slug: ${slug}`).replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
}

/** Import one question file through the app's own import route. */
export async function importQuestionFile(api: APIRequestContext, slug: string, title: string, mode: "preview" | "commit" = "commit") {
  return api.post(`/api/questions/import?mode=${mode}`, {
    headers: { "content-type": "application/octet-stream", "x-file-name": `${slug}.md` },
    data: Buffer.from(ownQuestionFile(slug, title)),
  });
}

const randomIp = () => `10.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** A browser context of its own (cookies, forwarded address), signed up as a new account. */
export async function signedUpContext(browser: Browser, prefix: string, name?: string): Promise<{ context: BrowserContext; page: Page; account: TestAccount }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await context.newPage();
  const account = { ...newAccount(prefix), ...(name === undefined ? {} : { name }) };
  await new AuthPage(page).signUp(account);
  await expect(page).toHaveURL(/\/dashboard/);
  return { context, page, account };
}

export const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

export function rectangle(id: string, extra: Record<string, unknown> = {}) {
  return { id, type: "rectangle", x: 10, y: 10, width: 120, height: 60, version: 1, versionNonce: 1, isDeleted: false, ...extra };
}

export function textElement(id: string, text: string, extra: Record<string, unknown> = {}) {
  return { id, type: "text", x: 20, y: 100, width: 300, height: 25, version: 1, versionNonce: 2, isDeleted: false, text, originalText: text, fontSize: 20, fontFamily: 1, ...extra };
}

/** Items of an interview in order, with their kinds, read from its print page (which names each item's section by id). */
export async function itemsOf(page: Page, interviewId: string): Promise<{ id: string; kind: string }[]> {
  await page.goto(`/interviews/${interviewId}/print`);
  const sections = page.locator("section[aria-labelledby^='p-']");
  await expect(sections.first()).toBeVisible();
  return sections.evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute("aria-labelledby")!.slice(2),
      kind: el.querySelector("p.small")?.textContent?.split("·")[1]?.trim() ?? "",
    })),
  );
}

async function ok(res: Promise<import("@playwright/test").APIResponse>, what: string) {
  const r = await res;
  expect(r.status(), `${what}: ${await r.text()}`).toBeLessThan(300);
  return r;
}

export function isoDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function createOwnerData(page: Page, account: TestAccount): Promise<OwnerData> {
  const tag = account.email.split("@")[0]!;
  const questionSlug = `own-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")}`;
  // The question's title is private; its slug is not a marker: B may send a file of B's own with the same slug.
  const markers = [`answer-${tag}`, `note-${tag}`, `scene-${tag}`, account.email, `question-${tag}`];
  const api = page.request;
  const live = new InterviewPage(page);

  // A finished interview with one rated answer.
  await live.startWithPreset("Quick 15-min concepts");
  const finishedId = new URL(page.url()).pathname.split("/")[2]!;
  const [first] = await itemsOf(page, finishedId);
  await ok(api.put(`/api/interviews/${finishedId}/items/${first!.id}/answer`, { data: { revision: 1, doc: doc(`Caching ${markers[0]} finished`) } }), "answer");
  await ok(api.post(`/api/interviews/${finishedId}/finish`), "finish");
  await ok(api.post(`/api/interviews/${finishedId}/items/${first!.id}/rating`, { data: { rating: 3, keyPointsTicked: [0], note: `Remember ${markers[1]}` } }), "rating");

  // An active, untimed interview of concept and design questions: ten drawn make one of each all but certain.
  await live.startCustom({ kinds: ["Concept", "System design"], count: 10, mode: "untimed" });
  const activeId = new URL(page.url()).pathname.split("/")[2]!;
  const items = await itemsOf(page, activeId);
  const design = items.find((i) => /design/i.test(i.kind));
  const text = items.find((i) => !/design/i.test(i.kind)) ?? items[0]!;
  // Any question may carry a sketch; should the draw hold no design question, the second one carries it.
  const designItem = design ?? items.find((i) => i.id !== text.id)!;
  await ok(api.put(`/api/interviews/${activeId}/items/${text.id}/answer`, { data: { revision: 1, doc: doc(`Queues ${markers[0]} active`) } }), "answer");
  await ok(
    api.put(`/api/interviews/${activeId}/items/${designItem.id}/sketch`, {
      data: {
        revision: 1,
        scene: { elements: [rectangle("box-1"), textElement("label-1", `Load balancer ${markers[2]}`)], appState: {}, files: {} },
        previewSvg: `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#fff"/><text x="5" y="20">${markers[2]}</text></svg>`,
      },
    }),
    "sketch",
  );

  // A recording of the text answer: one part, two chunks, uploaded as the recorder does.
  const chunkUrl = (seq: number, first: boolean) =>
    `/api/interviews/${activeId}/items/${text.id}/recording?seq=${seq}&part=0&endMs=${(seq + 1) * 1000}${first ? `&first=1&startedAt=${Date.now() - 5000}` : ""}`;
  await ok(api.put(chunkUrl(0, true), { headers: { "content-type": "audio/webm;codecs=opus" }, data: Buffer.from(recorderHeader()) }), "recording");
  await ok(api.put(chunkUrl(1, false), { headers: { "content-type": "audio/webm;codecs=opus" }, data: Buffer.from(`audio-${tag}`) }), "recording");

  await ok(importQuestionFile(api, questionSlug, `Own question-${tag}`), "question import");

  const scheduled = await ok(
    api.post("/api/schedule", { data: { date: isoDateIn(30), time: "09:30", timeZone: "Europe/Paris", preset: "quick-concepts" } }),
    "schedule",
  );
  const scheduledId = ((await scheduled.json()) as { id: string }).id;

  return {
    account,
    active: { id: activeId, textItem: text.id, designItem: designItem.id, bothKinds: Boolean(design) },
    finished: { id: finishedId, item: first!.id },
    scheduled: { id: scheduledId },
    question: { slug: questionSlug },
    markers,
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Everything of the owner's that a write could change, read back through the
 * owner's own endpoints: each interview's full export (status, answers,
 * ratings, notes), the stored sketch with its revision and timeline, the
 * voice recording (its parts and its audio), and the invitation of
 * the scheduled interview (its time), minus the lines stamped with "now".
 */
export async function ownerSnapshot(api: APIRequestContext, d: OwnerData): Promise<Record<string, string>> {
  const text = async (url: string) => {
    const r = await api.get(url);
    return `${r.status()} ${await r.text()}`;
  };
  return {
    active: await text(`/api/interviews/${d.active.id}/export.md`),
    finished: await text(`/api/interviews/${d.finished.id}/export.md`),
    scheduled: await text(`/api/interviews/${d.scheduled.id}/export.md`),
    sketch: await text(`/api/interviews/${d.active.id}/items/${d.active.designItem}/sketch`),
    timeline: await text(`/api/interviews/${d.active.id}/items/${d.active.designItem}/sketch/timeline`),
    recording: await text(`/api/interviews/${d.active.id}/items/${d.active.textItem}/recording`),
    audio: await text(`/api/interviews/${d.active.id}/items/${d.active.textItem}/recording/audio?part=0`),
    // Their own questions, whole (the study sheet has no date in it).
    questions: await text("/api/questions/export?source=mine&format=sheet"),
    invite: (await text(`/api/interviews/${d.scheduled.id}/invite.ics`)).replace(/^(DTSTAMP|CREATED):.*$/gm, ""),
    // Interviews that appear (or vanish) anywhere in the owner's lists, and the study-plan date.
    lists: (await Promise.all(["/dashboard", "/history", "/schedule"].map(async (u) => [...new Set((await text(u)).match(UUID) ?? [])].sort().join(",")))).join(" | "),
    target: /name="targetDate"[^>]*value="([^"]*)"/.exec(await text("/schedule"))?.[1] ?? "none",
  };
}
