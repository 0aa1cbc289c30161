import { expect, type Locator, type Page } from "@playwright/test";
import { loadQuestionFiles } from "../../../db/seed/bank";
import { checkSampleAnswer } from "../../../lib/question-file/sample-check";

/**
 * What a person who knows the drawn question would type: its own sample answer,
 * as plain text (the judge ticks every key point of it; the bank tests check so).
 * The title comes from the live page's editor ("Answer to: <title>").
 */
export async function knowingAnswer(page: Page): Promise<string> {
  const name = (await page.getByRole("textbox", { name: /^Answer to:/ }).getAttribute("aria-label")) ?? "";
  const title = name.replace(/^Answer to:\s*/, "").trim();
  const question = loadQuestionFiles().find((q) => q.title === title);
  if (!question) throw new Error(`No built-in question is titled "${title}"`);
  return checkSampleAnswer(question).text.replace(/\s+/g, " ");
}

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
