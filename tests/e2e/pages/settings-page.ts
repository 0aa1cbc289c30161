import { expect, type Page } from "@playwright/test";

/** The settings page, as a person uses it. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/settings");
    await expect(this.page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  async changePassword(current: string, next: string) {
    const s = this.section("Password");
    await s.getByLabel("Current password").fill(current);
    await s.getByLabel("New password").fill(next);
    await s.getByRole("button", { name: "Change password" }).click();
  }

  async signOutOtherDevices() {
    await this.section("Devices").getByRole("button", { name: "Sign out of every other device" }).click();
    await expect(this.section("Devices").getByRole("status")).toHaveText(/Every other device is signed out/);
  }

  async deleteAccount(confirmEmail: string) {
    const s = this.section("Delete your account");
    await s.getByLabel(/Type your email/).fill(confirmEmail);
    await s.getByRole("button", { name: "Delete my account and all its data" }).click();
  }
}
