/**
 * The fixed vocabularies, each defined once: the question bank's levels, kinds
 * and topics, an interview's statuses and timer modes, and the labels people
 * read for them. The schema's pgEnums take these same tuples.
 */

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" };

export const KINDS = ["concept", "coding", "design"] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, string> = { concept: "Concept", coding: "Coding", design: "System design" };

export const INTERVIEW_STATUSES = ["scheduled", "active", "review", "completed", "abandoned", "missed"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const STATUS_LABELS: Record<InterviewStatus, string> = {
  active: "In progress",
  review: "To review",
  completed: "Completed",
  abandoned: "Abandoned",
  missed: "Missed",
  scheduled: "Scheduled",
};

export const TIMER_MODES = ["total", "per_question", "untimed"] as const;
export type TimerMode = (typeof TIMER_MODES)[number];

/** The languages a coding answer is written in (the bank shows TypeScript and Python, Go or Java; SQL questions SQL). */
/** Whose questions a list or a draw takes: the built-in bank, the person's own, or both. */
export const QUESTION_SOURCES = ["built-in", "mine", "all"] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];
/** The bank's filter names them by whose they are; interview setup by what is drawn. */
export const SOURCE_LABELS: Record<QuestionSource, string> = { "built-in": "Built-in", mine: "Mine", all: "All" };
export const DRAW_SOURCE_LABELS: Record<QuestionSource, string> = { "built-in": "Built-in", mine: "Only my questions", all: "Mix" };

export const LANGUAGES = ["typescript", "javascript", "python", "go", "java", "sql"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS: Record<Language, string> = { typescript: "TypeScript", javascript: "JavaScript", python: "Python", go: "Go", java: "Java", sql: "SQL" };

export const TOPICS = {
  "http-rest": "HTTP & REST",
  apis: "APIs",
  "databases-sql": "Databases & SQL",
  indexing: "Indexing",
  transactions: "Transactions",
  caching: "Caching",
  "auth-security": "Auth & security",
  "concurrency-async": "Concurrency & async",
  "messaging-queues": "Messaging & queues",
  scalability: "Scalability & load balancing",
  "distributed-systems": "Distributed systems",
  observability: "Observability",
  "system-design": "System design",
  realtime: "Real-time: WebSockets, SSE, polling",
  "event-driven": "Event-driven: logs, event sourcing, CQRS",
  "cloud-devops": "Cloud, containers & CI/CD",
  "ai-backends": "AI back ends & vector search",
  "languages-runtimes": "Languages & runtimes",
  testing: "Testing",
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_SLUGS = Object.keys(TOPICS) as Topic[];

export function topicLabel(topic: string): string {
  return (TOPICS as Record<string, string>)[topic] ?? topic;
}

/** A label for a stored value that may predate the vocabulary (shown as is). */
export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

/** The vocabularies as [value, label] pairs, for choices. */
export const LEVEL_OPTIONS = LEVELS.map((l) => [l, LEVEL_LABELS[l]] as const);
export const KIND_OPTIONS = KINDS.map((k) => [k, KIND_LABELS[k]] as const);
export const TOPIC_OPTIONS = Object.entries(TOPICS) as [Topic, string][];
export const SOURCE_OPTIONS = QUESTION_SOURCES.map((s) => [s, SOURCE_LABELS[s]] as const);
export const LANGUAGE_OPTIONS = LANGUAGES.map((l) => [l, LANGUAGE_LABELS[l]] as const);

/** The phases of a design question, in order, with their outline headings. */
export const DESIGN_PHASES = ["requirements", "entities", "api", "high-level", "deep-dives", "trade-offs"] as const;
export type DesignPhase = (typeof DESIGN_PHASES)[number];
export const PHASE_HEADINGS: Readonly<Record<DesignPhase, string>> = {
  requirements: "Requirements",
  entities: "Core entities",
  api: "API",
  "high-level": "High-level design",
  "deep-dives": "Deep dives",
  "trade-offs": "Trade-offs",
};
