import fs from "node:fs/promises";
import { expect, newAccount, test } from "./fixtures";
import { isoDateIn, SchedulePage } from "./pages/schedule-page";

test.describe("schedule → sit → history, topics and export", () => {
  test("a scheduled interview from booking to export", async ({ signedIn: page, auth }) => {
    const schedule = new SchedulePage(page);
    await schedule.goto();
    const form = page.getByRole("region", { name: "Book an interview" });

    // The zone's suggestions are the browser's own zones, filled in once the page has loaded: the page as sent
    // does not carry some 420 names (nor does settings, which suggests them the same way).
    const listId = await page.getByLabel("Time zone", { exact: true }).first().getAttribute("list");
    await expect(page.locator(`datalist[id="${listId}"] option[value="Europe/Paris"]`)).toHaveCount(1);
    expect(await page.locator(`datalist[id="${listId}"] option`).count()).toBeGreaterThan(300);
    for (const path of ["/schedule", "/settings"]) {
      const sent = await (await page.request.get(path)).text();
      expect(sent).toContain("Time zone");
      expect(sent).not.toContain("Pacific/Auckland");
    }

    // Bad input is refused with a message beside the form.
    await schedule.book({ date: isoDateIn(2), time: "09:00", timeZone: "Mars/Olympus_Mons", preset: "Quick 15-min concepts" });
    await expect(form.getByRole("alert")).toContainText("time zone");
    await schedule.book({ date: isoDateIn(-2), time: "09:00", timeZone: "Europe/Paris", preset: "Quick 15-min concepts" });
    await expect(form.getByRole("alert")).toContainText("already passed");
    await expect(schedule.upcoming()).toHaveCount(0);

    await schedule.book({ date: isoDateIn(2), time: "09:30", timeZone: "Europe/Paris", preset: "Quick 15-min concepts", topic: "Databases & SQL" });
    await expect(form.getByRole("status")).toContainText("Scheduled.");
    await expect(schedule.upcoming()).toHaveCount(1);
    const row = schedule.upcoming().first();
    await expect(row.getByRole("timer")).toContainText(/in (1|2) d/);
    await expect(row).toContainText("(Europe/Paris)");
    // Questions stay hidden until the start: the row names no question.
    await expect(row).not.toContainText("ACID");

    // The invitation: UTC times, a link, and a reminder.
    const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Download invitation (.ics)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mock-interview-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = (await fs.readFile((await download.path())!, "utf8")).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toMatch(/DTSTART:\d{8}T\d{4}00Z/);
    // 09:30 in Paris is 08:30 UTC in winter, 07:30 in summer.
    expect(ics).toMatch(/DTSTART:\d{8}T0[78]3000Z/);
    expect(ics).toContain("SUMMARY:Mock interview:");
    expect(ics).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-PT15M[\s\S]*END:VALARM/);

    // Start it early from the dashboard.
    await page.goto("/dashboard");
    const card = page.getByRole("region", { name: "Upcoming" });
    await expect(card.getByRole("timer")).toBeVisible();
    await card.getByRole("button", { name: "Start now" }).click();
    await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
    const interviewUrl = page.url();
    const id = interviewUrl.split("/").pop()!;

    const answer = "Atomicity means all or nothing; e2e-marker-7731";
    const editor = page.getByRole("textbox", { name: /^Answer to:/ });
    await editor.click();
    await editor.pressSequentially(answer);
    await expect(page.getByRole("status", { name: /save status/ }).first()).toContainText("Saved");
    await page.getByRole("button", { name: "Finish interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Finish and review" }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${id}/review$`));

    // History lists it, with its questions.
    await page.goto("/history");
    const entries = page.getByRole("list", { name: "Past interviews" }).getByRole("listitem").filter({ has: page.getByRole("heading") });
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText("To review");
    // The topic filter is kept in the URL and still finds it; another topic does not.
    await page.getByLabel("Topic").selectOption({ label: "Databases & SQL" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/topic=databases-sql/);
    await expect(entries).toHaveCount(1);
    await page.goto("/history?topic=observability");
    await expect(page.getByText("No interview matches these filters.")).toBeVisible();

    // Export downloads Markdown that contains the answer.
    await page.goto("/history");
    const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /as Markdown$/ }).click()]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const text = await fs.readFile((await md.path())!, "utf8");
    expect(text).toContain("e2e-marker-7731");
    expect(text).toContain("### Sample answer");

    // The print view shows it too.
    await page.goto(`/interviews/${id}/print`);
    await expect(page.getByLabel("Your answer").first()).toContainText("e2e-marker-7731");

    // The weak-topics page lists the topic it practised, with a way to practise it.
    await page.goto("/topics");
    await expect(page.getByRole("rowheader", { name: "Databases & SQL" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Databases & SQL/ }).getByRole("link", { name: "Practise Databases & SQL" })).toHaveAttribute("href", "/interviews/new?topic=databases-sql");

    // Someone else gets "not found" for every way in.
    await auth.signOut();
    await auth.signUp(newAccount("intruder"));
    await expect(page).toHaveURL(/\/dashboard/);
    for (const path of [`/api/interviews/${id}/export.md`, `/api/interviews/${id}/invite.ics`]) {
      expect((await page.request.get(path)).status()).toBe(404);
    }
    expect((await page.request.post(`/api/interviews/${id}/start`)).status()).toBe(404);
    const print = await page.goto(`/interviews/${id}/print`);
    expect(print?.status()).toBe(404);
  });

  test("a new person sees what to do on the topics and history pages", async ({ signedIn: page }) => {
    await page.goto("/topics");
    await expect(page.getByText("Nothing to show yet")).toBeVisible();
    await expect(page.getByRole("link", { name: "Sit a mock interview" })).toBeVisible();
    await page.goto("/history");
    await expect(page.getByText("No interviews yet.")).toBeVisible();
  });

  test("the schedule API refuses bad input with 400 and a message", async ({ signedIn: page }) => {
    const post = (data: object) => page.request.post("/api/schedule", { data });
    const base = { date: isoDateIn(3), time: "10:00", timeZone: "UTC", preset: "mixed-45" };
    const past = await post({ ...base, date: isoDateIn(-3) });
    expect(past.status()).toBe(400);
    expect((await past.json()).error).toMatch(/already passed/);
    const zone = await post({ ...base, timeZone: "Nowhere/Land" });
    expect(zone.status()).toBe(400);
    expect((await zone.json()).error).toMatch(/time zone/);
    const preset = await post({ ...base, preset: "no-such-preset" });
    expect(preset.status()).toBe(400);
    expect((await preset.json()).error).toMatch(/no preset/);
    const ok = await post(base);
    expect(ok.status()).toBe(201);
    const { id } = await ok.json();
    const moved = await page.request.patch(`/api/interviews/${id}/schedule`, { data: { date: isoDateIn(4), time: "11:00", timeZone: "Asia/Tokyo" } });
    expect(moved.status()).toBe(200);
    expect((await moved.json()).timeZone).toBe("Asia/Tokyo");
    expect((await page.request.delete(`/api/interviews/${id}/schedule`)).status()).toBe(204);
    expect((await page.request.get(`/api/interviews/${id}/invite.ics`)).status()).toBe(404);
  });
});

test("history, topics, schedule and print pages have no axe violations, light and dark", async ({ signedIn: page }) => {
  test.setTimeout(180_000); // ten pages with axe on a busy 2-core machine
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const base = { time: "10:00", timeZone: "UTC", preset: "quick-concepts" };
  const sat = await (await page.request.post("/api/schedule", { data: { ...base, date: isoDateIn(2) } })).json();
  await page.request.post("/api/schedule", { data: { ...base, date: isoDateIn(5) } });
  expect((await page.request.post(`/api/interviews/${sat.id}/start`)).status()).toBe(200);
  expect((await page.request.post(`/api/interviews/${sat.id}/finish`)).status()).toBe(200);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/history", "/topics", "/schedule", "/dashboard", `/interviews/${sat.id}/print`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${scheme} ${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  }
});
