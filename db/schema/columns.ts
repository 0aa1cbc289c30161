import { customType, pgEnum, timestamp } from "drizzle-orm/pg-core";
import { INTERVIEW_STATUSES, KINDS, LEVELS, TIMER_MODES } from "@/lib/taxonomy";
import { DESIGN_PHASES } from "@/lib/question-file/schema";

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
/** Raw bytes (postgres.js reads them as a Buffer, PGlite as a Uint8Array: both are Uint8Arrays). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const levelEnum = pgEnum("level", LEVELS);
export const kindEnum = pgEnum("kind", KINDS);
export const interviewStatusEnum = pgEnum("interview_status", INTERVIEW_STATUSES);
export const timerModeEnum = pgEnum("timer_mode", TIMER_MODES);
export const designPhaseEnum = pgEnum("design_phase", DESIGN_PHASES);
