import { describe, expect, it } from "vitest";
import { findPhrase } from "@/lib/judge/match";
import { compilePhrase } from "@/lib/judge/phrase";
import { analyzeText } from "@/lib/judge/text";
import { THESAURUS } from "@/lib/judge/thesaurus";

const counts = (text: string, phrase: string) => findPhrase(analyzeText(text), compilePhrase(phrase)).some((o) => !o.denial);

describe("the thesaurus", () => {
  it("holds a thoughtful number of groups, each of two or more plain-word entries", () => {
    expect(THESAURUS.length).toBeGreaterThanOrEqual(60);
    expect(THESAURUS.length).toBeLessThanOrEqual(200);
    for (const group of THESAURUS) {
      expect(group.length, group.join(" | ")).toBeGreaterThanOrEqual(2);
      for (const entry of group) expect(() => compilePhrase(entry), entry).not.toThrow();
    }
  });

  it("lists each entry in one group only", () => {
    const key = (entry: string) =>
      analyzeText(entry)
        .tokens.map((t) => t.stem)
        .join(" ");
    const seen = new Map<string, string>();
    for (const group of THESAURUS) {
      for (const entry of new Set(group.map(key))) {
        expect(seen.get(entry), `"${entry}" in ${group.join(" | ")} and ${seen.get(entry)}`).toBeUndefined();
        seen.set(entry, group.join(" | "));
      }
    }
  });

  it("every entry of a group matches every other entry of it", () => {
    for (const group of THESAURUS) {
      for (const phrase of group) for (const written of group) expect(counts(`we said ${written} here`, phrase), `${phrase} ~ ${written}`).toBe(true);
    }
  });

  it("covers the variants the question format names", () => {
    expect(counts("evict the least recently used key", "lru")).toBe(true);
    expect(counts("an LRU cache", "least recently used cache")).toBe(true);
    expect(counts("serve it over HTTPS", "tls")).toBe(true);
    expect(counts("terminate SSL at the load balancer", "tls")).toBe(true);
    expect(counts("set an expiry on each key", "expire")).toBe(true);
    expect(counts("the expiration time", "expire")).toBe(true);
    expect(counts("use parameterised queries", "prepared statement")).toBe(true);
    expect(counts("bound parameters stop injection", "parameterized query")).toBe(true);
    expect(counts("500 writes/s", "<n> writes per second")).toBe(true);
    expect(counts("500 writes a second", "<n> writes per second")).toBe(true);
    expect(counts("send an idempotency token", "idempotency key")).toBe(true);
    expect(counts("the DB is the source of truth", "database")).toBe(true);
    expect(counts("deploy on k8s", "kubernetes")).toBe(true);
    expect(counts("about 2,000 rps at peak", "<n> requests per second")).toBe(true);
    expect(counts("p99 under 200 ms", "99th percentile")).toBe(true);
    expect(counts("a 200 millisecond budget", "<n> ms")).toBe(true);
  });

  it("a variant inside a longer phrase is replaced in place", () => {
    expect(counts("store sessions in the database", "sessions ... db")).toBe(true);
    expect(counts("a least recently used eviction policy", "lru eviction")).toBe(true);
  });

  it("does not stretch a word past its meaning", () => {
    expect(counts("the primary key", "leader")).toBe(false);
    expect(counts("500 ms", "internal server error")).toBe(false);
    expect(counts("the WS-Security standard", "websocket")).toBe(false);
    expect(counts("it has a replica", "ha")).toBe(false);
  });

  it("keeps the alternatives of a phrase bounded", () => {
    for (const phrase of ["<n> requests per second per db", "lru cache in the db with a ttl per second", "tls jwt api db"]) {
      expect(compilePhrase(phrase).alternatives.length).toBeLessThanOrEqual(64);
    }
  });
});
