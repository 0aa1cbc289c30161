import { expect, newAccount, test } from "./fixtures";

test.describe("signing up and in", () => {
  test("sign up, sign out, sign in again", async ({ page, auth, account }) => {
    await auth.signUp(account);
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(account.name);
    await auth.signOut();
    await auth.signIn(account.email, account.password);
    await expect(page).toHaveURL(/\/dashboard/);
  });

  test("a private page sends a visitor to sign in and back", async ({ page, auth, account }) => {
    await auth.signUp(account);
    await auth.signOut();
    await page.goto("/questions?level=advanced");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await auth.fillSignIn(account.email, account.password);
    await expect(page).toHaveURL(/\/questions\?level=advanced/);
  });

  test("errors that never say whether an email has an account: wrong password, unknown email, taken email; weak password, bad email", async ({ page, auth, account }) => {
    await auth.signUp(account);
    await auth.signOut();

    await auth.signIn(account.email, "not-the-password");
    await expect(page.getByText("Wrong email or password. Check both and try again, or reset your password.")).toBeVisible();

    await auth.signIn(`nobody-${Date.now()}@example.test`, "whatever-password");
    await expect(page.getByText("Wrong email or password. Check both and try again, or reset your password.")).toBeVisible();

    // A taken email answers as a sign-up does: with its own password the owner is simply signed in…
    await auth.signUp(account);
    await expect(page).toHaveURL(/\/dashboard/);
    await auth.signOut();
    // …and with another one, sent to sign in as after any sign-up (nothing says the email was taken).
    await auth.signUp({ ...account, password: "another-long-password-9" });
    await expect(page).toHaveURL(/\/sign-in\?created=1/);
    await expect(page.getByRole("status")).toHaveText("Your account is ready. Sign in to continue.");

    await auth.signUp({ ...newAccount(), password: "short" });
    // The server's refusal is tied to the field (the live strength meter says the same while typing).
    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/Use at least 8 characters for your password\./);

    await auth.signUp({ ...newAccount(), email: "not-an-email" });
    await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  });

  test("HTML and SQL in a name are stored and shown as text", async ({ page, auth }) => {
    const account = { ...newAccount(), name: `<img src=x onerror="window.__pwned=1">'; DROP TABLE users;--` };
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await auth.signUp(account);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("DROP TABLE users");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test("too many failed sign-ins: a clear message, and 429 from the endpoint", async ({ page, auth, account, request }) => {
    test.setTimeout(180_000);
    await auth.signUp(account);
    await auth.signOut();
    await page.goto("/sign-in");
    for (let i = 0; i < 10; i++) {
      await auth.fillSignIn(account.email, `wrong-${i}-password`);
      await expect(page.getByText(/^Wrong email or password\./)).toBeVisible();
      // The form resets its password field when the action's state is committed, which follows the response: wait
      // for that (the button enabled again, the field empty), or the next attempt's typing is wiped and sent empty.
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
      await expect(page.getByLabel("Password")).toHaveValue("");
    }
    await auth.signIn(account.email, account.password);
    await expect(page.getByText(/Too many failed sign-in attempts/)).toContainText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);

    const res = await request.post("/api/auth/callback/credentials", {
      form: { email: account.email, password: account.password },
    });
    expect(res.status()).toBe(429);
    expect(await res.json()).toMatchObject({ code: "rate_limited", error: expect.stringContaining("Too many") });
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  });
});
