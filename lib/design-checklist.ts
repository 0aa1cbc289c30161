/** What a system-design answer is expected to walk through, ticked in review alongside the key points. */
export const DESIGN_CHECKLIST: { key: string; label: string; hint: string }[] = [
  { key: "requirements", label: "Requirements", hint: "Functional and non-functional requirements, scale and constraints agreed up front." },
  { key: "entities", label: "Core entities", hint: "The main objects of the system and how they relate." },
  { key: "api", label: "API", hint: "The endpoints or interfaces clients call, with their inputs and outputs." },
  { key: "data-model", label: "Data model", hint: "Tables or documents, keys and indexes, and the store chosen for each." },
  { key: "high-level", label: "High-level design", hint: "The components and the path a request takes through them." },
  { key: "deep-dives", label: "Deep dives", hint: "One or two hard parts explored in depth: scaling, consistency, hot spots." },
  { key: "trade-offs", label: "Trade-offs", hint: "What was chosen over what, and why; what would change at 10× the load." },
];
