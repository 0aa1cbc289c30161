import type { InterviewConfig } from "@/lib/interview/config";
import { topicLabel } from "@/lib/taxonomy";

const KIND_WORD = { concept: "concepts", coding: "coding", design: "system design" } as const;

/** A readable name for an interview from its setup: "3 questions · system design · Caching". */
export function interviewTitle(config: InterviewConfig, count: number, presetLabel?: string): string {
  if (presetLabel) return presetLabel;
  const parts = [`${count} question${count === 1 ? "" : "s"}`];
  if (config.kinds.length < 3) parts.push(config.kinds.map((k) => KIND_WORD[k]).join(" & "));
  if (config.topics.length > 0 && config.topics.length <= 2) parts.push(config.topics.map(topicLabel).join(" & "));
  else if (config.topics.length > 2) parts.push(`${config.topics.length} topics`);
  if (config.levels.length < 3) parts.push(config.levels.join(" & "));
  return parts.join(" · ");
}
