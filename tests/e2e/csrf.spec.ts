import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { BASE_URL } from "../../playwright.config";
import { createOwnerData, isoDateIn, ownerSnapshot } from "./support/owner-data";
import { serverActionIds } from "./support/surface";

/**
 * A hostile page on another port of localhost: the same *site* as Mockline, so
 * the person's SameSite=Lax session cookie goes along with everything it sends.
 * It tries every write a page can make without asking first (PUT, PATCH and
 * DELETE need a CORS preflight, which no route answers) — `no-cors`
 * fetches with text/plain bodies and plain HTML forms (text/plain, and a
 * multipart form naming a server action) — and every one must be refused.
 */
function hostilePage(app: string, d: { activeId: string; textItem: string; finishedId: string; finishedItem: string; scheduledId: string; profileAction: string }): string {
  const when = JSON.stringify({ date: isoDateIn(61), time: "10:00", timeZone: "UTC", preset: "quick-concepts" });
  const answer = JSON.stringify({ revision: 99, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "OVERWRITTEN" }] }] } });
  const writes = [
    ["POST", `/api/schedule`, when],
    ["POST", `/api/interviews/${d.scheduledId}/start`, ""],
    ["POST", `/api/interviews/${d.activeId}/abandon`, ""],
    ["POST", `/api/interviews/${d.activeId}/items/${d.textItem}/submit`, ""],
    ["POST", `/api/interviews/${d.finishedId}/items/${d.finishedItem}/rating`, JSON.stringify({ rating: 1, keyPointsTicked: [], note: "OVERWRITTEN" })],
    ["POST", `/api/interviews/${d.activeId}/items/${d.textItem}/answer`, answer],
  ];
  return `<!doctype html><html><body>
<form id="plain" method="post" enctype="text/plain" action="${app}/api/schedule" target="sink"><input name='${when.slice(0, -1)},"x":"' value='"}'></form>
<form id="action" method="post" enctype="multipart/form-data" action="${app}/settings" target="sink2">
  <input name="$ACTION_ID_${d.profileAction}" value=""><input name="name" value="OVERWRITTEN"><input name="timeZone" value="UTC">
</form>
<iframe name="sink"></iframe><iframe name="sink2"></iframe>
<script>
  window.done = (async () => {
    for (const [method, path, body] of ${JSON.stringify(writes)}) {
      await fetch(${JSON.stringify(app)} + path, { method, mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: body || undefined }).catch(() => {});
    }
    document.getElementById("plain").submit();
    document.getElementById("action").submit();
    return true;
  })();
</script></body></html>`;
}

test("a page on another port of localhost cannot write anything, and is told 403", async ({ signedIn: page, account, browser }) => {
  test.setTimeout(120_000);
  const owner = await createOwnerData(page, account);
  const before = await ownerSnapshot(page.request, owner);
  const profileAction = serverActionIds().get("app/(app)/settings/actions.ts#updateProfileAction")!;
  expect(profileAction).toBeTruthy();

  const html = hostilePage(BASE_URL, {
    activeId: owner.active.id,
    textItem: owner.active.textItem,
    finishedId: owner.finished.id,
    finishedItem: owner.finished.item,
    scheduledId: owner.scheduled.id,
    profileAction,
  });
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const evil = `http://localhost:${(server.address() as AddressInfo).port}/`;
  try {
    // The victim's own browser (same context: the session cookie), visiting the hostile page.
    const tab = await page.context().newPage();
    const answers: Array<{ url: string; status: number }> = [];
    tab.on("response", (r) => {
      if (r.url().startsWith(BASE_URL) && r.request().method() !== "GET") answers.push({ url: r.url(), status: r.status() });
    });
    await tab.goto(evil);
    await tab.evaluate(() => (window as unknown as { done: Promise<boolean> }).done);
    await expect.poll(() => answers.length, { timeout: 15_000 }).toBe(8);
    for (const a of answers) expect(a.status, a.url).toBe(403);
    // The refusal says why, in JSON.
    const refused = await page.request.post(`/api/interviews/${owner.scheduled.id}/start`, { headers: { origin: evil.slice(0, -1), "sec-fetch-site": "same-site" } });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "forbidden", error: expect.stringMatching(/another site/) });
    await tab.close();
  } finally {
    server.close();
  }
  expect(await ownerSnapshot(page.request, owner)).toEqual(before);
  await page.goto("/settings");
  await expect(page.getByLabel("Name", { exact: true })).not.toHaveValue("OVERWRITTEN");
});

test("the same writes from Mockline's own pages still work", async ({ signedIn: page }) => {
  const when = { date: isoDateIn(62), time: "10:00", timeZone: "UTC", preset: "quick-concepts" };
  const status = await page.evaluate(async (body) => {
    const res = await fetch("/api/schedule", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return res.status;
  }, when);
  expect(status).toBe(201);
  const asText = await page.evaluate(async (body) => {
    const res = await fetch("/api/schedule", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }, when);
  expect(asText.status).toBe(415);
  expect(asText.body.error).toMatch(/application\/json/);
});
