import { expect, test } from "./fixtures";
import { InterviewPage } from "./pages/interview-page";
import { ReviewPage } from "./pages/review-page";

test.describe("timed interview", () => {
  test("setup shows how many questions match, and the live page shows progress and the clock", async ({ signedIn: page }) => {
    await page.goto("/interviews/new");
    await expect(page.getByRole("status").filter({ hasText: /questions? match/ })).toBeVisible();
    const types = page.getByRole("group", { name: "Question types" });
    for (const k of ["Concept", "Coding", "System design"]) await types.getByRole("checkbox", { name: k, exact: true }).uncheck();
    await expect(page.getByText("Choose at least one level and one type.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start interview" })).toBeDisabled();

    const room = new InterviewPage(page);
    await room.startWithPreset("45-min mixed");
    await expect(page.getByText("Question 1 of 5")).toBeVisible();
    await expect(room.timer).toHaveText(/^4[45]:\d\d$/);
    await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button")).toHaveCount(5);

    // The state API says the same as the page: five items and a deadline about 45 minutes out.
    const id = new URL(page.url()).pathname.split("/").pop();
    const res = await page.request.get(`/api/interviews/${id}`);
    expect(res.status()).toBe(200);
    const state = await res.json();
    expect(state.status).toBe("active");
    expect(state.items).toHaveLength(5);
    const left = (Date.parse(state.deadlineAt) - Date.parse(state.serverNow)) / 1000;
    expect(Math.abs(left - (await room.secondsLeft()))).toBeLessThan(5);
  });

  test("typed text survives a reload, and resumes from the dashboard", async ({ signedIn: page }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    await room.type("Idempotent methods can be retried safely.");
    await room.page.keyboard.press("Enter");
    await room.page.keyboard.type("Second paragraph.");
    await room.waitSaved();
    const url = page.url();
    await page.reload();
    await expect(room.editor).toContainText("Idempotent methods can be retried safely.");
    await expect(room.editor).toContainText("Second paragraph.");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Interview in progress" })).toBeVisible();
    await page.getByRole("link", { name: "Resume" }).click();
    await expect(page).toHaveURL(url);
    await expect(room.editor).toContainText("Second paragraph.");
  });

  test("moving between questions keeps each answer, and typing after coming back adds to it", async ({ signedIn: page }) => {
    const room = new InterviewPage(page);
    await room.startCustom({ kinds: ["Concept"], count: 2, mode: "total" });
    await room.type("First question, first visit.");
    await room.waitSaved();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(room.editor).not.toContainText("First question");
    await room.type("Second question.");
    await room.waitSaved();
    await page.getByRole("button", { name: "Previous" }).click();
    await expect(page.getByText("Question 1 of 2")).toBeVisible();
    // The answer typed on the first visit is there, not the page's first copy.
    await expect(room.editor).toContainText("First question, first visit.");
    await room.editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Added later.");
    await room.waitSaved();
    await page.reload();
    await expect(room.editor).toContainText("First question, first visit. Added later.");
    await page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: /^Question 2:/ }).click();
    await expect(room.editor).toContainText("Second question.");
  });

  test("keys typed before the editor's code has arrived are kept, in order", async ({ signedIn: page }) => {
    // Hold back the script that carries the editor (TipTap/ProseMirror) for a few seconds.
    let held = 0;
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("ProseMirror")) {
        held += 1;
        await new Promise((r) => setTimeout(r, 4000));
      }
      await route.fulfill({ response, body });
    });
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    await room.editor.click();
    await page.keyboard.type("Typed early.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Second line");
    await expect(room.editor).toContainText("Second line");
    // Still the stand-in: the keys were kept by it, not by the editor.
    await expect(page.locator(".ProseMirror")).toHaveCount(0);
    await expect(page.locator(".ProseMirror")).toBeVisible({ timeout: 15_000 });
    await page.keyboard.type(", then more.");
    await room.waitSaved();
    expect(held).toBeGreaterThan(0);
    await page.reload();
    await expect(room.editor.locator("p")).toHaveText(["Typed early.", "Second line, then more."]);
  });

  test("if the editor's code cannot be fetched, the answer box still takes text and saves it", async ({ signedIn: page }) => {
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("ProseMirror")) await route.abort("internetdisconnected");
      else await route.fulfill({ response, body });
    });
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    await room.type("Plain text still works.");
    await expect(page.getByRole("alert").filter({ hasText: "could not be loaded" })).toBeVisible();
    await room.waitSaved();
    await page.unrouteAll({ behavior: "wait" });
    await page.reload();
    await expect(room.editor).toContainText("Plain text still works.");
  });

  test("a draft the server never got is restored after a reload, and the editor does not replace it with its older copy", async ({ signedIn: page }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    await room.type("Saved part.");
    await room.waitSaved();
    // The server stops taking this answer's saves (the last-chance send on leaving too): only the device has what follows.
    await page.route("**/api/interviews/*/items/*/answer", (route) => route.abort("connectionrefused"));
    await page.keyboard.type(" Only on this device.");
    await expect(room.saveStatus).not.toHaveText(/^Saved/);
    await page.reload();
    await expect(room.editor).toContainText("Saved part. Only on this device.");
    await page.unrouteAll({ behavior: "wait" });
    await room.waitSaved();
    await page.reload();
    await expect(room.editor).toContainText("Saved part. Only on this device.");
  });

  test("offline typing is kept on the device and saved when the network returns", async ({ signedIn: page, context }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    await room.type("Before going offline. ");
    await room.waitSaved();
    await context.setOffline(true);
    await room.page.keyboard.type("Typed while offline.");
    await expect(room.saveStatus).toHaveText("Offline — your work is kept on this device", { timeout: 15_000 });
    await context.setOffline(false);
    await room.waitSaved();
    await page.reload();
    await expect(room.editor).toContainText("Typed while offline.");
  });

  test("moving the computer's clock forward an hour does not change the time left", async ({ signedIn: page }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    const before = await room.secondsLeft();
    const t0 = Date.now();
    expect(before).toBeGreaterThan(14 * 60 - 30);
    await page.clock.setSystemTime(new Date(Date.now() + 60 * 60_000));
    await page.waitForTimeout(1500);
    const after = await room.secondsLeft();
    // The clock lost what really passed (give or take the countdown's rounding
    // and a re-sync with the server), not the hour the computer's clock jumped.
    const passed = () => (Date.now() - t0) / 1000;
    expect(before - after).toBeGreaterThanOrEqual(-2);
    expect(before - after).toBeLessThanOrEqual(passed() + 2);
    await expect(room.editor).toBeEditable();
    // A reload with the clock still an hour ahead shows the same time left.
    await page.reload();
    await expect(room.timer).toBeVisible();
    const reloaded = await room.secondsLeft();
    expect(before - reloaded).toBeGreaterThanOrEqual(-2);
    expect(before - reloaded).toBeLessThanOrEqual(passed() + 2);
  });

  test("a short interview reaches its deadline, locks, and moves on by itself", async ({ signedIn: page }) => {
    test.setTimeout(150_000);
    const room = new InterviewPage(page);
    await room.startCustom({ kinds: ["Concept"], count: 1, minutes: 1, mode: "total" });
    await room.type("Written before the deadline.");
    await room.waitSaved();
    // At 0:00 the page locks the answer and goes to the review by itself.
    await page.waitForURL(/\/review$/, { timeout: 90_000 });
    await expect(page.getByRole("heading", { name: /^Review/ })).toBeVisible();
    // In the answer itself: a key point's evidence may quote the same words below it, depending on the question drawn.
    await expect(page.getByLabel("Your answer", { exact: true }).getByText("Written before the deadline.")).toBeVisible();
  });

  test("answer endpoint: bad input gets a clear 4xx, and others' interviews are not found", async ({ signedIn: page, browser }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    const [, , id] = new URL(page.url()).pathname.split("/");
    // Find the item's endpoint from a save the page makes.
    const save = page.waitForRequest((r) => r.method() === "PUT" && r.url().includes("/answer"));
    await room.type("x");
    const url = (await save).url();
    expect(url).toContain(`/api/interviews/${id}/items/`);

    const api = page.request;
    const bad = await api.put(url, { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/valid JSON/);
    const wrongShape = await api.put(url, { data: { revision: 99, doc: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } } });
    expect(wrongShape.status()).toBe(400);
    expect((await wrongShape.json()).error).toMatch(/Unsupported block/);
    const noRevision = await api.put(url, { data: { doc: { type: "doc", content: [] } } });
    expect(noRevision.status()).toBe(400);
    expect((await noRevision.json()).error).toMatch(/revision/);
    const notObject = await api.put(url, { data: [1, 2] });
    expect(notObject.status()).toBe(400);
    expect((await notObject.json()).error).toMatch(/JSON object/);
    const huge = await api.put(url, { data: { revision: 100, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a".repeat(300_000) }] }] } } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toMatch(/256 KB/);
    const tooManyChars = await api.put(url, {
      data: { revision: 101, doc: { type: "doc", content: Array.from({ length: 11 }, () => ({ type: "paragraph", content: [{ type: "text", text: "b".repeat(9_500) }] })) } },
    });
    expect(tooManyChars.status()).toBe(400);
    expect((await tooManyChars.json()).error).toMatch(/limit is 100,000/);

    // Another person: 404 on read, write and transitions.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const { AuthPage } = await import("./pages/auth-page");
    const { newAccount } = await import("./fixtures");
    await new AuthPage(otherPage).signUp(newAccount("other"));
    await otherPage.waitForURL(/dashboard/);
    const res = await otherPage.goto(`/interviews/${id}`);
    expect(res?.status()).toBe(404);
    const write = await otherPage.request.put(url, { data: { revision: 500, doc: { type: "doc", content: [] } } });
    expect(write.status()).toBe(404);
    const finish = await otherPage.request.post(`/api/interviews/${id}/finish`);
    expect(finish.status()).toBe(404);
    await other.close();

    // Finishing, then writing: 409 with a message, and the text stays.
    await page.getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Finish and review" }).click();
    await page.waitForURL(/\/review$/);
    await page.waitForTimeout(6000); // past the grace for saves in flight
    const late = await api.put(url, { data: { revision: 1000, doc: { type: "doc", content: [] } } });
    expect(late.status()).toBe(409);
    expect((await late.json()).error).toMatch(/finished/);
  });

  test("per question: submitting moves to the next question on its own clock", async ({ signedIn: page }) => {
    const room = new InterviewPage(page);
    await room.startCustom({ kinds: ["Concept"], count: 2, mode: "per" });
    await expect(page.getByText("Question 1 of 2")).toBeVisible();
    await expect(page.getByText("Time left for this question")).toBeVisible();
    await room.type("First answer.");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(room.editor).not.toContainText("First answer.");
    await room.type("Second answer.");
    await page.getByRole("button", { name: "Submit answer and finish" }).click();
    await page.waitForURL(/\/review$/);
    const review = new ReviewPage(page);
    await expect(review.item(1).getByText("First answer.")).toBeVisible();
    // The second question's review loads as the person scrolls to it.
    await review.item(2).scrollIntoViewIfNeeded();
    await expect(review.item(2).getByText("Second answer.")).toBeVisible();
  });
});
