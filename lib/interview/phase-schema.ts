import { z } from "zod";
import { DESIGN_PHASES } from "@/lib/question-file/schema";

/**
 * The body of "Next phase": the phase the person moves to. Kept apart from
 * lib/interview/phases.ts, which the live page loads: zod in the browser
 * probes for eval, which the CSP refuses (and reports).
 */
export const phaseMoveSchema = z.strictObject({
  phase: z.enum(DESIGN_PHASES, { error: `phase must be one of: ${DESIGN_PHASES.join(", ")}` }),
});
