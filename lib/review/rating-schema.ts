import { z } from "zod";

export const MAX_NOTE_LENGTH = 2000;
const MAX_TICKS = 64;

const index = z
  .number({ error: "Each tick must be the index of an item (a whole number)." })
  .int("Each tick must be a whole-number index.")
  .min(0, "Indexes start at 0.");

/** The body of a rating: the self-rating (1 Again … 4 Easy), the confirmed ticks, an optional note. */
export const ratingBodySchema = z.object({
  rating: z
    .number({ error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)." })
    .int("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
    .min(1, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
    .max(4, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
    .transform((n) => n as 1 | 2 | 3 | 4),
  keyPointsTicked: z.array(index, { error: "keyPointsTicked must be a list of key-point indexes." }).max(MAX_TICKS),
  checklistTicked: z.array(index, { error: "checklistTicked must be a list of checklist indexes." }).max(MAX_TICKS).optional(),
  note: z.string({ error: "note must be text." }).max(MAX_NOTE_LENGTH, `The note can be at most ${MAX_NOTE_LENGTH} characters.`).optional(),
});
