import { createEvent, type EventAttributes } from "ics";
import { AppError } from "@/lib/errors";

export const REMINDER_MINUTES = 15;

export interface InviteInput {
  id: string;
  title: string;
  start: Date;
  minutes: number;
  /** Absolute link to open the interview. */
  url: string;
  questionCount: number;
  timeZone?: string | null;
  now: Date;
}

function utcArray(d: Date): [number, number, number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/** An iCalendar invitation for a scheduled interview, times in UTC, with a display reminder before it. */
export function buildInvite(input: InviteInput): string {
  const minutes = Math.max(5, Math.round(input.minutes));
  const end = new Date(input.start.getTime() + minutes * 60_000);
  const zone = input.timeZone ? ` (${input.timeZone})` : "";
  const attrs: EventAttributes = {
    uid: `${input.id}@mockline`,
    productId: "mockline/schedule",
    title: `Mock interview: ${input.title}`,
    description: `${input.questionCount} question${input.questionCount === 1 ? "" : "s"}, about ${minutes} minutes${zone}.\nThe questions stay hidden until you start.\nOpen: ${input.url}`,
    url: input.url,
    start: utcArray(input.start),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcArray(end),
    endInputType: "utc",
    endOutputType: "utc",
    created: utcArray(input.now),
    status: "CONFIRMED",
    busyStatus: "BUSY",
    alarms: [{ action: "display", description: `Mock interview in ${REMINDER_MINUTES} minutes`, trigger: { minutes: REMINDER_MINUTES, before: true } }],
  };
  const { error, value } = createEvent(attrs);
  if (error || !value) throw new AppError("internal", "The calendar invitation could not be built.");
  return value;
}
