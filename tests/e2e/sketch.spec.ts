import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { WRITE_GRACE_MS } from "../../lib/interview/timer";
import { SketchPage } from "./pages/sketch-page";

/**
 * Everything a page fetched (even what the CSP refused before it left), with the bodies of its scripts and
 * stylesheets, and every CSP violation it reported, as events and as console messages.
 */
async function recordRequests(page: Page) {
  const urls: string[] = [];
  const violations: string[] = [];
  const assets: Promise<{ url: string; body: string }>[] = [];
  page.on("request", (r) => urls.push(r.url()));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text().slice(0, 200));
  });
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("response", (r: Response) => {
    const type = r.request().resourceType();
    if (type === "script" || type === "stylesheet") assets.push(r.text().then((body) => ({ url: r.url(), body }), () => ({ url: r.url(), body: "" })));
  });
  return { urls, violations, assets: () => Promise.all(assets) };
}

// Strings that only Excalidraw's own code and stylesheet contain (our small wrapper names the asset path, so that is no marker).
const EXCALIDRAW_JS = /ASSETS_FALLBACK_URL|Failed to use workers for subsetting/;
const EXCALIDRAW_CSS = /\.excalidraw[\s.{,]/;

test.describe("sketch answers", () => {
  test("draw with keyboard tools and the mouse; reload restores the same drawing; no request leaves the server and the CSP refuses nothing", async ({ signedIn: page }) => {
    const rec = await recordRequests(page);
    const sketch = new SketchPage(page);
    await sketch.startDesignInterview({ preset: "System design 45 min" });
    await sketch.ready();

    await sketch.drawWithKey("r", { x: 120, y: 120 });
    const itemId = await sketch.waitForSave();
    await sketch.drawWithKey("o", { x: 300, y: 140 });
    // A tool picked with the mouse from Excalidraw's own toolbar.
    await sketch.canvasRegion().getByTitle(/^Diamond/).click();
    await expect(sketch.canvasRegion().getByRole("radio", { name: "Diamond" })).toBeChecked();
    const box = await sketch.canvasBox();
    await sketch.drag(box.x + 200, box.y + 280, 90);
    // Text brings in Excalidraw's hand-drawn font, which must come from our own copy.
    await sketch.writeText("Load balancer", { x: 420, y: 120 });
    await expect(sketch.status()).toHaveText(/Saved/, { timeout: 15_000 });
    await expect
      .poll(async () => (await sketch.storedScene(itemId)).elements.map((e) => e.type).sort(), { timeout: 15_000 })
      .toEqual(["diamond", "ellipse", "rectangle", "text"]);
    const before = (await sketch.storedScene(itemId)).elements.map((e) => e.id);

    // The stored preview is an inert image.
    const preview = await page.request.get(`/api/interviews/${sketch.interviewId}/items/${itemId}/sketch/preview`);
    expect(preview.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(preview.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(await preview.text()).toMatch(/^<svg/);

    await page.reload();
    await sketch.ready();
    // What was drawn is back on the canvas: a new shape saves the old ones with it.
    await sketch.drawWithKey("r", { x: 420, y: 280 }, 60);
    await expect.poll(async () => (await sketch.storedScene(itemId)).elements.length, { timeout: 15_000 }).toBe(5);
    expect((await sketch.storedScene(itemId)).elements.map((e) => e.id)).toEqual(expect.arrayContaining(before));

    await expect(sketch.canvasRegion()).toHaveAttribute("data-readonly", "false");
    await sketch.page.getByRole("button", { name: "Full screen" }).click();
    await expect(page.getByRole("button", { name: "Exit full screen" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Exit full screen" }).click();

    // Not even a request the CSP would refuse: the canvas names no other host.
    const foreign = rec.urls.filter((u) => !/^(https?:\/\/localhost(:\d+)?\/|data:|blob:)/.test(u));
    expect(foreign).toEqual([]);
    expect(rec.violations).toEqual([]);
    // The fonts came from our own copy.
    expect(rec.urls.some((u) => u.includes("/excalidraw-assets/fonts/"))).toBe(true);
  });

  test("offline: drawing is kept and saved when the network returns", async ({ signedIn: page, context }) => {
    const sketch = new SketchPage(page);
    await sketch.startDesignInterview({ preset: "System design 45 min" });
    await sketch.ready();
    await sketch.drawWithKey("r", { x: 100, y: 100 });
    const itemId = await sketch.waitForSave();
    await expect(sketch.status()).toHaveText(/Saved/);

    await context.setOffline(true);
    await sketch.drawWithKey("o", { x: 300, y: 200 });
    await expect(sketch.status()).toHaveText(/Offline/, { timeout: 10_000 });
    await context.setOffline(false);
    await expect(sketch.status()).toHaveText(/Saved/, { timeout: 20_000 });
    await expect
      .poll(async () => (await sketch.storedScene(itemId)).elements.map((e) => e.type).sort(), { timeout: 15_000 })
      .toEqual(["ellipse", "rectangle"]);
  });

  test("pages without a canvas never load Excalidraw's code, styles or fonts", async ({ signedIn: page }) => {
    const rec = await recordRequests(page);
    await page.goto("/dashboard");
    await page.goto("/questions");
    await page.goto("/questions?kind=design");
    const sketch = new SketchPage(page);
    await sketch.startDesignInterview({ kinds: ["Concept"] });
    await expect(page.getByRole("button", { name: "Add a sketch" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const assets = await rec.assets();
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => EXCALIDRAW_JS.test(a.body)).map((a) => a.url)).toEqual([]);
    expect(assets.filter((a) => EXCALIDRAW_CSS.test(a.body)).map((a) => a.url)).toEqual([]);
    expect(rec.urls.filter((u) => u.includes("/excalidraw-assets/"))).toEqual([]);

    // Asking for a sketch loads it then, and only then.
    await page.getByRole("button", { name: "Add a sketch" }).click();
    await sketch.ready();
    const after = await rec.assets();
    expect(after.some((a) => EXCALIDRAW_JS.test(a.body))).toBe(true);
  });

  test("time-up locks the canvas and keeps the drawing", async ({ signedIn: page }) => {
    test.setTimeout(180_000);
    const sketch = new SketchPage(page);
    await sketch.startDesignInterview({ minutes: 1 });
    await sketch.ready();
    const interviewId = sketch.interviewId;
    await sketch.drawWithKey("r", { x: 120, y: 120 });
    const itemId = await sketch.waitForSave();

    // The deadline passes: the page locks, finishes and moves to the review by itself.
    await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/review$`), { timeout: 90_000 });
    const mine = page.getByRole("region", { name: "Your sketch (read-only)" });
    await expect(mine).toHaveAttribute("data-readonly", "true");
    await expect(mine.locator("canvas").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("region", { name: "Reference diagram (read-only)" })).toBeVisible();

    const stored = await sketch.storedScene(itemId);
    expect(stored.elements.map((e) => e.type)).toEqual(["rectangle"]);
    // Past the deadline plus the grace for saves in flight, a write changes nothing.
    await page.waitForTimeout(WRITE_GRACE_MS + 1000);
    const late = await page.request.put(`/api/interviews/${interviewId}/items/${itemId}/sketch`, {
      data: { revision: 999, scene: { elements: [] } },
    });
    expect(late.status()).toBe(409);
    expect((await sketch.storedScene(itemId)).elements).toHaveLength(1);
  });
});
