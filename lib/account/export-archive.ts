/**
 * The "export everything" archive: one zip with `data.json` (every section's
 * data, machine-readable), `README.md` (what is where) and the readable files
 * each section adds (a Markdown file per interview, drawings as SVG). Pure:
 * sections come in as plain data, the zip goes out as bytes.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { AppError } from "@/lib/errors";

/** The export is built in memory: past this much data (before compression) it is refused with this limit named. */
export const EXPORT_MAX_BYTES = 200 * 1024 * 1024;

export interface ExportSection {
  /** Its key in data.json, e.g. "interviews". */
  name: string;
  /** One line for README.md: what this section holds. */
  description: string;
  data: unknown;
  /** Readable files, by path inside the zip (e.g. "interviews/2026-11-29-1.md"). */
  files?: Record<string, string>;
}

export interface ArchiveMeta {
  email: string;
  exportedAt: Date;
  app: string;
}

export function exportArchiveName(exportedAt: Date): string {
  return `mockline-export-${exportedAt.toISOString().slice(0, 10)}.zip`;
}

function readme(meta: ArchiveMeta, sections: ExportSection[], files: string[]): string {
  const lines = [
    `# Your ${meta.app} data`,
    "",
    `Everything ${meta.app} keeps for ${meta.email}, exported ${meta.exportedAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`,
    "",
    "- `data.json`: all of it, machine-readable. Times are UTC (ISO 8601); answers and the sample answers are",
    "  rich-text documents (TipTap/ProseMirror JSON) with a plain-text copy beside them; drawings are Excalidraw scenes.",
    "",
    "## Sections of data.json",
    "",
    ...sections.map((s) => `- \`${s.name}\`: ${s.description}`),
  ];
  if (files.length) lines.push("", "## Readable files", "", ...files.map((f) => `- [${f}](${encodeURI(f)})`));
  lines.push("", "Your password is not in this export: only a one-way hash of it is stored, and that stays on the server.");
  return lines.join("\n") + "\n";
}

export function buildExportArchive(meta: ArchiveMeta, sections: ExportSection[], maxBytes = EXPORT_MAX_BYTES): Uint8Array {
  const data: Record<string, unknown> = { format: "mockline-export", version: 1, exportedAt: meta.exportedAt.toISOString() };
  for (const s of sections) data[s.name] = s.data;
  // Dates become ISO strings through their toJSON.
  const zip: Zippable = { "data.json": strToU8(JSON.stringify(data, null, 2)) };
  for (const s of sections) for (const [path, text] of Object.entries(s.files ?? {})) zip[path] = strToU8(text);
  let total = 0;
  for (const bytes of Object.values(zip)) total += (bytes as Uint8Array).length;
  if (total > maxBytes) {
    throw new AppError("too_large", `Your data is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB an export can hold. Export single interviews from History instead.`);
  }
  const readable = Object.keys(zip).filter((p) => p !== "data.json").sort();
  zip["README.md"] = strToU8(readme(meta, sections, readable));
  return zipSync(zip, { level: 6, mtime: meta.exportedAt });
}
