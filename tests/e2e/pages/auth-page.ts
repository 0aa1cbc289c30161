import type { Page } from "@playwright/test";
import type { TestAccount } from "../fixtures";

export class AuthPage {
  constructor(readonly page: Page) {}

  async signUp(account: TestAccount) {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("Name (optional)").fill(account.name);
    await this.page.getByLabel("Email").fill(account.email);
    await this.page.getByLabel("Password").fill(account.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async signIn(email: string, password: string, path = "/sign-in") {
    await this.page.goto(path);
    await this.fillSignIn(email, password);
  }

  async fillSignIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    // Wait for the action's answer, so the next attempt never races the form's reset.
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
      this.page.getByRole("button", { name: "Sign in" }).click(),
    ]);
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
