/**
 * How guessable a password is, with zxcvbn-ts and its common and English
 * dictionaries (about 1.5 MB of word lists): the same verdict in the browser's
 * meter and on the server, which decides. The dictionaries load on first use,
 * so only code that checks a password pulls them in.
 */
import type { ZxcvbnResult } from "@zxcvbn-ts/core";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";

/** zxcvbn's scale: 0 too guessable … 4 very unguessable. 3 resists an offline attack on a slow hash. */
export const MIN_PASSWORD_SCORE = 3;

export const STRENGTH_LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

export interface PasswordVerdict {
  ok: boolean;
  /** 0–4. */
  score: number;
  label: (typeof STRENGTH_LABELS)[number];
  /** Why it is refused and how to pick a better one; empty when it is accepted. */
  message: string;
}

type Checker = (password: string, userInputs: string[]) => ZxcvbnResult;
let checker: Promise<Checker> | undefined;

function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (password, userInputs) => factory.check(password, userInputs);
  });
  return checker;
}

/** The words of a person's own email and name: a password built from them is easy to guess for anyone who knows them. */
export function personalWords(...values: (string | null | undefined)[]): string[] {
  return values.flatMap((v) => (v ? v.toLowerCase().split(/[^\p{L}\p{N}]+/u) : [])).filter((w) => w.length >= 3);
}

/** The verdict from zxcvbn's result: a pure mapping, tested on its own. */
export function verdictFrom(result: Pick<ZxcvbnResult, "score" | "feedback">): PasswordVerdict {
  const score = result.score;
  const label = STRENGTH_LABELS[score] ?? STRENGTH_LABELS[0];
  if (score >= MIN_PASSWORD_SCORE) return { ok: true, score, label, message: "" };
  const why = result.feedback.warning ?? "This password is easy to guess.";
  const how = result.feedback.suggestions.length
    ? result.feedback.suggestions.join(" ")
    : "Add more words that are less common.";
  return { ok: false, score, label, message: `${why} ${how} A few unrelated words make a strong password that is easy to remember.` };
}

export async function checkPasswordStrength(password: string, userInputs: string[] = []): Promise<PasswordVerdict> {
  if (password.length < PASSWORD_MIN) {
    return { ok: false, score: 0, label: STRENGTH_LABELS[0], message: `Use at least ${PASSWORD_MIN} characters for your password.` };
  }
  // zxcvbn's cost grows with length; past the longest allowed password there is nothing to learn.
  const check = await loadChecker();
  return verdictFrom(check(password.slice(0, PASSWORD_MAX), userInputs));
}
