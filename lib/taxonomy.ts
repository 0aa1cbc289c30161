/** The fixed vocabularies of the question bank: levels, kinds and topics. */

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

export const KINDS = ["concept", "coding", "design"] as const;
export type Kind = (typeof KINDS)[number];

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
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_SLUGS = Object.keys(TOPICS) as Topic[];

export function topicLabel(topic: string): string {
  return (TOPICS as Record<string, string>)[topic] ?? topic;
}
