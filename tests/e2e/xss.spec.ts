/**
 * Stored XSS (issue 7, point 4): a corpus of payloads (support/xss-corpus.ts)
 * is stored through the app's own endpoints everywhere a person can write —
 * the display name, answers (as text and as editor JSON with hostile
 * attributes), the review note, Excalidraw text elements, element links, a
 * planted "generated HTML" iframe element and the SVG preview — then every page
 * that shows them is opened in Chromium. Nothing may run: no dialog opens, no
 * `xss-N` element exists and `window.__xss` is unset, in the page and in every
 * frame inside it (Excalidraw renders embeds as iframes).
 *
 * Question text cannot be written through the app (the bank is seeded); its
 * rendering path is covered by tests/unit/xss-render.test.tsx.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createOwnerData, rectangle, signedUpContext, textElement } from "./support/owner-data";
import { PROBE, SHORT_PAYLOAD, XSS_PAYLOADS } from "./support/xss-corpus";

const hostileDoc = {
  type: "doc",
  content: [
    ...XSS_PAYLOADS.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
    {
      type: "paragraph",
      attrs: { onclick: "window.__xss=101", style: "background:url(javascript:window.__xss=102)", id: "xss-103", class: "x" },
      content: [{ type: "text", text: "hostile attributes", marks: [{ type: "bold", attrs: { href: "javascript:window.__xss=104", onmouseover: "window.__xss=105" } }] }],
    },
    { type: "codeBlock", attrs: { language: `"><img src id=xss-106 onerror=alert(1)>` }, content: [{ type: "text", text: "code" }] },
    { type: "heading", attrs: { level: 2, onmouseover: "alert(107)" }, content: [{ type: "text", text: "<script>alert(108)</script>" }] },
    { type: "orderedList", attrs: { start: 1, type: `1" onclick="alert(9)` }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }] }] },
  ],
};

const hostileScene = {
  elements: [
    ...XSS_PAYLOADS.map((p, i) => textElement(`t-${i}`, p, { y: 20 + i * 30, width: 600 })),
    rectangle("link-js", { link: "javascript:window.__xss=120", x: 700 }),
    { ...rectangle("embed-js", { link: "javascript:window.__xss=121", x: 700, y: 100 }), type: "embeddable" },
    { ...rectangle("iframe-gen", { x: 700, y: 200, width: 200, height: 120 }), type: "iframe", customData: { generationData: { status: "done", html: "<script>parent.__xss=122;window.__xss=122</script><img id=xss-122 src=x onerror=alert(122)>" } } },
    { ...rectangle("iframe-err", { x: 700, y: 350, width: 200, height: 120 }), type: "iframe", customData: { generationData: { status: "error", message: "<img id=xss-123 src=x onerror=alert(123)>" } } },
  ],
  appState: { viewBackgroundColor: "#fff" },
  files: {},
};

const hostilePreview =
  `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=130" width="400" height="100"><script>window.__xss=131</script>` +
  `<foreignObject width="100" height="100"><img xmlns="http://www.w3.org/1999/xhtml" id="xss-132" src="x" onerror="window.__xss=132"/></foreignObject>` +
  `<a href="javascript:window.__xss=133"><text x="5" y="20">link</text></a><image href="javascript:alert(134)"/>` +
  `<set attributeName="onmouseover" to="alert(135)"/><text x="5" y="60">${XSS_PAYLOADS[0]!.replace(/</g, "&lt;")}</text></svg>`;

/** Opens a page and asserts that nothing from the corpus ran in it or in any of its frames. */
async function expectInert(page: Page, dialogs: string[], url: string, ready: (page: Page) => Promise<void>) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await ready(page);
  for (const frame of page.frames()) {
    const found = await frame.evaluate(PROBE).catch(() => ({ xss: null, injected: [] as string[] }));
    expect({ url, frame: frame.url().slice(0, 80), ...found }).toEqual({ url, frame: frame.url().slice(0, 80), xss: null, injected: [] });
  }
  expect(dialogs, `dialogs on ${url}`).toEqual([]);
}

