import { expect, type Locator, type Page } from "@playwright/test";

/** The live interview's sketch panel, driven like a person would: tools by key, shapes by mouse. */
export class SketchPage {
  /** `region`: the canvas's accessible name (the live interview's by default; the question editor has its own). */
  constructor(
    readonly page: Page,
    private readonly region: RegExp = /^Sketch canvas for:/,
  ) {}

  /** Start an interview from the setup page, either from a preset or with design questions on a short clock. */
  async startDesignInterview(opts: { preset?: string; minutes?: number; kinds?: ("Concept" | "Coding" | "System design")[] } = {}) {
    await this.page.goto("/interviews/new");
    if (opts.preset) {
      await this.page.getByRole("button", { name: new RegExp(opts.preset) }).click();
    } else {
      const wanted = new Set(opts.kinds ?? ["System design"]);
      for (const kind of ["Concept", "Coding", "System design"] as const) {
        await this.page.getByRole("group", { name: "Question types" }).getByRole("checkbox", { name: kind, exact: true }).setChecked(wanted.has(kind));
      }
      await this.page.getByLabel("Number of questions").fill("1");
      await this.page.getByRole("radio", { name: /Total budget/ }).check();
      await this.page.getByLabel("Time budget (minutes)").fill(String(opts.minutes ?? 30));
    }
    await this.page.getByRole("button", { name: "Start interview" }).click();
    await expect(this.page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  }

  get interviewId(): string {
    return new URL(this.page.url()).pathname.split("/")[2]!;
  }

  canvasRegion(): Locator {
    return this.page.getByRole("region", { name: this.region });
  }

  status(): Locator {
    return this.page.getByRole("status", { name: "Sketch save status" });
  }

  /** Waits until Excalidraw is interactive (its drawing surface is there). */
  async ready() {
    await expect(this.canvasRegion().locator("canvas.interactive")).toBeVisible({ timeout: 30_000 });
  }

  /** Pick a tool with its keyboard shortcut and drag out a shape at an offset inside the canvas. */
  async drawWithKey(key: string, at: { x: number; y: number }, size = 80) {
    const box = await this.canvasBox();
    // Keyboard shortcuts go to the canvas that has focus: click an empty strip first.
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height - 40);
    await this.page.keyboard.press(key);
    await this.drag(box.x + at.x, box.y + at.y, size);
  }

  async writeText(text: string, at: { x: number; y: number }) {
    const box = await this.canvasBox();
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height - 40);
    await this.page.keyboard.press("t");
    await this.page.mouse.click(box.x + at.x, box.y + at.y);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Escape");
  }

  /** The canvas on screen (scrolled into view: the mouse cannot draw off-screen). */
  async canvasBox() {
    await this.canvasRegion().scrollIntoViewIfNeeded();
    return (await this.canvasRegion().boundingBox())!;
  }

  async drag(x: number, y: number, size: number) {
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + size / 2, y + size / 3, { steps: 4 });
    await this.page.mouse.move(x + size, y + size * 0.6, { steps: 4 });
    await this.page.mouse.up();
  }

  /** The stored scene, straight from the server. */
  async storedScene(itemId: string): Promise<{ status: number; elements: { id: string; type: string }[] }> {
    const res = await this.page.request.get(`/api/interviews/${this.interviewId}/items/${itemId}/sketch`);
    if (!res.ok()) return { status: res.status(), elements: [] };
    const body = (await res.json()) as { scene: { elements: { id: string; type: string }[] } };
    return { status: res.status(), elements: body.scene.elements };
  }

  /** The item id is in the save URL; take it from the first sketch save the page makes. */
  async waitForSave(): Promise<string> {
    const res = await this.page.waitForResponse((r) => /\/sketch$/.test(r.url()) && r.request().method() === "PUT" && r.ok(), { timeout: 20_000 });
    return res.url().split("/items/")[1]!.split("/")[0]!;
  }
}
