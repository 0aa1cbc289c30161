import "server-only";
import {
  getProfileForExportByUser,
  listInterviewsForExportByUser,
  listOwnQuestionsForExportByUser,
  listRatingLogsForExportByUser,
  listRecallStatesForExportByUser,
} from "@/db/queries/export";
import { buildExportArchive, type ExportSection } from "@/lib/account/export-archive";
import { AppError } from "@/lib/errors";
import { exportFileName, interviewToMarkdown, toExportInterview } from "@/lib/interview/export";
import { questionFiles } from "@/lib/question-file/export";

async function ownQuestionsSection({ userId }: { userId: string }) {
  const rows = await listOwnQuestionsForExportByUser({ userId });
  // Archived questions (deleted, kept for history) are listed in data.json but not written as files to import again.
  const files = Object.fromEntries(Object.entries(questionFiles(rows.filter((r) => !r.archivedAt))).map(([name, text]) => [`questions/${name}`, text]));
  return { data: rows.map(({ id, slug, title, level, kind, topics, createdAt, updatedAt, archivedAt }) => ({ id, slug, title, level, kind, topics, createdAt, updatedAt, archivedAt })), files };
}

/**
 * One contributor per kind of data: a feature that stores something new of a
 * person's (recordings, their own questions) adds one entry to CONTRIBUTORS,
 * and the export (data.json, README.md, its readable files) includes it.
 */
export interface ExportContributor {
  name: string;
  description: string;
  collect: (ctx: { userId: string; origin: string }) => Promise<Pick<ExportSection, "data" | "files">>;
}

async function interviewsSection({ userId, origin }: { userId: string; origin: string }) {
  const loaded = await listInterviewsForExportByUser({ userId });
  const files: Record<string, string> = {};
  const taken = new Set<string>();
  for (const src of loaded) {
    const doc = toExportInterview(src, origin);
    // Drawings travel in the zip, next to the Markdown that shows them.
    doc.items = doc.items.map((it, i) => {
      const item = src.items[i]!;
      if (!item.sketch?.previewSvg) return { ...it, sketchUrl: null };
      files[`sketches/${item.id}.svg`] = item.sketch.previewSvg;
      return { ...it, sketchUrl: `../sketches/${item.id}.svg` };
    });
    const base = exportFileName(doc, "md").replace(/\.md$/, "");
    let name = `${base}.md`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.md`;
    taken.add(name);
    files[`interviews/${name}`] = interviewToMarkdown(doc);
  }
  return { data: loaded.map(({ interview, items }) => ({ ...interview, items })), files };
}

export const CONTRIBUTORS: ExportContributor[] = [
  {
    name: "profile",
    description: "your account: email, name, time zone, target interview date, when it was created.",
    collect: async ({ userId }) => ({ data: (await getProfileForExportByUser({ userId })) ?? null }),
  },
  {
    name: "interviews",
    description: "every interview with its settings and times, and per question your answer, drawing, ticked key points, self-rating and note (also as Markdown in interviews/, drawings in sketches/).",
    collect: interviewsSection,
  },
  {
    name: "questions",
    description: "the questions you wrote or imported (as question files in questions/, importable into any Mockline; archived ones are listed only).",
    collect: ownQuestionsSection,
  },
  {
    name: "ratingLogs",
    description: "every self-rating you gave, in order (the history spaced repetition is built from).",
    collect: async ({ userId }) => ({ data: await listRatingLogsForExportByUser({ userId }) }),
  },
  {
    name: "recallStates",
    description: "your spaced-repetition state per question: when it is due, stability, difficulty, lapses.",
    collect: async ({ userId }) => ({ data: await listRecallStatesForExportByUser({ userId }) }),
  },
];

/** The whole export as a zip, built in memory (bounded by EXPORT_MAX_BYTES). */
export async function exportAccount({ userId, origin, now }: { userId: string; origin: string; now: Date }): Promise<Uint8Array> {
  const sections: ExportSection[] = [];
  for (const c of CONTRIBUTORS) sections.push({ name: c.name, description: c.description, ...(await c.collect({ userId, origin })) });
  const profile = sections.find((s) => s.name === "profile")?.data as { email: string } | null | undefined;
  if (!profile) throw new AppError("unauthorized", "Sign in to continue.");
  return buildExportArchive({ email: profile.email, exportedAt: now, app: "Mockline" }, sections);
}
