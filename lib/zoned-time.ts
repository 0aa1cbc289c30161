import { AppError } from "./errors";

/**
 * Local wall-clock time in an IANA zone <-> UTC, with Intl only (no date
 * library): the zone's offset at an instant is read from formatToParts.
 */

/** The IANA zones this runtime knows, for a time-zone input's suggestions. */
export function listTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["UTC"];
  }
}

/**
 * Zones already found valid. Making a DateTimeFormat to ask is dear (a CPU profile of the dashboard found this
 * at 1.2 % of the server's time, called for each date shown); the names that pass are few. Bounded anyway: a
 * name is case-insensitive, so a caller could invent many spellings of one zone.
 */
const validZones = new Set<string>();
const MAX_REMEMBERED_ZONES = 2_000;

export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  if (validZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    return false;
  }
  if (validZones.size < MAX_REMEMBERED_ZONES) validZones.add(tz);
  return true;
}

export function assertTimeZone(tz: string): string {
  if (!isValidTimeZone(tz)) throw new AppError("bad_request", `"${tz.slice(0, 64)}" is not a time zone we know. Use an IANA name such as Europe/Paris.`);
  return tz;
}

/** How each kind of formatter reads an instant: its parts (for arithmetic), or a date and time for people. */
const FORMATS = {
  parts: ["en-US", { hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }],
  display: ["en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;

/** One formatter per kind and zone, made once (bounded like the valid names). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(kind: keyof typeof FORMATS, tz: string): Intl.DateTimeFormat {
  const key = `${kind} ${tz}`;
  let f = formatters.get(key);
  if (!f) {
    const [locale, options] = FORMATS[kind];
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: tz });
    if (formatters.size < 2 * MAX_REMEMBERED_ZONES) formatters.set(key, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `tz` at an instant. */
export function utcToZonedParts(at: Date, tz: string): LocalParts {
  assertTimeZone(tz);
  const parts: Record<string, number> = {};
  for (const p of formatterOf("parts", tz).formatToParts(at)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** Offset of `tz` from UTC at an instant, in minutes (Paris in winter: +60). */
export function zoneOffsetMinutes(at: Date, tz: string): number {
  const p = utcToZonedParts(at, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-03-29T09:30" in `tz` as a UTC instant. A time skipped by a DST jump
 * moves forward by the gap (as calendars do); an ambiguous time in the
 * fall-back hour takes the earlier instant.
 */
export function zonedLocalToUtc(local: string, tz: string): Date {
  assertTimeZone(tz);
  const m = LOCAL_RE.exec(local);
  if (!m) throw new AppError("bad_request", "Give the date as YYYY-MM-DD and the time as HH:MM.");
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) {
    throw new AppError("bad_request", "That date or time does not exist.");
  }
  // The zone's offset a day either side brackets any DST change near this time.
  const candidates = new Set<number>();
  for (const probe of [wall - 86_400_000, wall, wall + 86_400_000]) {
    candidates.add(wall - zoneOffsetMinutes(new Date(probe), tz) * 60_000);
  }
  const exact = [...candidates].filter((t) => {
    const p = utcToZonedParts(new Date(t), tz);
    return p.year === y && p.month === mo && p.day === d && p.hour === h && p.minute === mi;
  });
  if (exact.length) return new Date(Math.min(...exact));
  // Inside a spring-forward gap: keep the wall reading's distance from the earlier offset.
  const before = zoneOffsetMinutes(new Date(wall - 86_400_000), tz);
  return new Date(wall - before * 60_000);
}

/** "2026-03-29T09:30" for an instant as seen in `tz` (for inputs and display). */
export function utcToZonedLocal(at: Date, tz: string): string {
  const p = utcToZonedParts(at, tz);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A readable date and time in the person's zone, e.g. "Mon 30 Nov 2026, 09:30 (Europe/Paris)". */
export function formatInZone(at: Date, tz: string): string {
  const safe = isValidTimeZone(tz) ? tz : "UTC";
  return `${formatterOf("display", safe).format(at)} (${safe})`;
}
