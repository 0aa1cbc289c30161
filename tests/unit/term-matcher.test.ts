import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { highlightSegments, matchKeyPoints, stem, suggestedTicks, tokenize } from "@/bench/baseline/term-matcher";

const kp = (...terms: string[]) => ({ label: terms[0] ?? "", terms });
const one = (text: string, ...terms: string[]) => matchKeyPoints(text, [kp(...terms)])[0]!;
const hitText = (text: string, ...terms: string[]) => one(text, ...terms).spans.map((s) => text.slice(s.start, s.end));

describe("stem", () => {
  it("brings simple variants together", () => {
    for (const group of [
      ["cache", "caches", "cached", "caching"],
      ["query", "queries"],
      ["retry", "retries", "retried"],
      ["commit", "commits", "committed", "committing"],
      ["shard", "shards", "sharding", "sharded"],
      ["index", "indexes"],
      ["process", "processes", "processing"],
      ["write", "writes", "writing", "writer"],
      ["consume", "consumer", "consumers"],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(",")).toBe(1);
    }
  });

  it("leaves short words, numbers and -ss/-us/-is endings alone", () => {
    expect(stem("api")).toBe("api");
    expect(stem("401")).toBe("401");
    expect(stem("status")).toBe("status");
    expect(stem("stateless")).toBe("stateless");
    expect(stem("analysis")).toBe("analysis");
    expect(stem("add")).toBe(stem("added"));
  });
});

describe("tokenize", () => {
  it("keeps offsets and inner apostrophes", () => {
    const t = tokenize("It isn't write-through.");
    expect(t.map((x) => x.word)).toEqual(["it", "isn't", "write", "through"]);
    expect(t[2]).toMatchObject({ start: 9, end: 14 });
  });
});

describe("matchKeyPoints", () => {
  it("finds a single word case-insensitively and returns its span", () => {
    const m = one("Use an Index on the column.", "index");
    expect(m.matched).toBe(true);
    expect(m.spans).toEqual([{ term: "index", start: 7, end: 12 }]);
  });

  it("finds every occurrence of every term", () => {
    expect(hitText("HTTP and REST: rest uses http verbs", "http", "rest")).toEqual(["HTTP", "REST", "rest", "http"]);
  });

  it("matches plural and verb variants", () => {
    expect(one("We cached the responses", "cache").matched).toBe(true);
    expect(one("The queries are slow", "query").matched).toBe(true);
    expect(one("with sharding", "shard").matched).toBe(true);
    expect(one("Retries with backoff", "retry").matched).toBe(true);
  });

  it("treats hyphen, space and no space alike", () => {
    for (const text of ["a write-through cache", "a write through cache", "a writethrough cache", "a Write-Through cache"]) {
      expect(one(text, "write-through").matched, text).toBe(true);
      expect(one(text, "write through").matched, text).toBe(true);
      expect(one(text, "writethrough").matched, text).toBe(true);
    }
  });

  it("matches terms with punctuation inside", () => {
    expect(one("All disk I/O is slow", "i/o").matched).toBe(true);
    expect(one("use Promise.all here", "promise.all").matched).toBe(true);
    expect(one("lookups are O(log n)", "log n").matched).toBe(true);
    expect(one("return a 2xx code", "2xx").matched).toBe(true);
  });

  it("matches multi-word phrases, allowing one filler word", () => {
    expect(hitText("The DB is the source of truth.", "source of truth")).toEqual(["source of truth"]);
    expect(one("the source of the truth", "source of truth").matched).toBe(true);
    expect(one("a single point of failure", "single point of failure").matched).toBe(true);
    // Two filler words, or a content word, break the phrase.
    expect(one("source of all the truth", "source of truth").matched).toBe(false);
    expect(one("business rules and logic", "business logic").matched).toBe(false);
  });

  it("has no false hits inside other words", () => {
    expect(one("I ate an apple", "ap").matched).toBe(false);
    expect(one("capstone project", "cap").matched).toBe(false);
    expect(one("restaurant", "rest").matched).toBe(false);
    expect(one("mapping", "api").matched).toBe(false);
    expect(one("the AP in CAP", "ap").matched).toBe(true);
  });

  it("near misses do not match", () => {
    expect(one("idempotency keys", "idempotent").matched).toBe(false);
    expect(one("a durable log", "durability").matched).toBe(false);
    expect(one("write back", "write-through").matched).toBe(false);
  });

  it("does not count a negated mention, but still counts another", () => {
    const neg = one("POST is not idempotent.", "idempotent");
    expect(neg.matched).toBe(false);
    expect(neg.negated.map((s) => s.term)).toEqual(["idempotent"]);
    expect(one("It isn't idempotent", "idempotent").matched).toBe(false);
    expect(one("never cached", "cache").matched).toBe(false);
    expect(one("done without a rollback", "rollback").matched).toBe(false);
    expect(one("a non-blocking call", "blocking").matched).toBe(false);
    const mixed = one("POST is not idempotent, but PUT is idempotent.", "idempotent");
    expect(mixed.matched).toBe(true);
    expect(mixed.spans).toHaveLength(1);
  });

  it("a negation does not reach past the clause or far away", () => {
    expect(one("Not this one. Idempotent retries are safe", "idempotent").matched).toBe(true);
    expect(one("not only idempotent but also safe", "idempotent").matched).toBe(true);
    expect(one("no doubt that we need a very reliable idempotent API", "idempotent").matched).toBe(true);
  });

  it("a term that itself contains a negation matches", () => {
    expect(one("the backend must never trust the client", "never trust the client").matched).toBe(true);
    expect(one("GET has no side effects", "no side effects").matched).toBe(true);
    expect(one("node is nonblocking", "non-blocking").matched).toBe(true);
  });

  it("handles empty answers and empty terms", () => {
    expect(matchKeyPoints("", [kp("cache"), kp("api")]).every((m) => !m.matched && m.spans.length === 0)).toBe(true);
    expect(one("something", "", "  ", "--").matched).toBe(false);
    expect(matchKeyPoints("text", [])).toEqual([]);
  });

  it("suggests the ticks of matched key points by index", () => {
    const matches = matchKeyPoints("We use a cache and an API.", [kp("database"), kp("cache"), kp("api")]);
    expect(suggestedTicks(matches)).toEqual([1, 2]);
  });
});

