import { z } from "zod";
import { docToPlainText } from "@/lib/rich-text/plain-text";
import { richDocSchema } from "@/lib/rich-text/doc";
import { LANGUAGES } from "@/lib/taxonomy";

/** Limits on one answer, named in every refusal so a person knows what to trim. */
export const MAX_ANSWER_CHARS = 100_000;
export const MAX_ANSWER_BYTES = 256 * 1024;
export const MAX_REVISION = 2_147_483_647;

export const revisionSchema = z
  .number({ error: "revision must be a number." })
  .int("revision must be a whole number.")
  .min(1, "revision must be at least 1.")
  .max(MAX_REVISION, "revision is too large.");

export const answerSaveSchema = z
  .object({ revision: revisionSchema, doc: richDocSchema }, { error: "Send a JSON object like { \"revision\": 1, \"doc\": { \"type\": \"doc\", … } }." })
  .transform((v, ctx) => {
    const text = docToPlainText(v.doc);
    if (text.length > MAX_ANSWER_CHARS) {
      ctx.addIssue({
        code: "custom",
        path: ["doc"],
        message: `The answer has ${text.length.toLocaleString("en")} characters; the limit is ${MAX_ANSWER_CHARS.toLocaleString("en")}.`,
      });
      return z.NEVER;
    }
    return { ...v, text };
  });

/** The body that sets a coding answer's language. */
export const answerLanguageSchema = z.object({ language: z.enum(LANGUAGES, { error: `language must be one of: ${LANGUAGES.join(", ")}.` }) });
