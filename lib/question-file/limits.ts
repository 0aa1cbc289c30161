/**
 * The named limits of a person's own questions. Every refusal quotes them, so
 * the message says what to change.
 */
export const IMPORT_LIMITS = {
  /** Questions one person may own in all. */
  questionsPerPerson: 500,
  /** One question file (or one CSV), before or after unzipping. */
  fileBytes: 2 * 1024 * 1024,
  /** One upload, as sent. */
  importBytes: 10 * 1024 * 1024,
  /** Everything a zip unpacks to: a small zip that inflates past this is a zip bomb. */
  unzippedBytes: 10 * 1024 * 1024,
  /** Entries in one zip. */
  zipEntries: 1000,
} as const;

/** Slugs that name the bank's own pages (/questions/new, /questions/import): no question may take them. */
export const RESERVED_SLUGS: readonly string[] = ["new", "import"];

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