describe("highlightSegments", () => {
  it("splits text into plain and highlighted parts that join back to the text", () => {
    const text = "A write-through cache and an API.";
    const matches = matchKeyPoints(text, [kp("write-through"), kp("cache"), kp("api")]);
    const segs = highlightSegments(text, matches);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.keyPoints.length).map((s) => s.text)).toEqual(["write-through", "cache", "API"]);
  });

  it("merges overlapping spans of different key points", () => {
    const text = "write-through cache";
    const matches = matchKeyPoints(text, [kp("write-through cache"), kp("cache")]);
    const segs = highlightSegments(text, matches);
    expect(segs).toEqual([{ text: "write-through cache", keyPoints: [0, 1] }]);
  });

  it("an unmatched text is one plain segment; an empty one has none", () => {
    expect(highlightSegments("plain", matchKeyPoints("plain", [kp("x")]))).toEqual([{ text: "plain", keyPoints: [] }]);
    expect(highlightSegments("", [])).toEqual([]);
  });
});

describe("properties (fast-check)", () => {
  const vocab = ["cache", "write", "through", "not", "the", "idempotent", "-", " ", ".", "api", "apple", "of", "s", "ing", "/", "ed"];
  const textArb = fc.array(fc.constantFrom(...vocab), { maxLength: 40 }).map((a) => a.join(""));
  const termsArb = fc.array(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 4 }).map((a) => a.join("")), { minLength: 1, maxLength: 4 });

  it("segments always join back to the text, and matches sit on word boundaries", () => {
    fc.assert(
      fc.property(textArb, termsArb, (text, terms) => {
        const matches = matchKeyPoints(text, [{ label: "k", terms }]);
        expect(highlightSegments(text, matches).map((s) => s.text).join("")).toBe(text);
        for (const s of matches[0]!.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start === 0 || !/[\p{L}\p{N}]/u.test(text[s.start - 1]!)).toBe(true);
          expect(s.end === text.length || !/[\p{L}\p{N}]/u.test(text[s.end]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(textArb, termsArb, (text, terms) => {
        expect(matchKeyPoints(text, [{ label: "k", terms }])).toEqual(matchKeyPoints(text, [{ label: "k", terms }]));
      }),
      { numRuns: 100 },
    );
  });
});
