/**
 * The steps of a system-design answer, in the order an interviewer expects
 * them. The review shows them beside a design question as a self-check.
 */
export interface DesignChecklistStep {
  id: string;
  label: string;
  hint: string;
}

export const DESIGN_CHECKLIST: readonly DesignChecklistStep[] = [
  { id: "requirements", label: "Requirements", hint: "Functional scope, then scale, latency, availability and consistency targets, with rough numbers." },
  { id: "entities", label: "Core entities", hint: "The few nouns the system is about and how they relate." },
  { id: "api", label: "API", hint: "The main endpoints or messages, their inputs and outputs, and which calls must be idempotent." },
  { id: "data-model", label: "Data model", hint: "Tables or documents, keys, indexes, and how the data is partitioned." },
  { id: "high-level", label: "High-level design", hint: "Boxes and arrows for one request end to end: clients, services, stores, queues, caches." },
  { id: "deep-dives", label: "Deep dives", hint: "The one or two hardest parts in detail: hot keys, fan-out, ordering, retries, failure modes." },
  { id: "trade-offs", label: "Trade-offs", hint: "What you chose, what you gave up, and what you would change at ten times the load." },
];
