import { expect, test } from "./fixtures";
import { InterviewPage } from "./pages/interview-page";
import { SketchPage } from "./pages/sketch-page";

test.describe("design questions run in phases", () => {
  test("three phases on the server's clock; an hour on the computer's clock changes nothing; the review shows the phase table", async ({ signedIn: page }) => {
    test.setTimeout(120_000);
    await new SketchPage(page).startDesignInterview({ minutes: 40 });
    const room = new InterviewPage(page);
    const phases = page.getByRole("region", { name: /^Phase \d of 6/ });
    await expect(phases.getByRole("heading", { name: "Phase 1 of 6: Requirements" })).toBeVisible();
    const clock = phases.locator("[data-phase-clock]");
    await expect(clock).toHaveText(/^Phase time: \d+:\d\d left of [\d.]+ min$/);
    // The budgets follow the question's minutes in the default 5/2/5/15/10/3 split: high-level design gets three times requirements.
    const budget = async (name: string) => Number((await phases.getByRole("listitem").filter({ hasText: name }).textContent())!.match(/([\d.]+) min/)![1]);
    expect(Math.abs((await budget("High-level design")) - 3 * (await budget("Requirements")))).toBeLessThan(0.2);
    await room.type("Reads dominate: 100k per second.");

    // The computer's clock jumps an hour: the phase neither moves on nor overruns.
    await page.clock.setSystemTime(new Date(Date.now() + 60 * 60_000));
    await page.waitForTimeout(2500);
    await expect(phases.getByRole("heading")).toHaveText("Phase 1 of 6: Requirements");
    await expect(clock).toHaveText(/^Phase time: \d+:\d\d left of [\d.]+ min$/);
    await expect(clock).toHaveAttribute("data-overrun", "ok");

    await phases.getByRole("button", { name: "Next phase: Core entities" }).click();
    await expect(phases.getByRole("heading")).toHaveText("Phase 2 of 6: Core entities");
    await expect(room.editor.getByRole("heading", { name: "Core entities" })).toBeVisible();
    await page.keyboard.type("User, short link.");
    await page.keyboard.press("Alt+Shift+N");
    await expect(phases.getByRole("heading")).toHaveText("Phase 3 of 6: API");
    await expect(room.editor.getByRole("heading", { name: "API" })).toBeVisible();
    await expect(phases.getByRole("button", { name: "Next phase: High-level design" })).toHaveAttribute("aria-keyshortcuts", "Alt+Shift+N");
    await room.waitSaved();

    // A reload (still an hour ahead) shows the same phase, from the server.
    await page.reload();
    await expect(phases.getByRole("heading")).toHaveText("Phase 3 of 6: API");
    await expect(clock).toHaveText(/^Phase time: \d+:\d\d left of [\d.]+ min$/);

    // A skipped phase is refused by the server.
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const state = (await (await page.request.get(`/api/interviews/${id}`)).json()) as { items: { id: string }[] };
    const skip = await page.request.post(`/api/interviews/${id}/items/${state.items[0]!.id}/phase`, { data: { phase: "trade-offs" } });
    expect(skip.status()).toBe(400);

    await page.getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("button", { name: "Finish and review" }).click();
    await page.waitForURL(/\/review$/);
    const table = page.getByRole("table").filter({ has: page.getByText(/Time per phase/) });
    await expect(table.getByRole("row")).toHaveCount(7);
    await expect(table.getByRole("row", { name: /^Requirements/ })).toContainText("within budget");
    await expect(table.getByRole("row", { name: /^API/ })).toContainText(/\d+ s/);
    await expect(table.getByRole("row", { name: /^High-level design/ })).toContainText("not reached");
    // The notes of each phase sit beside the reference outline for it.
    const entities = page.locator("details.phase-notes").filter({ hasText: "Core entities" });
    await entities.locator("summary").click();
    await expect(entities).toContainText("User, short link.");
    await expect(entities.getByRole("heading", { name: "Reference outline" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Design checklist" })).toContainText("Phase 2: Core entities");

    // "Redo this" brings it back on the dashboard; the redo's review shows the previous attempt beside it.
    await page.getByRole("button", { name: "Redo this" }).click();
    await expect(page.getByRole("button", { name: "Redo this" })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/dashboard");
    const redoCard = page.getByRole("region", { name: "Redo what went wrong" });
    await redoCard.getByRole("button", { name: /^Redo / }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await expect(phases.getByRole("heading")).toHaveText("Phase 1 of 6: Requirements");
    await room.type("Reads dominate: 100k per second, cached in Redis.");
    await phases.getByRole("button", { name: "Next phase: Core entities" }).click();
    await room.waitSaved();
    await page.getByRole("button", { name: /^Submit answer/ }).click();
    await page.waitForURL(/\/review$/);
    const compare = page.getByRole("region", { name: "Compared with your previous attempt" });
    await expect(compare.getByRole("row", { name: /^Requirements/ })).toBeVisible();
    await compare.getByText("What changed in the text").click();
    await expect(compare.locator(".answer-diff ins", { hasText: "Redis" })).toBeVisible();
    await expect(redoCard).toHaveCount(0);
  });
});
