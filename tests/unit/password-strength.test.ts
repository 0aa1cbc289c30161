import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_SCORE, checkPasswordStrength, personalWords, verdictFrom } from "@/lib/auth/password-strength";

describe("password strength", () => {
  it("refuses common and guessable passwords, saying why and how to do better", async () => {
    for (const pw of ["password", "12345678", "aaaaaaaa", "qwertyuiop", "iloveyou1"]) {
      const v = await checkPasswordStrength(pw);
      expect(v.ok, pw).toBe(false);
      expect(v.score, pw).toBeLessThan(MIN_PASSWORD_SCORE);
      expect(v.message, pw).toMatch(/\./);
      expect(v.message, pw).toContain("unrelated words");
    }
    expect((await checkPasswordStrength("password")).message).toContain("heavily used password");
    expect((await checkPasswordStrength("aaaaaaaa")).message).toContain("Repeated characters");
  });

  it("accepts a few unrelated words or a long random string", async () => {
    for (const pw of ["correct horse battery staple", "pw-1a2b3c4d-secret", "Tr0ub4dor&3-lantern"]) {
      expect((await checkPasswordStrength(pw)).ok, pw).toBe(true);
    }
  });

  it("counts the person's own email and name as guessable", async () => {
    const words = personalWords("margaret.hamilton@apollo.test", "Margaret Hamilton");
    expect(words).toEqual(["margaret", "hamilton", "apollo", "test", "margaret", "hamilton"]);
    const without = await checkPasswordStrength("margarethamilton", []);
    const withInputs = await checkPasswordStrength("margarethamilton", words);
    expect(withInputs.score).toBeLessThanOrEqual(without.score);
    expect(withInputs.ok).toBe(false);
  });

  it("too short is refused before any estimate", async () => {
    expect(await checkPasswordStrength("Ab1!")).toMatchObject({ ok: false, message: "Use at least 8 characters for your password." });
  });

  it("maps a result to a verdict with a label and a fallback reason", () => {
    expect(verdictFrom({ score: 4, feedback: { warning: null, suggestions: [] } })).toEqual({ ok: true, score: 4, label: "Very strong", message: "" });
    const weak = verdictFrom({ score: 1, feedback: { warning: null, suggestions: [] } });
    expect(weak).toMatchObject({ ok: false, label: "Weak" });
    expect(weak.message).toContain("easy to guess");
  });
});
