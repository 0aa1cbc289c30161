import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { isPublicPath } from "@/server/auth/config";

describe("signUpSchema", () => {
  it("normalises the email and keeps a valid password", () => {
    const r = signUpSchema.parse({ email: "  Ada@Example.COM ", password: "correct horse" });
    expect(r.email).toBe("ada@example.com");
    expect(r.name).toBeUndefined();
  });

  it.each([
    [{ email: "", password: "longenough" }, "email", "Enter your email address."],
    [{ email: "not-an-email", password: "longenough" }, "email", "Enter a valid email address, like name@example.com."],
    [{ email: `${"a".repeat(250)}@x.io`, password: "longenough" }, "email", "An email address has at most 254 characters."],
    [{ email: "a@b.co", password: "short" }, "password", "Use at least 8 characters for your password."],
    [{ email: "a@b.co", password: "x".repeat(129) }, "password", "Use at most 128 characters for your password."],
    [{ email: "a@b.co", password: "longenough", name: "n".repeat(81) }, "name", "Your name can have at most 80 characters."],
  ])("refuses %j with a message on %s", (input, field, message) => {
    const r = signUpSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(message);
  });

  it("keeps SQL and HTML in a name as plain text", () => {
    const name = "Robert'); DROP TABLE users;-- <b>hi</b>";
    expect(signUpSchema.parse({ email: "a@b.co", password: "longenough", name }).name).toBe(name);
  });
});

describe("signInSchema", () => {
  it("asks for a password", () => {
    const r = signInSchema.safeParse({ email: "a@b.co", password: "" });
    expect(r.error?.issues[0]?.message).toBe("Enter your password.");
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/interviews/abc", "/interviews/abc"],
    ["https://evil.example", "/dashboard"],
    ["https://evil.example/steal?x=1", "/steal?x=1"],
    ["http://localhost:3000/questions?level=advanced", "/questions?level=advanced"],
    ["//evil.example", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["/sign-in", "/dashboard"],
    [undefined, "/dashboard"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("isPublicPath", () => {
  it("keeps private pages private", () => {
    expect(isPublicPath("/")).toBe(true);
    expect(isPublicPath("/sign-in")).toBe(true);
    expect(isPublicPath("/api/auth/session")).toBe(true);
    expect(isPublicPath("/dashboard")).toBe(false);
    expect(isPublicPath("/questions")).toBe(false);
    expect(isPublicPath("/api/interviews")).toBe(false);
  });
});
