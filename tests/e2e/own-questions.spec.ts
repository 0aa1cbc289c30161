import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { InterviewPage } from "./pages/interview-page";
import { finishInterview, ReviewPage } from "./pages/review-page";
import { SketchPage } from "./pages/sketch-page";
import { signedUpContext } from "./support/owner-data";

const SAMPLE = "A cache keeps hot data close to the reader, so reads are fast. The price is stale data: what the cache holds may be older than the database.";

test.describe("your own questions", () => {
  test("write a question with a key point and see the live preview; practise only my questions; export, import as another person, and only they see it", async ({ browser }) => {
    test.setTimeout(240_000);
    const a = await signedUpContext(browser, "author");
    const page = a.page;
    const title = `Cache freshness ${Date.now()} <script>window.__pwned=1</script>`;

    // Write it.
    await page.goto("/questions");
    await page.getByRole("link", { name: "New question" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
    await page.getByLabel("Title").fill(title);
    await expect(page.getByLabel("Slug")).toHaveValue(/^cache-freshness-\d+-script-window-pwned-1-script$/);
    const slug = await page.getByLabel("Slug").inputValue();
    await page.getByLabel("Level").selectOption("beginner");
    await page.getByRole("checkbox", { name: "Caching" }).check();
    await page.getByRole("textbox", { name: "Prompt" }).click();
    await page.keyboard.insertText("Why would you put a cache in front of a database, and what does it cost?");
    await page.getByRole("textbox", { name: "Sample answer" }).click();
    await page.keyboard.insertText(SAMPLE);
    await page.getByLabel("Label").fill("A cache may serve stale data");
    await page.getByLabel("Phrases that show it (comma-separated)").fill("stale data, older than the database");

    // The live preview: the sample answer shows the key point; a try without it does not.
    const inSample = page.getByRole("list", { name: "Judged in the sample answer" });
    await expect(inSample.getByRole("listitem").filter({ hasText: "A cache may serve stale data" })).toHaveAttribute("data-matched", "yes");
    await page.getByLabel("Try an answer").fill("Caches make reads faster.");
    await expect(page.getByRole("list", { name: "Judged in your try" }).getByRole("listitem").first()).toHaveAttribute("data-matched", "no");
    await page.getByLabel("Try an answer").fill("It can return stale data.");
    await expect(page.getByRole("list", { name: "Judged in your try" }).getByRole("listitem").first()).toHaveAttribute("data-matched", "yes");
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

    await page.getByRole("button", { name: "Save question" }).click();
    await page.waitForURL(new RegExp(`/questions/${slug}\\?saved=1$`));
    // Script in the title is text, never run.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto("/questions?source=mine");
    await expect(page.getByRole("list", { name: "Questions" }).getByRole("listitem")).toHaveCount(1);

    // Practise only my questions: the draw takes it, then answer and review.
    await page.goto("/interviews/new");
    await page.getByRole("radio", { name: "Only my questions" }).check();
    await page.getByRole("group", { name: "Levels" }).getByRole("checkbox", { name: "Beginner" }).check();
    await page.getByLabel("Number of questions").fill("1");
    await expect(page.getByRole("status").filter({ hasText: /^1 question matches\.$/ })).toBeVisible();
    const live = new InterviewPage(page);
    await live.start();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    // Typed as keys, as a person does: text inserted with no key events (insertText) before the editor's code has
    // taken over the answer box reaches nothing, and a CI run finished with no answer.
    await live.type("It speeds reads up, but it may hand back stale data.");
    await finishInterview(page);
    const review = new ReviewPage(page);
    await expect(review.item(1).getByRole("heading", { level: 2 })).toContainText(title);
    await expect(review.item(1).getByRole("checkbox", { name: "A cache may serve stale data" })).toBeChecked();

    // Export mine as question files; import them as someone else.
    const exported = await page.request.get("/api/questions/export?source=mine");
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toBe("application/zip");
    const zip = await exported.body();

    const b = await signedUpContext(browser, "importer");
    await b.page.goto("/questions/import");
    await b.page.getByLabel("Question file, zip or CSV").setInputFiles({ name: "from-a.zip", mimeType: "application/zip", buffer: zip });
    await b.page.getByRole("button", { name: "Preview import" }).click();
    const planned = b.page.getByRole("table");
    await expect(planned.getByRole("row").filter({ hasText: slug })).toContainText("Create");
    await b.page.getByRole("button", { name: "Import 1 question" }).click();
    await expect(b.page.getByRole("status").filter({ hasText: "Imported: 1 new question, 0 updates." })).toBeVisible();
    // Importing it again updates instead of duplicating.
    await b.page.getByRole("button", { name: "Preview import" }).click();
    await expect(b.page.getByRole("table").getByRole("row").filter({ hasText: slug })).toContainText("Update");
    await b.page.goto("/questions?source=mine");
    await expect(b.page.getByRole("list", { name: "Questions" }).getByRole("link", { name: title })).toBeVisible();
    expect((await b.page.request.get(`/questions/${slug}`)).status()).toBe(200);

    // Nobody else sees it.
    const c = await signedUpContext(browser, "bystander");
    expect((await c.page.request.get(`/questions/${slug}`)).status()).toBe(404);
    await c.page.goto(`/questions?q=${encodeURIComponent("Cache freshness")}`);
    await expect(c.page.getByRole("list", { name: "Questions" })).toHaveCount(0);
    for (const ctx of [a, b, c]) await ctx.context.close();
  });

  test("a design question's reference diagram is drawn in the editor, reopens there, and is the review's reference", async ({ signedIn: page }) => {
    test.setTimeout(180_000);
    const title = `Design a pastebin ${Date.now()}`;
    await page.goto("/questions/new");
    await page.getByLabel("Title").fill(title);
    const slug = await page.getByLabel("Slug").inputValue();
    await page.getByLabel("Level").selectOption("advanced");
    await page.getByLabel("Kind").selectOption("design");
    await page.getByLabel("Suggested minutes").fill("40");
    await page.getByRole("checkbox", { name: "System design" }).check();
    await page.getByRole("textbox", { name: "Prompt" }).click();
    await page.keyboard.insertText("Design a service where people paste text and share a link to it.");
    await page.getByRole("textbox", { name: "Sample answer" }).click();
    await page.keyboard.insertText("Pastes go to object storage behind a CDN; a key-value store maps each short key to the object.");
    await page.getByLabel("Design outline (Markdown, one ### heading per phase)").fill(
      ["Requirements", "Core entities", "API", "High-level design", "Deep dives", "Trade-offs"].map((h) => `### ${h}\n\n- Notes on ${h.toLowerCase()}.`).join("\n\n"),
    );
    await page.getByLabel("Label").fill("Paste bodies live in object storage");
    await page.getByLabel("Phrases that show it (comma-separated)").fill("object storage, blob store");

    // Two shapes on the reference canvas.
    const canvas = new SketchPage(page, /^Reference diagram canvas$/);
    await canvas.ready();
    await canvas.drawWithKey("r", { x: 120, y: 120 });
    await canvas.drawWithKey("o", { x: 320, y: 160 });
    await page.getByRole("button", { name: "Save question" }).click();
    await page.waitForURL(new RegExp(`/questions/${slug}\\?saved=1$`));

    // Editing reopens the drawing on the canvas.
    await page.goto(`/questions/${slug}/edit`);
    await canvas.ready();
    const draft = async () => JSON.parse(await page.locator('input[name="draft"]').inputValue()) as { referenceScene: { elements: { type: string }[] } | null };
    await expect.poll(async () => (await draft()).referenceScene?.elements.map((e) => e.type).sort() ?? [], { timeout: 15_000 }).toEqual(["ellipse", "rectangle"]);

    // Practised and reviewed: the review's reference diagram is the one drawn.
    await page.goto("/interviews/new");
    await page.getByRole("radio", { name: "Only my questions" }).check();
    await page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: "System design", exact: true }).check();
    await page.getByRole("group", { name: "Levels" }).getByRole("checkbox", { name: "Advanced" }).check();
    await page.getByLabel("Number of questions").fill("1");
    await expect(page.getByRole("status").filter({ hasText: /^1 question matches\.$/ })).toBeVisible();
    await new InterviewPage(page).start();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    const interviewId = new URL(page.url()).pathname.split("/")[2]!;
    await finishInterview(page);
    await expect(page.getByRole("region", { name: "Reference diagram (read-only)" })).toBeVisible({ timeout: 30_000 });
    const state = (await (await page.request.get(`/api/interviews/${interviewId}`)).json()) as { items: { id: string }[] };
    const ref = await page.request.get(`/api/interviews/${interviewId}/items/${state.items[0]!.id}/reference`);
    expect(ref.status()).toBe(200);
    const scene = ((await ref.json()) as { scene: { elements: { type: string }[] } }).scene;
    expect(scene.elements.map((e) => e.type).sort()).toEqual(["ellipse", "rectangle"]);
  });

  test("an import with a problem is refused whole and names the file and line", async ({ signedIn: page }) => {
    await page.goto("/questions/import");
    const bad = "---\nslug: bad-one\ntitle: Broken\nlevel: expert\nkind: concept\ntopics: [caching]\nminutes: 5\nkeyPoints:\n  - label: Something\n    any: [thing]\n---\n## Prompt\n\nP\n\n## Sample answer\n\nA\n";
    await page.getByLabel("Question file, zip or CSV").setInputFiles({ name: "bad-one.md", mimeType: "text/markdown", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("heading", { name: /1 problem — nothing will be imported/ })).toBeVisible();
    await expect(page.getByText("bad-one.md: level: must be one of: beginner, intermediate, advanced (line 4)")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
  });
});
