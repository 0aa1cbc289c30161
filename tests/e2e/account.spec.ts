/**
 * A person's account (issue 18), in Chromium against the production build, with
 * a real SMTP listener (smtp-server) that the e2e server mails to
 * (scripts/e2e-server.mjs points SMTP_URL at SMTP_PORT).
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import fs from "node:fs";
import { SMTP_PORT } from "../../playwright.config";
import { expect, newAccount, test } from "./fixtures";
import { AuthPage } from "./pages/auth-page";
import { InterviewPage } from "./pages/interview-page";
import { SettingsPage } from "./pages/settings-page";
import { linkIn, Mailbox } from "./support/mailbox";

const mailbox = new Mailbox(SMTP_PORT);
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

/** Another device holding a copy of this one's session cookie, as a thief would. */
async function copiedDevice(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  const other = await browser.newContext();
  await other.addCookies(await from.cookies());
  return other;
}

/** Can this device still open a page and an API route? */
async function access(device: BrowserContext): Promise<{ page: number; api: number }> {
  const page = await device.request.get("/dashboard", { maxRedirects: 0 });
  const api = await device.request.get("/api/questions/count?levels=beginner");
  return { page: page.status(), api: api.status() };
}

/** Refused everywhere: the page sends it to sign-in, the API answers 401. Within seconds on every instance. */
async function expectRefused(device: BrowserContext) {
  await expect.poll(() => access(device), { timeout: 15_000 }).toEqual({ page: 307, api: 401 });
  const session = await device.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
}

async function signInOutcome(page: Page, email: string, password: string): Promise<"signed-in" | string> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const refused = page.locator(".field-error, .alert-error").first();
  await expect(refused.or(page.getByRole("heading", { level: 1, name: /Welcome/ }))).toBeVisible();
  if (/\/dashboard/.test(page.url())) return "signed-in";
  return (await refused.textContent()) ?? "refused";
}

