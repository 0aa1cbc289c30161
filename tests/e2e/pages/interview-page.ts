import { expect, type Page } from "@playwright/test";

/** The setup form and the live interview, as a person uses them. */
export class InterviewPage {
  constructor(readonly page: Page) {}

  async startWithPreset(label: string) {
    await this.page.goto("/interviews/new");
    await this.page.getByRole("button", { name: new RegExp(label) }).click();
    await this.start();
  }

  /** Sets up an interview from the form: only the given kinds, total mode with a budget in minutes. */
  async startCustom(opts: { kinds: ("Concept" | "Coding" | "System design")[]; count: number; minutes?: number; mode?: "total" | "per" | "untimed" }) {
    await this.page.goto("/interviews/new");
    const types = this.page.getByRole("group", { name: "Question types" });
    for (const k of ["Concept", "Coding", "System design"] as const) {
      await types.getByRole("checkbox", { name: k, exact: true }).setChecked(opts.kinds.includes(k));
    }
    await this.page.getByLabel("Number of questions").fill(String(opts.count));
    const mode = opts.mode ?? "total";
    await this.page.getByRole("radio", { name: mode === "total" ? /Total budget/ : mode === "per" ? /Per question/ : /Untimed/ }).check();
    if (opts.minutes !== undefined) await this.page.getByLabel("Time budget (minutes)").fill(String(opts.minutes));
    await this.start();
  }

  async start() {
    await expect(this.page.getByRole("status").filter({ hasText: /questions? match/ })).toBeVisible();
    await this.page.getByRole("button", { name: "Start interview" }).click();
    await this.page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await expect(this.editor).toBeVisible();
  }

  get editor() {
    return this.page.getByRole("textbox", { name: /^Answer to:/ });
  }

  get timer() {
    return this.page.getByRole("timer");
  }

  get saveStatus() {
    return this.page.getByRole("status", { name: "Answer save status" });
  }

  async type(text: string) {
    await this.editor.click();
    await this.page.keyboard.type(text);
  }

  async waitSaved() {
    await expect(this.saveStatus).toHaveText(/^Saved \d/, { timeout: 15_000 });
  }

  /** Seconds left on the clock, read from the page. */
  async secondsLeft(): Promise<number> {
    const text = (await this.timer.textContent()) ?? "";
    const parts = text.trim().split(":").map(Number);
    return parts.reduce((acc, n) => acc * 60 + n, 0);
  }
}
