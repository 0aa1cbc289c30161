import { z } from "zod";
import { countQuestions } from "@/db/queries/questions";
import { authedRoute } from "@/server/http/route";
import { AppError } from "@/lib/errors";
import { KINDS, LEVELS, QUESTION_SOURCES, TOPIC_SLUGS } from "@/lib/taxonomy";

const list = <T extends string>(values: readonly T[], what: string) =>
  z
    .string()
    .max(1000)
    .optional()
    .transform((v, ctx) => {
      const parts = (v ?? "").split(",").filter(Boolean);
      for (const p of parts) {
        if (!(values as readonly string[]).includes(p)) {
          ctx.addIssue({ code: "custom", message: `Unknown ${what} "${p.slice(0, 40)}".` });
          return z.NEVER;
        }
      }
      return parts as T[];
    });

const query = z.object({
  levels: list(LEVELS, "level"),
  kinds: list(KINDS, "question type"),
  topics: list(TOPIC_SLUGS, "topic"),
  source: z.enum(QUESTION_SOURCES, { error: "Choose built-in, only my questions or a mix." }).default("built-in"),
});

/** How many questions match a setup, shown live while a person chooses. */
export const GET = authedRoute(z.object({}), async ({ req, user }) => {
  const sp = new URL(req.url).searchParams;
  const parsed = query.safeParse(Object.fromEntries(sp));
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Bad filters.");
  const { levels, kinds, topics, source } = parsed.data;
  const matched = await countQuestions({ userId: user.id, filters: { levels, kinds, topics, source } });
  return Response.json({ matched });
});
