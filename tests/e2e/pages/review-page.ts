import { expect, type Locator, type Page } from "@playwright/test";

/** Answers that mention at least one key point of every beginner and intermediate concept question. */
export const COVERING_ANSWER =
  "Authentication first. A stateless design with JSON. The event loop handles I/O. Atomicity and durability hold. Reply 201 on success. " +
  "A b-tree index avoids a full table scan. Metrics and distributed tracing help. Availability matters. Use cache-aside with a TTL. " +
  "Read committed by default. At-least-once delivery. Optimistic locking.";

/** Finishing an interview from the live page: the button, then the confirmation. */
export async function finishInterview(page: Page) {
  await page.getByRole("button", { name: "Finish interview" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Finish and review" }).click();
  await page.waitForURL(/\/review$/);
}

export class ReviewPage {
  constructor(readonly page: Page) {}

  item(n: number): Locator {
    return this.page.locator(`[data-review-item][data-position="${n - 1}"]`);
  }

  keyPoints(n: number): Locator {
    return this.item(n).getByRole("group", { name: "Key points covered" }).getByRole("checkbox");
  }

  async expectSideBySide(n: number) {
    const mine = this.item(n).getByRole("heading", { name: "Your answer" });
    const sample = this.item(n).getByRole("heading", { name: "Sample answer" });
    await expect(mine).toBeVisible();
    await expect(sample).toBeVisible();
    const a = (await mine.boundingBox())!;
    const b = (await sample.boundingBox())!;
    expect(b.x).toBeGreaterThan(a.x + a.width / 2);
    expect(Math.abs(a.y - b.y)).toBeLessThan(4);
  }
}
