import { expect, type Page } from "@playwright/test";

/** The schedule page: book, list, download the invitation, start. */
export class SchedulePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/schedule");
    await expect(this.page.getByRole("heading", { name: "Schedule", level: 1 })).toBeVisible();
  }

  async book(opts: { date: string; time: string; timeZone: string; preset: string; topic?: string }) {
    await this.page.getByLabel("Date", { exact: true }).fill(opts.date);
    await this.page.getByLabel("Time", { exact: true }).fill(opts.time);
    const tz = this.page.getByLabel("Time zone", { exact: true }).first();
    await tz.fill(opts.timeZone);
    await this.page.getByLabel("Configuration").selectOption({ label: opts.preset });
    await this.page.getByLabel("Topic (optional)").selectOption({ label: opts.topic ?? "Any topic" });
    await this.page.getByRole("button", { name: "Schedule interview" }).click();
  }

  upcoming() {
    return this.page.getByRole("list", { name: "Upcoming interviews" }).getByRole("listitem");
  }
}

/** A date `days` from now as YYYY-MM-DD (UTC; far enough ahead to be in the future in any zone). */
export function isoDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
