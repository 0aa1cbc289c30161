import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The whole interview by keyboard alone: Tab / Shift+Tab to move, Enter and
 * Space to press, arrows in radio groups, typing in fields and the editor.
 * No click, no fill, no focus() from the test: a control the keyboard cannot
 * reach fails `tabTo`.
 */

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the target holds focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  expect(await isFocused(target), `reached ${target} by ${back ? "Shift+Tab" : "Tab"}`).toBe(true);
}

/** The focused control shows a focus ring: an outline or a box shadow, not nothing. */
async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== "none" };
  });
  expect(ring.outline || ring.shadow, "a visible focus indicator").toBe(true);
}

test("sign up, sign in, set up, answer, submit, finish and review: keyboard only", async ({ page, account }) => {
  test.setTimeout(120_000);

  // Create the account and sign out again.
  await page.goto("/sign-up");
  // The first Tab on a fresh page is the skip link, and it jumps over the header.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expectFocusRing(skip);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Name (optional)")).toBeFocused();
  await page.keyboard.type(account.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(account.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard/);
  const signOut = page.getByRole("button", { name: "Sign out" });
  await tabTo(page, signOut);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-in/);

  // Sign in.
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(account.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard/);

  // New interview from the main navigation.
  const newLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New interview" });
  await tabTo(page, newLink);
  await expectFocusRing(newLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/interviews\/new$/);

  // A preset, then two questions, each on its own clock.
  const preset = page.getByRole("button", { name: /Quick 15-min concepts/ });
  await tabTo(page, preset);
  await page.keyboard.press("Space");
  await expect(preset).toHaveAttribute("aria-pressed", "true");
  await expectFocusRing(preset);
  await tabTo(page, page.getByLabel("Number of questions"));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("2");
  // Tab enters the radio group on the checked radio; arrows move the choice.
  await tabTo(page, page.getByRole("radio", { name: /Total budget/ }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /Per question/ })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: /questions? match/ })).toBeVisible();
  const start = page.getByRole("button", { name: "Start interview" });
  await tabTo(page, start);
  await expectFocusRing(start);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);

  // Answer the first question and submit it.
  const editor = page.getByRole("textbox", { name: /^Answer to:/ });
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await tabTo(page, editor);
  await page.keyboard.type("Cache-aside with a TTL; the event loop handles I/O; read committed by default.");
  await expect(editor).toContainText("Cache-aside with a TTL");
  await tabTo(page, page.getByRole("button", { name: "Submit answer" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 2 of 2")).toBeVisible();

  // Finish from the status bar above (Shift+Tab back up), confirm in the dialog.
  const finish = page.getByRole("button", { name: "Finish interview" });
  await tabTo(page, finish, { back: true });
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Finish the interview?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Finish and review" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/review$/);

  // Review: tick a key point with Space, rate with the number key, then rate the next with its button.
  const first = page.locator('[data-review-item][data-position="0"]');
  const box = first.getByRole("group", { name: "Key points covered" }).getByRole("checkbox").first();
  const wasChecked = await box.isChecked();
  await tabTo(page, box);
  await expectFocusRing(box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked({ checked: !wasChecked });
  await page.keyboard.press("3");
  await expect(first.getByRole("button", { name: "Good" })).toHaveAttribute("aria-pressed", "true");
  await expect(first.getByRole("status")).toContainText(/Score: \d+ \/ 100/);
  const second = page.locator('[data-review-item][data-position="1"]');
  await expect(second.getByRole("heading", { level: 2 })).toBeFocused();
  const easy = second.getByRole("button", { name: "Easy" });
  await tabTo(page, easy);
  await expectFocusRing(easy);
  await page.keyboard.press("Space");
  await expect(easy).toHaveAttribute("aria-pressed", "true");

  // What the keyboard did is what was stored (the second question loads as it is scrolled to).
  await page.reload();
  await expect(first.getByRole("group", { name: "Key points covered" }).getByRole("checkbox").first()).toBeChecked({ checked: !wasChecked });
  await expect(first.getByRole("button", { name: "Good" })).toHaveAttribute("aria-pressed", "true");
  await second.scrollIntoViewIfNeeded();
  await expect(second.getByRole("button", { name: "Easy" })).toHaveAttribute("aria-pressed", "true");
});
