import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";

export interface TestAccount {
  email: string;
  password: string;
  name: string;
}

/** A unique account and client address per test, so tests never share limits or data. */
export function newAccount(prefix = "user"): TestAccount {
  const id = randomUUID().slice(0, 8);
  return { email: `${prefix}-${id}@example.test`, password: `pw-${id}-secret`, name: `Tester ${id}` };
}

export const test = base.extend<{ account: TestAccount; auth: AuthPage; signedIn: Page }>({
  extraHTTPHeaders: async ({}, use) => {
    const n = () => Math.floor(Math.random() * 250) + 1;
    await use({ "x-forwarded-for": `10.${n()}.${n()}.${n()}` });
  },
  account: async ({}, use) => use(newAccount()),
  auth: async ({ page }, use) => use(new AuthPage(page)),
  signedIn: async ({ page, auth, account }, use) => {
    await auth.signUp(account);
    await expect(page).toHaveURL(/\/dashboard/);
    await use(page);
  },
});

export { expect };
