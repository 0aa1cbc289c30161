"use client";

import { createContext, useContext, type RefObject } from "react";
import type { SketchHandle } from "./types";

/**
 * How the interview room reaches the sketch panel it was handed as a ready
 * element: the panel reads whether the question is still editable and
 * registers itself so time-up and navigation flush it like the text answer.
 */
export interface SketchSlotValue {
  editable: boolean;
  handle: RefObject<SketchHandle | null>;
}

export const SketchSlotContext = createContext<SketchSlotValue | null>(null);

export function useSketchSlot(): SketchSlotValue | null {
  return useContext(SketchSlotContext);
}