test("the XSS corpus stored everywhere a person can write runs nowhere it is shown", async ({ browser }) => {
  test.setTimeout(180_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
  const { context, page, account } = await signedUpContext(browser, "xss", SHORT_PAYLOAD);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const owner = await createOwnerData(page, account);
  const { id, textItem, designItem } = owner.active;
  const api = page.request;

  // Item 1 of the live interview is one of these two: both carry the hostile answer and the hostile sketch.
  for (const item of [textItem, designItem]) {
    const saved = await api.put(`/api/interviews/${id}/items/${item}/answer`, { data: { revision: 2, doc: hostileDoc } });
    expect(saved.status(), await saved.text()).toBe(200);
    const sketch = await api.put(`/api/interviews/${id}/items/${item}/sketch`, { data: { revision: 2, scene: hostileScene, previewSvg: hostilePreview } });
    expect(sketch.status(), await sketch.text()).toBe(200);
  }
  // Links are not part of the answer schema at all: a javascript: link is refused, not stored.
  const link = await api.put(`/api/interviews/${id}/items/${textItem}/answer`, {
    data: { revision: 3, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(110)" } }] }] }] } },
  });
  expect(link.status()).toBe(400);
  // Planted "generated HTML" never comes back.
  const stored = await (await api.get(`/api/interviews/${id}/items/${designItem}/sketch`)).text();
  expect(stored).not.toContain("generationData");
  expect(stored).toContain("xss-2"); // the text elements themselves are kept, as text

  const answerShown = async (p: Page) => {
    await expect(p.getByText(XSS_PAYLOADS[1]!, { exact: true }).first()).toBeVisible();
  };
  const canvasesDrawn = async (p: Page) => {
    const canvases = p.getByRole("region", { name: /sketch|Sketch canvas/ }).locator("canvas");
    await expect(canvases.first()).toBeVisible({ timeout: 30_000 });
  };

  // The live interview: the editor parses the stored document in the browser.
  await expectInert(page, dialogs, `/interviews/${id}`, async (p) => {
    await expect(p.getByRole("textbox", { name: /^Answer to:/ })).toContainText(XSS_PAYLOADS[0]!);
    await canvasesDrawn(p);
  });

  expect((await api.post(`/api/interviews/${id}/finish`)).status()).toBe(200);
  const rated = await api.post(`/api/interviews/${id}/items/${textItem}/rating`, { data: { rating: 2, keyPointsTicked: [], note: XSS_PAYLOADS.join("\n") } });
  expect(rated.status(), await rated.text()).toBe(200);

  await expectInert(page, dialogs, `/interviews/${id}/review`, async (p) => {
    // The review renders its first question; scrolling to the last one loads the others (which question holds what
    // depends on the draw).
    await p.locator("[data-review-item]").last().scrollIntoViewIfNeeded();
    await expect(p.locator("[data-review-item][aria-busy]")).toHaveCount(0);
    await answerShown(p);
    // The rated question's note box holds the corpus as text.
    const notes = p.getByRole("textbox", { name: "Note (optional)" });
    await expect.poll(() => notes.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))).toContain(XSS_PAYLOADS.join("\n"));
    await canvasesDrawn(p);
  });
  await expectInert(page, dialogs, `/interviews/${id}/print`, async (p) => {
    await answerShown(p);
    await expect(p.getByText(`Note: ${XSS_PAYLOADS[0]}`, { exact: false })).toBeVisible();
    await expect(p.getByRole("img", { name: /^Drawing for question/ }).first()).toBeVisible();
  });
  const nameShown = async (p: Page) => {
    await expect(p.getByText(SHORT_PAYLOAD).first()).toBeAttached();
  };
  await expectInert(page, dialogs, "/dashboard", async (p) => {
    await expect(p.getByRole("heading", { level: 1 })).toContainText(SHORT_PAYLOAD);
  });
  await expectInert(page, dialogs, "/history", nameShown);
  await expectInert(page, dialogs, "/schedule", nameShown);
  await expectInert(page, dialogs, "/topics", nameShown);
  // The stored preview, opened on its own: sanitised, and served under a sandboxing CSP besides.
  await expectInert(page, dialogs, `/api/interviews/${id}/items/${designItem}/sketch/preview`, async () => {});
  const preview = await (await api.get(`/api/interviews/${id}/items/${designItem}/sketch/preview`)).text();
  expect(preview).not.toMatch(/<script|onload=|foreignObject|javascript:|<set/i);

  // The Markdown export is a download, never rendered as a page.
  const md = await api.get(`/api/interviews/${id}/export.md`);
  expect(md.headers()["content-type"]).toMatch(/^text\/markdown/);
  expect(md.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(await md.text()).toContain("window.__xss=1");

  await context.close();
});