test.describe("a person's account", () => {
  test("forgot password: the mail arrives, its link sets a new password once, and the new one signs in", async ({ signedIn: page, account, auth }) => {
    await auth.signOut();
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await page.getByLabel("Email").fill(account.email);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    const sent = page.getByRole("status").filter({ hasText: "If an account uses that email, a reset link is on its way." });
    await expect(sent).toBeVisible();

    const [mail] = await mailbox.waitFor(account.email);
    expect(mail!.subject).toBe("Reset your Mockline password");
    expect(mail!.from).toContain("no-reply@mockline.test");
    const link = linkIn(mail!);
    expect(link).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);

    // An unknown email gets the very same answer, and no mail.
    const nobody = `nobody-${Date.now()}@example.test`;
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(nobody);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(sent).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    // A weak password is refused with its reason; the link still works for a better one.
    await page.getByLabel("New password").fill("password");
    await expect(page.getByText("Strength: Very weak.")).toBeVisible();
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.locator("#field-password-error")).toHaveText(/heavily used password.*unrelated words/);

    const fresh = `new-${account.password}-harbor`;
    await page.getByLabel("New password").fill(fresh);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=1/);
    await expect(page.getByRole("status")).toHaveText(/Your password was changed/);

    expect(await signInOutcome(page, account.email, account.password)).not.toBe("signed-in");
    expect(await signInOutcome(page, account.email, fresh)).toBe("signed-in");
    expect(mailbox.to(nobody)).toEqual([]);

    // Used once: the same link, or a forged one, says to ask for a new one.
    for (const url of [link, "/reset-password?token=forged", `/reset-password?token=${"A".repeat(43)}`, "/reset-password"]) {
      await page.goto(url);
      await expect(page.getByRole("alert").filter({ hasText: "reset link" })).toHaveText(/expired or was already used\. Ask for a new one/);
      await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
    }
  });

  test("reset requests are limited per email, with the same answer whether or not the account exists", async ({ page }) => {
    const email = `limited-${Date.now()}@example.test`;
    for (let i = 0; i < 3; i++) {
      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Send me a reset link" }).click();
      await expect(page.getByRole("status")).toHaveText(/If an account uses that email/);
    }
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(/Too many reset requests\. Try again in \d+ minutes?\./);
  });

  test("a cookie copied before 'sign out everywhere' is refused after it, for pages and the API; this device stays in", async ({ signedIn: page, browser }) => {
    const thief = await copiedDevice(browser, page.context());
    expect(await access(thief)).toEqual({ page: 200, api: 200 });
    const settings = new SettingsPage(page);
    // Settings is in the header.
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await settings.signOutOtherDevices();
    await expectRefused(thief);
    expect(await access(page.context())).toEqual({ page: 200, api: 200 });
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
    await thief.close();
  });

  test("'Sign out' ends that session on the server: a copy of its cookie is refused, another device stays in", async ({ signedIn: page, account, browser, auth }) => {
    const thief = await copiedDevice(browser, page.context());
    const laptop = await browser.newContext();
    const other = await laptop.newPage();
    await new AuthPage(other).signIn(account.email, account.password);
    await expect(other).toHaveURL(/\/dashboard/);
    expect(await access(thief)).toEqual({ page: 200, api: 200 });
    await auth.signOut();
    await expectRefused(thief);
    expect(await access(laptop)).toEqual({ page: 200, api: 200 });
    await thief.close();
    await laptop.close();
  });

  test("change password: the current one is required, a weak one is refused with its reason, other devices end", async ({ signedIn: page, account, browser }) => {
    const thief = await copiedDevice(browser, page.context());
    const settings = new SettingsPage(page);
    await settings.open();

    await settings.changePassword("not-my-password", "violet-harbor-engine-9");
    await expect(settings.section("Password").locator("#field-currentPassword-error")).toHaveText("That is not your current password. Nothing was changed.");
    await settings.changePassword(account.password, "aaaaaaaa");
    await expect(settings.section("Password").locator("#field-newPassword-error")).toHaveText(/Repeated characters like "aaa" are easy to guess\./);
    expect(await access(thief)).toEqual({ page: 200, api: 200 });

    const next = `${account.password}-violet-harbor`;
    await settings.changePassword(account.password, next);
    await expect(settings.section("Password").getByRole("status")).toHaveText(/Password changed/);
    await expectRefused(thief);
    expect(await access(page.context())).toEqual({ page: 200, api: 200 });

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    expect(await signInOutcome(page, account.email, account.password)).not.toBe("signed-in");
    expect(await signInOutcome(page, account.email, next)).toBe("signed-in");
    await thief.close();
  });

  test("export: one zip whose data.json and Markdown hold the interview just answered", async ({ signedIn: page }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    const marker = `Exported answer ${Date.now()}: idempotent retries are safe.`;
    await room.type(marker);
    await room.waitSaved();

    const settings = new SettingsPage(page);
    await settings.open();
    const [download] = await Promise.all([page.waitForEvent("download"), settings.section("Export your data").getByRole("link", { name: /Download my data/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mockline-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(["README.md", "data.json"]));
    const data = strFromU8(files["data.json"]!);
    expect(data).toContain(marker);
    expect(data).not.toMatch(/argon2|passwordHash/);
    const markdown = names.filter((n) => n.startsWith("interviews/") && n.endsWith(".md"));
    expect(markdown).toHaveLength(1);
    expect(strFromU8(files[markdown[0]!]!)).toContain(marker);

    // Signed out, the export is not there to take.
    const anon = await page.context().browser()!.newContext();
    expect((await anon.request.get("/api/account/export")).status()).toBe(401);
    await anon.close();
  });

  test("delete: typing the email confirms; everything goes, the session ends and signing in fails", async ({ signedIn: page, account, browser }) => {
    const thief = await copiedDevice(browser, page.context());
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.deleteAccount("someone-else@example.test");
    await expect(settings.section("Delete your account").locator("#field-confirmEmail-error")).toHaveText(/Type your account's email exactly to confirm\. Nothing was deleted\./);
    expect(await access(page.context())).toEqual({ page: 200, api: 200 });

    await settings.deleteAccount(account.email);
    await expect(page).toHaveURL(/\/sign-in\?deleted=1/);
    await expect(page.getByRole("status")).toHaveText("Your account and all its data were deleted.");
    await expectRefused(thief);
    expect(await signInOutcome(page, account.email, account.password)).not.toBe("signed-in");
    await thief.close();
  });

  test("sign-up refuses a weak password with its reason, and the meter says so while typing", async ({ page }) => {
    const jsBodies: string[] = [];
    page.on("response", async (res) => {
      if (res.request().resourceType() === "script") jsBodies.push(await res.text().catch(() => ""));
    });
    const person = newAccount("weak");
    await page.goto("/sign-up");
    await page.waitForLoadState("networkidle");
    // The estimator's word lists are fetched only once someone types a password.
    expect(jsBodies.some((b) => b.includes("commonWords-en"))).toBe(false);
    await page.getByLabel("Name (optional)").fill(person.name);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill("12345678");
    await expect(page.getByText("Strength: Very weak.")).toBeVisible();
    expect(jsBodies.some((b) => b.includes("commonWords-en"))).toBe(true);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#field-password-error")).toHaveText(/heavily used password/);
    await expect(page).toHaveURL(/\/sign-up/);
    await page.getByLabel("Password").fill(person.password);
    await expect(page.getByText(/Strength: (Strong|Very strong)\./)).toBeVisible();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await page.goto("/dashboard");
    await page.waitForLoadState("networkidle");
  });

  test("on a phone (390 px) the header fits: a Menu button opens every link, Settings and Sign out", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const person = newAccount("phone");
    await page.goto("/sign-up");
    await page.getByLabel("Name (optional)").fill(person.name);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/dashboard/);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Schedule" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (const name of ["Dashboard", "New interview", "History", "Topics", "Questions", "Schedule", "Settings"]) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    await expect(nav.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    // Keyboard: open with Enter, follow a link; the menu closes on the new page.
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "Schedule", exact: true }).click();
    await expect(page).toHaveURL(/\/schedule$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The schedule form's date, time and time-zone inputs look alike.
    const look = (label: string) =>
      page.getByLabel(label, { exact: true }).evaluate((el) => {
        const s = getComputedStyle(el);
        return { border: s.borderTopWidth + s.borderTopStyle + s.borderTopColor, radius: s.borderTopLeftRadius, height: s.minHeight, bg: s.backgroundColor, font: s.fontSize };
      });
    const date = await look("Date");
    expect(await look("Time")).toEqual(date);
    expect(await look("Time zone")).toEqual(date);

    await menu.click();
    await nav.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });
});
