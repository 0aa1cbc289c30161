/**
 * The steps of a system-design answer, in the order an interviewer expects
 * them. The review shows them beside a design question as a self-check.
 */
import type { DesignPhase } from "@/lib/question-file/schema";

export interface DesignChecklistStep {
  id: string;
  /** The phase of a design interview the step belongs to (the review groups them by it). */
  phase: DesignPhase;
  label: string;
  hint: string;
}

export const DESIGN_CHECKLIST: readonly DesignChecklistStep[] = [
  { id: "requirements", phase: "requirements", label: "Requirements", hint: "Functional scope, then scale, latency, availability and consistency targets, with rough numbers." },
  { id: "entities", phase: "entities", label: "Core entities", hint: "The few nouns the system is about and how they relate." },
  { id: "api", phase: "api", label: "API", hint: "The main endpoints or messages, their inputs and outputs, and which calls must be idempotent." },
  { id: "data-model", phase: "entities", label: "Data model", hint: "Tables or documents, keys, indexes, and how the data is partitioned." },
  { id: "high-level", phase: "high-level", label: "High-level design", hint: "Boxes and arrows for one request end to end: clients, services, stores, queues, caches." },
  { id: "deep-dives", phase: "deep-dives", label: "Deep dives", hint: "The one or two hardest parts in detail: hot keys, fan-out, ordering, retries, failure modes." },
  { id: "trade-offs", phase: "trade-offs", label: "Trade-offs", hint: "What you chose, what you gave up, and what you would change at ten times the load." },
];
