import { strFromU8, strToU8, Unzip, UnzipInflate, zipSync } from "fflate";
import { IMPORT_LIMITS, megabytes } from "./limits";

/**
 * Reading and writing zips of question files. Reading never trusts the zip's
 * own sizes: bytes are counted as they inflate and the read stops at the cap,
 * so a zip bomb costs at most the cap in memory. Entry names are only ever
 * names (nothing is written to disk), but a name that climbs out of its folder
 * or is absolute is refused all the same: such a zip was made to attack.
 */

export interface ZipEntry {
  /** The entry's path inside the zip. */
  name: string;
  text: string;
}

export interface ZipRead {
  entries: ZipEntry[];
  /** Every problem, each naming the entry; a zip with problems is not imported. */
  problems: string[];
}

class StopRead extends Error {}

/** Why an entry name is refused, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes("\0")) return "its name holds a NUL character";
  if (name.includes("\\")) return 'its name uses "\\": zip paths use "/"';
  if (name.startsWith("/") || /^[a-zA-Z]:/.test(name)) return "its path is absolute";
  if (name.split("/").some((part) => part === "..")) return 'its path climbs out of the zip with ".."';
  return null;
}

/** Entries that are not questions and carry nothing: folders, macOS metadata, hidden files. */
function isNoise(name: string): boolean {
  return name.endsWith("/") || name.startsWith("__MACOSX/") || name.split("/").some((p) => p.startsWith("."));
}

/** Show a name from a hostile zip in a message: short, on one line. */
function shown(name: string): string {
  const flat = name.replace(/[\u0000-\u001f\u007f]/g, "?");
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

export function readZip(bytes: Uint8Array, limits: { unzippedBytes: number; fileBytes: number; zipEntries: number } = IMPORT_LIMITS): ZipRead {
  const entries: ZipEntry[] = [];
  const problems: string[] = [];
  let total = 0;
  let count = 0;
  // Once a limit is hit the read is over: fflate may still call back for what it had buffered.
  let stopped = false;
  const stop = (message: string) => {
    if (!stopped) problems.push(message);
    stopped = true;
    throw new StopRead();
  };
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (stopped) return;
    const name = file.name;
    if (++count > limits.zipEntries) stop(`The zip holds more than ${limits.zipEntries} entries; split it into smaller zips.`);
    const unsafe = unsafeEntryName(name);
    if (unsafe) {
      problems.push(`${shown(name)}: refused, ${unsafe}.`);
      return;
    }
    if (isNoise(name)) return;
    if (!name.toLowerCase().endsWith(".md")) {
      problems.push(`${shown(name)}: only question files (.md) are read from a zip.`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (stopped) return;
      if (err) stop(`${shown(name)}: the zip entry is damaged${err.message ? ` (${err.message})` : ""}.`);
      size += chunk.length;
      total += chunk.length;
      if (total > limits.unzippedBytes) stop(`The zip unpacks to more than ${megabytes(limits.unzippedBytes)} (the limit for one import); nothing was imported.`);
      if (size > limits.fileBytes) stop(`${shown(name)}: larger than ${megabytes(limits.fileBytes)}, the limit for one question file.`);
      chunks.push(chunk);
      if (final) entries.push({ name, text: strFromU8(concat(chunks, size)) });
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (err) {
    if (!(err instanceof StopRead) && !stopped) problems.push(`The file is not a readable zip (${err instanceof Error ? err.message : "unknown error"}).`);
  }
  if (count === 0 && problems.length === 0) problems.push("The zip is empty or not a zip file.");
  return { entries, problems };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A zip of text files (name → content), as an export sends it. */
export function writeZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
