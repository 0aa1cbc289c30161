import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { InterviewPage } from "./pages/interview-page";
import { finishInterview, knowingAnswer, ReviewPage } from "./pages/review-page";

test.describe("review", () => {
  test("finish, compare, change a suggested tick, rate with the keyboard, see the score and the due count", async ({ signedIn: page }) => {
    test.setTimeout(180_000);
    const live = new InterviewPage(page);
    await live.startWithPreset("Quick 15-min concepts");
    const answer = await knowingAnswer(page);
    await live.type(answer);
    await finishInterview(page);

    const review = new ReviewPage(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Review");
    await review.expectSideBySide(1);
    await expect(review.item(1).getByLabel("Your answer", { exact: true })).toContainText(answer.slice(0, 40));
    // The words that matched a key point are marked inside the rendered answer.
    await expect(review.item(1).getByLabel("Your answer", { exact: true }).locator("mark").first()).toBeVisible();

    // The matcher pre-ticked at least one key point; untick one.
    const boxes = review.keyPoints(1);
    const total = await boxes.count();
    expect(total).toBeGreaterThan(0);
    const checked = review.item(1).getByRole("group", { name: "Key points covered" }).getByRole("checkbox", { checked: true });
    const suggested = await checked.count();
    expect(suggested).toBeGreaterThan(0);
    const first = checked.first();
    const label = await first.evaluate((el) => el.closest("label")?.textContent ?? "");
    await first.uncheck();
    const box = review.item(1).getByRole("checkbox", { name: label });
    await expect(box).not.toBeChecked();
    await expect(box).toBeFocused();

    const ratedTitle = ((await review.item(1).getByRole("heading", { level: 2 }).textContent()) ?? "").replace(/^1\.\s*/, "");
    // Nothing is fetched again after a rating: its answer updates the summary in the browser.
    const refetches: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "GET" && /\/review(\?|$)/.test(r.url())) refetches.push(r.url());
    });
    // Rate with the keyboard: 3 is Good.
    await page.keyboard.press("3");
    const ticked = suggested - 1;
    const expected = Math.round(100 * (0.6 * (ticked / total) + 0.4 * (2 / 3)));
    await expect(review.item(1).getByRole("status")).toContainText(`Score: ${expected} / 100`);
    await expect(review.item(1).getByRole("button", { name: "Good" })).toHaveAttribute("aria-pressed", "true");
    // Focus moves on to the next question.
    await expect(review.item(2).getByRole("heading", { level: 2 })).toBeFocused();

    // The summary shows the score per question and in total.
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary.getByRole("row").nth(1)).toContainText("Good");
    await expect(summary.getByRole("row").nth(1)).toContainText(String(expected));
    await expect(summary.getByLabel(`Total score: ${expected} out of 100`)).toBeVisible();
    await expect(summary.getByRole("heading", { name: "Weakest topics" })).toBeVisible();
    await expect(summary.getByRole("listitem").first()).toContainText(String(expected));
    expect(refetches).toEqual([]);

    // The corrected tick is what was stored.
    await page.reload();
    await expect(review.item(1).getByRole("checkbox", { name: label })).not.toBeChecked();
    await expect(review.item(1).getByText(/Comes back for review in 10 minutes/)).toBeVisible();
    for (const theme of ["light", "dark"]) {
      await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }

    // The dashboard counts the question as due and starts a review interview of it.
    await page.goto("/dashboard");
    await expect(page.getByText("1 question due for review")).toBeVisible();
    await page.getByRole("button", { name: "Review due questions" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Question 1 of 1")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ratedTitle);
  });

  test("the rating endpoint refuses bad input: 409 too early, 400 off the scale or unknown key point, 404 not yours", async ({ signedIn: page }) => {
    const live = new InterviewPage(page);
    await live.startWithPreset("Quick 15-min concepts");
    const id = page.url().split("/").pop()!;
    // The autosave names the item; rating it while the clock runs is too early.
    const saved = page.waitForRequest((r) => /\/items\/[0-9a-f-]{36}\/answer$/.test(new URL(r.url()).pathname));
    await live.type("cache");
    const early = new URL((await saved).url()).pathname.split("/")[5]!;
    const api = page.request;
    const tooEarly = await api.post(`/api/interviews/${id}/items/${early}/rating`, { data: { rating: 3, keyPointsTicked: [] } });
    expect(tooEarly.status()).toBe(409);

    const state = await (await api.post(`/api/interviews/${id}/finish`)).json();
    const item = state.items[0].id as string;
    const rate = (body: unknown, iv = id, it = item) => api.post(`/api/interviews/${iv}/items/${it}/rating`, { data: body });
    expect((await rate({ rating: 5, keyPointsTicked: [] })).status()).toBe(400);
    expect((await rate({ rating: 0, keyPointsTicked: [] })).status()).toBe(400);
    const badKp = await rate({ rating: 3, keyPointsTicked: [99] });
    expect(badKp.status()).toBe(400);
    expect((await badKp.json()).error).toMatch(/Key point 99 does not exist/);
    expect((await rate({ rating: 3, keyPointsTicked: [] }, "00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    expect((await rate({ rating: 3, keyPointsTicked: [0] })).status()).toBe(200);
  });

  test("a review sends the first question whole and the later ones when they are scrolled to, each rated in place", async ({ signedIn: page }) => {
    test.setTimeout(120_000);
    const live = new InterviewPage(page);
    await live.startWithPreset("Quick 15-min concepts");
    await live.type("A cache keeps hot data close; a TTL bounds how stale it gets.");
    await live.waitSaved();
    await finishInterview(page);
    const review = new ReviewPage(page);

    // The page itself holds one sample answer (the first question's); the others are frames with their headings.
    const html = await (await page.request.get(page.url())).text();
    expect(html.match(/aria-label="Sample answer"/g) ?? []).toHaveLength(1);
    expect(html.match(/data-review-heading/g) ?? []).toHaveLength(3);

    const third = review.item(3);
    await expect(third.getByRole("heading", { level: 2 })).toHaveText(/^3\. /);
    await third.scrollIntoViewIfNeeded();
    await expect(third.getByRole("heading", { name: "Sample answer" })).toBeVisible();
    // The second came with it, in the same call.
    await expect(review.item(2).getByRole("heading", { name: "Sample answer" })).toBeAttached();
    await expect(third).not.toHaveAttribute("aria-busy", "true");
    await review.expectSideBySide(3);

    // Rating a fetched question works like any other; the rating's answer brings its due date.
    await third.getByRole("button", { name: "Easy" }).click();
    await expect(third.getByRole("button", { name: "Easy" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("region", { name: "Summary" }).getByRole("row").nth(3)).toContainText("Easy");
    await expect(third.getByText(/Comes back for review/)).toBeVisible();

    // An address naming a later question loads it without scrolling by hand.
    await page.goto(`${page.url().split("#")[0]}#item-2`);
    await page.reload();
    await expect(review.item(2).getByRole("heading", { name: "Sample answer" })).toBeVisible();
  });
});
