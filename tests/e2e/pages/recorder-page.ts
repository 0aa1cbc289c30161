import { expect, type Locator, type Page } from "@playwright/test";

/** The live room's voice recorder and the review's player, as a person uses them. */
export class RecorderPage {
  constructor(readonly page: Page) {}

  get group(): Locator {
    return this.page.getByRole("group", { name: "Voice recording" });
  }

  button(name: string | RegExp): Locator {
    return this.group.getByRole("button", { name, exact: typeof name === "string" });
  }

  /** "Recording 0:07", "Paused 0:07", "Recorded 0:07". */
  indicator(state: "Recording" | "Paused" | "Recorded"): Locator {
    return this.group.getByText(new RegExp(`^${state} \\d+:\\d\\d$`));
  }

  get uploadStatus(): Locator {
    return this.page.getByRole("status", { name: "Recording save status" });
  }

  /** Seconds shown on the indicator. */
  async seconds(): Promise<number> {
    const text = (await this.group.locator(".rec-indicator").textContent()) ?? "";
    const [m, s] = text.replace(/^\D+/, "").split(":").map(Number);
    return (m ?? 0) * 60 + (s ?? 0);
  }

  /** What the server holds of an item's recording. */
  async stored(interviewId: string, itemId: string): Promise<{ status: number; durationMs: number; parts: { part: number }[] }> {
    const res = await this.page.request.get(`/api/interviews/${interviewId}/items/${itemId}/recording`);
    if (!res.ok()) return { status: res.status(), durationMs: 0, parts: [] };
    return { status: res.status(), ...((await res.json()) as { durationMs: number; parts: { part: number }[] }) };
  }

  /** Recording for about `seconds`, by the indicator. */
  async waitRecorded(seconds: number) {
    await expect(this.indicator("Recording")).toBeVisible({ timeout: 20_000 });
    const from = await this.seconds();
    await expect.poll(() => this.seconds(), { timeout: (seconds + 10) * 1000 }).toBeGreaterThanOrEqual(from + seconds);
  }
}

export class PlayerPage {
  constructor(readonly page: Page, readonly scope: Locator) {}

  get group(): Locator {
    return this.scope.getByRole("group", { name: "Recording player" });
  }

  get audio(): Locator {
    return this.group.locator("audio");
  }

  /** The position shown, "0:04 / 0:10", as seconds [position, length]. */
  async times(): Promise<[number, number]> {
    const text = (await this.group.locator(".player-time").textContent()) ?? "";
    const [a, b] = text.split("/").map((t) => t.trim().split(":").map(Number).reduce((acc, n) => acc * 60 + n, 0));
    return [a ?? 0, b ?? 0];
  }
}
