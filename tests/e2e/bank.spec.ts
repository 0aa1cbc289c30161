import { expect, test } from "./fixtures";

test.describe("question bank", () => {
  test("browse, filter by level and type, search, and the URL keeps the filters", async ({ signedIn: page }) => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questions" }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
    const list = page.getByRole("list", { name: "Questions" });
    await expect(list.getByRole("listitem").first()).toBeVisible();
    // The whole bank is counted; the list shows one page of it, with links to the others.
    const status = page.getByRole("status").filter({ hasText: /questions in the bank/ });
    const total = Number((await status.textContent())!.match(/(\d+) questions/)![1]);
    expect(total).toBeGreaterThanOrEqual(150);
    const all = await list.getByRole("listitem").count();
    expect(all).toBeGreaterThanOrEqual(10);
    expect(all).toBeLessThan(total);
    const pages = page.getByRole("navigation", { name: "Pages of questions" });
    const firstTitle = await list.getByRole("link").first().textContent();
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 2");
    await expect(list.getByRole("link").first()).not.toHaveText(firstTitle!);
    await pages.getByRole("link", { name: "Page 1", exact: true }).click();
    await expect(list.getByRole("link").first()).toHaveText(firstTitle!);

    await page.getByLabel("Level").selectOption("advanced");
    await page.getByLabel("Type").selectOption("design");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/level=advanced/);
    await expect(page).toHaveURL(/kind=design/);
    const matching = page.getByRole("status").filter({ hasText: /match your filters/ });
    const filteredTotal = Number((await matching.textContent())!.match(/(\d+) questions?/)![1]);
    expect(filteredTotal).toBeGreaterThan(0);
    expect(filteredTotal).toBeLessThan(total);
    expect(await list.getByRole("listitem").count()).toBe(Math.min(filteredTotal, all));
    for (const item of await list.getByRole("listitem").all()) {
      await expect(item.getByText("Advanced", { exact: true })).toBeVisible();
      await expect(item.getByText("System design", { exact: true }).first()).toBeVisible();
    }

    await page.goto("/questions?q=CAP");
    await expect(list.getByRole("link", { name: /CAP/ }).first()).toBeVisible();
    await page.goto("/questions?q=zzzz-nothing-matches");
    await expect(page.getByText("No question matches these filters.")).toBeVisible();
  });

  test("open a question, reveal the sample answer", async ({ signedIn: page }) => {
    await page.goto("/questions?q=ACID");
    await page.getByRole("list", { name: "Questions" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/ACID/i);
    await expect(page.getByRole("heading", { name: "Sample answer" })).toBeHidden();
    await page.getByText("Reveal sample answer").click();
    await expect(page.getByRole("heading", { name: "Sample answer" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Key points" })).toBeVisible();
    await expect(page.getByText(/atomic/i).first()).toBeVisible();
  });

  test("an unknown question is a proper 404 page", async ({ signedIn: page }) => {
    const res = await page.goto("/questions/no-such-question");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    const res2 = await page.goto("/questions/%3Cscript%3E");
    expect(res2?.status()).toBe(404);
  });

  test("theme switches to dark and stays after a reload", async ({ signedIn: page }) => {
    const html = page.locator("html");
    for (let i = 0; i < 3 && (await html.getAttribute("data-theme")) !== "dark"; i++) {
      await page.getByRole("button", { name: /^Theme:/ }).click();
    }
    await expect(html).toHaveAttribute("data-theme", "dark");
    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "dark");
  });
});

test("health reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.ok()).toBe(true);
  expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true } });
});
