import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { recorderHeader } from "../support/webm";

/**
 * axe on every page, in the light and the dark theme: no serious or critical
 * violation. The theme follows the system (next-themes' default), so the test
 * switches the emulated colour scheme and waits for the page to follow, without
 * reloading. Any Content-Security-Policy violation on the way fails too: these
 * pages are the proof that the CSP leaves the app working.
 */

const SCHEMES = ["light", "dark"] as const;

async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function audit(page: Page, path: string, opts: { ready?: () => Promise<void>; exclude?: string } = {}): Promise<string[]> {
  const found: string[] = [];
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await opts.ready?.();
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
    // Structure does not change with the theme: the second pass checks only the colour rules, which do.
    let builder = scheme === "light" ? new AxeBuilder({ page }) : new AxeBuilder({ page }).withRules(["color-contrast", "link-in-text-block"]);
    if (opts.exclude) builder = builder.exclude(opts.exclude);
    const { violations } = await builder.analyze();
    for (const v of violations) {
      if (v.impact !== "serious" && v.impact !== "critical") {
        const note = `${scheme} ${path}: ${v.id} (${v.impact})`;
        test.info().annotations.push({ type: "axe (minor or moderate)", description: note });
        console.log(`axe, not failing: ${note}`);
        continue;
      }
      found.push(`${scheme} ${path}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    }
  }
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  for (const c of csp) found.push(`${path}: CSP blocked ${c}`);
  return found;
}

test("every page, light and dark: no serious or critical axe violation, and nothing blocked by the CSP", async ({ page, auth, account }) => {
  test.setTimeout(300_000); // ~19 pages × 2 themes with axe on a busy 2-core machine
  await recordCspViolations(page);
  const problems: string[] = [];

  // Signed out.
  for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password?token=forged"]) problems.push(...(await audit(page, path)));

  await auth.signUp(account);
  await expect(page).toHaveURL(/\/dashboard/);
  const api = page.request;
  const book = async (preset: string) => {
    const res = await api.post("/api/schedule", { data: { preset, date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), time: "10:00", timeZone: "UTC" } });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await api.post(`/api/interviews/${id}/start`)).status()).toBe(200);
    return id;
  };
  const live = await book("quick-concepts");
  const design = await book("system-design-45");
  const done = await book("quick-concepts");
  expect((await api.post(`/api/interviews/${done}/finish`)).status()).toBe(200);
  // A review with a recording to play and a drawing to replay.
  const replayed = await book("system-design-45");
  const item = ((await (await api.get(`/api/interviews/${replayed}`)).json()) as { items: { id: string }[] }).items[0]!.id;
  const scene = { elements: [{ id: "r", type: "rectangle", x: 10, y: 10, width: 100, height: 60, version: 1, isDeleted: false }], appState: {}, files: {} };
  expect((await api.put(`/api/interviews/${replayed}/items/${item}/sketch`, { data: { revision: 1, scene } })).status()).toBe(200);
  const chunk = `/api/interviews/${replayed}/items/${item}/recording?seq=0&part=0&endMs=1000&first=1&startedAt=${Date.now()}`;
  expect((await api.put(chunk, { headers: { "content-type": "audio/webm" }, data: Buffer.from(recorderHeader()) })).status()).toBe(200);
  expect((await api.post(`/api/interviews/${replayed}/finish`)).status()).toBe(200);

  const pages: Array<[string, Parameters<typeof audit>[2]?]> = [
    ["/dashboard"],
    ["/interviews/new"],
    [`/interviews/${live}`, { ready: () => expect(page.getByRole("textbox", { name: /^Answer to:/ })).toBeVisible() }],
    [
      `/interviews/${design}`,
      {
        ready: () => expect(page.getByRole("region", { name: /^Sketch canvas for:/ }).locator("canvas.interactive")).toBeVisible({ timeout: 30_000 }),
        // Excalidraw's own markup is not ours to fix (its menu button has no name); our panel around it is checked.
        exclude: ".excalidraw",
      },
    ],
    [`/interviews/${done}/review`],
    [
      `/interviews/${replayed}/review`,
      {
        ready: () => expect(page.getByRole("group", { name: "Drawing replay" }).first()).toBeVisible({ timeout: 30_000 }),
        exclude: ".excalidraw",
      },
    ],
    [`/interviews/${done}/print`],
    ["/questions"],
    ["/questions/get-vs-post"],
    ["/questions/new"],
    ["/questions/import"],
    ["/history"],
    ["/topics"],
    ["/schedule"],
    ["/settings"],
    ["/no-such-page"],
    ["/interviews/00000000-0000-4000-8000-000000000000"],
  ];
  for (const [path, opts] of pages) problems.push(...(await audit(page, path, opts)));
  expect(problems).toEqual([]);
});
