import type { Kind, Level, Topic } from "@/lib/taxonomy";

/**
 * A key point of a sample answer: a short phrase a reviewer looks for, and the
 * terms whose presence in an answer shows it was covered. Any one term (or a
 * simple variant of it: plural, -ing/-ed, hyphen/space) counts as a hit, so list
 * the distinct ways a candidate would say it ("idempotent", "safe to retry").
 */
export interface SeedKeyPoint {
  label: string;
  terms: string[];
}

/** One built-in question, authored in Markdown and converted to editor JSON at seed time. */
export interface SeedQuestion {
  /** Stable id, kebab-case, unique across the bank. Never change it once published. */
  slug: string;
  title: string;
  /** What the interviewer asks, as Markdown (one or two short paragraphs). */
  prompt: string;
  level: Level;
  kind: Kind;
  /** 1–3 topics, the first being the main one. */
  topics: Topic[];
  suggestedMinutes: number;
  /** Interview-quality sample answer, Markdown: paragraphs, lists, fenced code blocks, `inline code`, **bold**. */
  sampleAnswer: string;
  /** 3–7 key points. */
  keyPoints: SeedKeyPoint[];
  /** Design questions only: a short reference design outline, Markdown bullet list. */
  designOutline?: string;
  /** Design questions only: a reference Excalidraw scene ({ elements, appState?, files? }). */
  referenceScene?: unknown;
}
