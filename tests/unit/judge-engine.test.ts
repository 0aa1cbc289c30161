import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileQuestion, judgeAnswer } from "@/lib/judge/judge";
import { highlightSegments } from "@/lib/judge/highlight";
import { findPhrase } from "@/lib/judge/match";
import { compilePhrase, phraseError } from "@/lib/judge/phrase";
import { stemWord } from "@/lib/judge/stem";
import { analyzeText } from "@/lib/judge/text";
import type { KeyPoint, Misconception } from "@/lib/judge/types";

/** The texts a phrase matches in an answer, counted (denied ones apart). */
function find(text: string, phrase: string) {
  const occ = findPhrase(analyzeText(text), compilePhrase(phrase));
  return {
    hits: occ.filter((o) => !o.denial).map((o) => text.slice(o.start, o.end)),
    denied: occ.filter((o) => o.denial).map((o) => text.slice(o.start, o.end)),
  };
}
const hits = (text: string, phrase: string) => find(text, phrase).hits;
const counts = (text: string, phrase: string) => hits(text, phrase).length > 0;
const denied = (text: string, phrase: string) => find(text, phrase).denied.length > 0 && !counts(text, phrase);

describe("sentences and clauses", () => {
  const shape = (text: string) => analyzeText(text).tokens.map((t) => `${t.low}@${t.sentence}.${t.clause}`);

  it("ends sentences at . ! ? and line breaks, and clauses also at ; , : brackets and contrast words", () => {
    expect(shape("A b. C! D? E; F\nG")).toEqual(["a@0.0", "b@0.0", "c@1.1", "d@2.2", "e@3.3", "f@3.4", "g@4.5"]);
    expect(shape("a, b: c (d) e but f whereas g although h")).toEqual(["a@0.0", "b@0.1", "c@0.2", "d@0.3", "e@0.4", "but@0.5", "f@0.5", "whereas@0.6", "g@0.6", "although@0.7", "h@0.7"]);
  });

  it("a soft-wrapped line break does not end a sentence; a list item, a blank line or a short line does", () => {
    const sentences = (text: string) => new Set(analyzeText(text).tokens.map((t) => t.sentence)).size;
    expect(sentences("Atomicity says both updates happen or\nneither does.")).toBe(1);
    expect(sentences("Consistency means the rules we declared, like a balance that can never go\nNegative, still hold.")).toBe(1);
    expect(sentences("Atomicity\nAll or nothing")).toBe(2);
    expect(sentences("- atomicity\n- rolled back")).toBe(2);
    expect(sentences("atomicity is about failures\n\nrolled back")).toBe(2);
    expect(sentences("atomicity is about failures.\nrolled back")).toBe(2);
  });

  it("a dot inside a word, a figure or an abbreviation does not end a sentence", () => {
    expect(new Set(analyzeText("Use node.js, e.g. with Promise.all, at 1.5 ms vs. 3 ms.").tokens.map((t) => t.sentence))).toEqual(new Set([0]));
  });

  it("reads figures: thousands, decimals, suffixes, approximations, units glued on", () => {
    const t = analyzeText("3,500 and 1.5 and 10k and 2M and ~300 and ≈ 40 and 500ms and 2xx");
    const figures = t.tokens.filter((x) => x.number).map((x) => [x.raw, x.low]);
    expect(figures).toEqual([["3,500", "3500"], ["1.5", "1.5"], ["10k", "10k"], ["2M", "2m"], ["~300", "300"], ["≈ 40", "40"], ["500", "500"]]);
    expect(t.tokens.map((x) => x.low)).toContain("ms");
    expect(t.tokens.map((x) => x.low)).toContain("2xx");
  });

  it("keeps offsets", () => {
    const t = analyzeText("It isn't write-through.").tokens;
    expect(t.map((x) => x.low)).toEqual(["it", "isn't", "write", "through"]);
    expect(t[2]).toMatchObject({ start: 9, end: 14 });
  });
});

describe("stems", () => {
  it("uses the Porter stemmer, so derived forms meet", () => {
    for (const group of [
      ["cache", "caches", "cached", "caching"],
      ["idempotent", "idempotency", "idempotence"],
      ["queue", "queues", "queuing", "queueing", "queued"],
      ["consistent", "consistency"],
      ["index", "indexes", "indices", "indexing"],
    ]) {
      expect(new Set(group.map(stemWord)).size, group.join(",")).toBe(1);
    }
  });

  it("folds British spellings", () => {
    expect(stemWord("parameterised")).toBe(stemWord("parameterized"));
    expect(stemWord("serialisable")).toBe(stemWord("serializable"));
    expect(stemWord("behaviour")).toBe(stemWord("behavior"));
    expect(stemWord("normalisation")).toBe(stemWord("normalization"));
  });

  it("keeps acronyms apart from the words the stemmer would merge them with", () => {
    expect(stemWord("https")).not.toBe(stemWord("http"));
    expect(stemWord("dos")).not.toBe(stemWord("do"));
    expect(stemWord("has")).not.toBe(stemWord("ha"));
    expect(stemWord("dbs")).toBe("db");
  });
});

describe("phrases", () => {
  it("match word by word by stem, case-insensitively, with their spans", () => {
    expect(hits("We CACHED the responses", "cache")).toEqual(["CACHED"]);
    expect(hits("retries are safe", "retry")).toEqual(["retries"]);
    expect(counts("I ate an apple", "ap")).toBe(false);
    expect(counts("capstone project", "cap")).toBe(false);
  });

  it("treat hyphens, spaces and joined compounds alike", () => {
    for (const text of ["a write-through cache", "a write through cache", "a writethrough cache", "a Write-Through cache"]) {
      for (const phrase of ["write-through", "write through", "writethrough"]) expect(counts(text, phrase), `${text} / ${phrase}`).toBe(true);
    }
    expect(counts("use a b-tree", "btree")).toBe(true);
  });

  it("allow one small filler word between their words, not two, and not a content word", () => {
    expect(counts("the source of the truth", "source of truth")).toBe(true);
    expect(counts("a single point of a failure", "single point of failure")).toBe(true);
    expect(counts("source of all the truth", "source of truth")).toBe(false);
    expect(counts("business rules and logic", "business logic")).toBe(false);
  });

  it("`...` allows up to five words of the same clause", () => {
    expect(hits("POST requests are idempotent", "=POST ... idempotent")).toEqual(["POST requests are idempotent"]);
    expect(counts("GET is idempotent, POST is not", "=POST ... idempotent")).toBe(false);
    expect(counts("fetch the user's profile data", "fetch ... data")).toBe(true);
    expect(counts("fetch one two three four five data", "fetch ... data")).toBe(true);
    expect(counts("fetch one two three four five six data", "fetch ... data")).toBe(false);
    expect(counts("fetch data", "fetch ... data")).toBe(true);
    expect(counts("POST (a request) is idempotent", "=POST ... idempotent")).toBe(false);
  });

  it("`=WORD` is that exact word: case-sensitive, no stemming", () => {
    expect(counts("Apply security patches weekly", "=PATCH")).toBe(false);
    expect(counts("Use PATCH for partial updates", "=PATCH")).toBe(true);
    expect(counts("get the user first", "=GET")).toBe(false);
    expect(counts("GET /users is safe", "=GET")).toBe(true);
    expect(counts("GETs are safe", "=GET")).toBe(false);
    expect(counts("use DENSE_RANK() here", "=DENSE_RANK")).toBe(true);
    expect(counts("use dense_rank() here", "=DENSE_RANK")).toBe(false);
    expect(counts("set Cache-Control: no-store", "=Cache-Control")).toBe(true);
    expect(counts("the N+1 problem", "=N+1")).toBe(true);
  });

  it("`<n>` matches any figure", () => {
    for (const text of ["40 writes per second", "3,500 writes per second", "1.5 writes per second", "10k writes per second", "2M writes per second", "~300 writes per second", "≈ 40 writes per second", "two writes per second", "3 million writes per second"]) {
      expect(counts(text, "<n> writes per second"), text).toBe(true);
    }
    expect(counts("many writes per second", "<n> writes per second")).toBe(false);
    expect(hits("at 500ms p99", "<n> ms")).toEqual(["500ms"]);
  });

  it("keeps the punctuation a phrase asks for", () => {
    expect(counts("disk I/O is slow", "i/o")).toBe(true);
    expect(counts("lookups are O(log n)", "o(log n)")).toBe(true);
    expect(counts("lookups are O(1)", "o(1)")).toBe(true);
    expect(counts("use Promise.all here", "promise.all")).toBe(true);
    expect(counts("the N+1 query problem", "n+1")).toBe(true);
    expect(counts("return a 2xx code", "2xx")).toBe(true);
    // An "=" inside a phrase that does not start a word is punctuation.
    expect(counts("UPDATE accounts SET balance = balance - 10", "balance = balance")).toBe(true);
    expect(counts("the balance and balance", "balance = balance")).toBe(false);
    expect(counts("write with w=2 and r=2", "w=2")).toBe(true);
  });

  it("malformed phrases are refused with a reason", () => {
    expect(phraseError("")).toBe("a phrase must not be empty");
    expect(phraseError("   ")).toBe("a phrase must not be empty");
    expect(phraseError("... idempotent")).toBe('"..." must stand between two words');
    expect(phraseError("idempotent ...")).toBe('"..." must stand between two words');
    expect(phraseError("a ... ... b")).toBe('"..." twice in a row');
    // An "=" that does not start a word is punctuation: "= ANY($1)".
    expect(phraseError("= any")).toBeNull();
    expect(counts("WHERE post_id = ANY($1)", "= any")).toBe(true);
    expect(counts("any post", "= any")).toBe(false);
    expect(phraseError("=")).toBe("a phrase needs at least one word or <n>");
    expect(phraseError("<x> users")).toBe('only <n> may stand in angle brackets, not "<x>"');
    expect(phraseError("<n>")).toBeNull();
    expect(phraseError("--")).toBe("a phrase needs at least one word or <n>");
    expect(phraseError("$")).toBe("a phrase needs at least one word or <n>");
    expect(phraseError("x".repeat(121))).toMatch(/at most 120/);
    expect(phraseError("=POST ... not idempotent")).toBeNull();
    expect(() => compilePhrase("... x")).toThrow(/must stand between two words/);
  });
});

describe("negation", () => {
  it("a negator up to three words before a phrase, in its clause, denies it", () => {
    expect(denied("POST is not idempotent.", "idempotent")).toBe(true);
    expect(denied("It isn't idempotent", "idempotent")).toBe(true);
    expect(denied("It is never cached", "cache")).toBe(true);
    expect(denied("You cannot shard it", "shard")).toBe(true);
    expect(denied("There is no need for a distributed lock", "distributed lock")).toBe(true);
    expect(denied("We don't need an index here", "index")).toBe(true);
    expect(denied("Use a cookie instead of localStorage", "localstorage")).toBe(true);
    expect(denied("a non-blocking call", "blocking")).toBe(true);
    expect(denied("Not this one. Idempotent retries are safe", "idempotent")).toBe(false);
    expect(denied("no, a very reliable idempotent API", "idempotent")).toBe(false);
  });

  it("a denial after a phrase, in its clause, denies it", () => {
    for (const text of [
      "Selectivity doesn't matter",
      "Selectivity of the index doesn't matter",
      "The write overhead isn't a real problem",
      "An index isn't needed",
      "A lock is not required",
      "Caching is unnecessary",
      "Selectivity is irrelevant",
      "The idempotency key is optional",
      "Retries don't really help",
      "Locks are overkill here",
    ]) {
      const phrase = /selectivity/i.test(text) ? "selectivity" : /overhead/.test(text) ? "write overhead" : /index/.test(text) ? "index" : /lock/i.test(text) ? "lock" : /cach/i.test(text) ? "cache" : /retr/i.test(text) ? "retry" : "idempotency key";
      expect(denied(text, phrase), text).toBe(true);
    }
  });

  it("a denial of something else later in the sentence does not reach back", () => {
    expect(counts("Idempotency keys mean duplicates aren't a problem", "idempotency key")).toBe(true);
    expect(counts("Use an index, then a full scan isn't needed", "index")).toBe(true);
    expect(counts("Use an index because scans aren't needed", "index")).toBe(true);
  });

  it("`not only`, `no matter` and `no more than` are not denials", () => {
    expect(counts("it is not only idempotent but also safe", "idempotent")).toBe(true);
    expect(counts("Caching isn't just about speed", "speed")).toBe(true);
    expect(counts("no matter how often you retry, the result is the same", "retry")).toBe(true);
    expect(counts("keep no more than 5 retries", "retry")).toBe(true);
  });

  it("`without X, ...` and a hypothesis explain, they do not deny", () => {
    expect(counts("Without an idempotency key, two payments could go through", "idempotency key")).toBe(true);
    expect(counts("If you don't use an index, the database scans every row", "index")).toBe(true);
    expect(denied("It works without locks", "lock")).toBe(true);
  });

  it("a negation inside a `...` gap denies the occurrence", () => {
    expect(denied("POST is not idempotent", "=POST ... idempotent")).toBe(true);
    expect(denied("if POST is not idempotent, retries duplicate", "=POST ... idempotent")).toBe(true);
  });

  it("a phrase that states the negation itself matches the negated statement", () => {
    expect(counts("POST is not idempotent", "=POST ... not idempotent")).toBe(true);
    for (const text of ["The payload is not encrypted", "The payload isn't encrypted", "Payloads aren't encrypted", "It is never encrypted", "It does not get encrypted"]) {
      expect(counts(text, "not encrypted") || counts(text, "not ... encrypted"), text).toBe(true);
    }
    expect(counts("POST isn't idempotent", "=POST is not idempotent")).toBe(true);
    expect(counts("POST does not stay idempotent", "=POST ... not ... idempotent")).toBe(true);
    expect(counts("It doesn't matter", "does not matter")).toBe(true);
    expect(counts("GET has no side effects", "no side effects")).toBe(true);
    expect(counts("the backend must never trust the client", "never trust the client")).toBe(true);
  });

  it("a negation does not cross a clause", () => {
    expect(counts("It is not slow, it is cached", "cache")).toBe(true);
    expect(counts("Not a problem: we cache it", "cache")).toBe(true);
  });
});

const getVsPost: { keyPoints: KeyPoint[]; misconceptions: Misconception[] } = {
  keyPoints: [
    { id: "get-safe", label: "GET reads data and is safe", any: ["safe method", "read-only", "no side effects", "retrieve ... data", "fetch ... data"] },
    {
      id: "idempotent-methods",
      label: "GET, PUT and DELETE are idempotent; POST is not",
      rules: [
        { any: ["=GET", "=PUT", "=DELETE"], with: ["idempotent", "same effect", "safe to retry"], unless: ["=POST ... idempotent"] },
        { any: ["=POST ... not idempotent", "=POST isn't idempotent", "=POST is neither"] },
      ],
    },
    { id: "knows-methods", label: "Knows PUT, PATCH and DELETE", any: ["=PATCH", "=PUT", "=DELETE"], with: ["partial", "replace", "remove", "update"] },
  ],
  misconceptions: [
    {
      id: "post-idempotent",
      claim: "POST is idempotent",
      why: "POST is neither safe nor idempotent by definition.",
      any: ["=POST ... idempotent", "=POST requests are idempotent"],
      contradicts: ["idempotent-methods"],
    },
  ],
};

describe("rules", () => {
  it("`any` with `with` must meet in one sentence, before or after", () => {
    expect(judgeAnswer(getVsPost, "GET is idempotent.").ticked).toContain(1);
    expect(judgeAnswer(getVsPost, "Sending it twice has the same effect with PUT.").ticked).toContain(1);
    expect(judgeAnswer(getVsPost, "GET is a method. It is idempotent.").ticked).not.toContain(1);
  });

  it("`unless` vetoes the rule in its sentence only", () => {
    const one = judgeAnswer(getVsPost, "GET and POST are idempotent.");
    expect(one.ticked).not.toContain(1);
    expect(one.keyPoints[1]!.vetoedBy.map((e) => e.text)).toEqual(["POST are idempotent"]);
    expect(judgeAnswer(getVsPost, "POST is special. GET is idempotent.").ticked).toContain(1);
  });

  it("any one of several rules shows the key point", () => {
    expect(judgeAnswer(getVsPost, "POST is not idempotent.").ticked).toContain(1);
    expect(judgeAnswer(getVsPost, "POST is neither safe nor idempotent.").ticked).toContain(1);
  });

  it("a denial that the rule's `with` asks for is the claim itself", () => {
    const optional = { keyPoints: [{ label: "Event sourcing is optional", any: ["event sourcing"], with: ["optional", "not required"] }] };
    expect(judgeAnswer(optional, "Event sourcing is optional.").ticked).toEqual([0]);
    expect(judgeAnswer(optional, "Event sourcing is not required for CQRS.").ticked).toEqual([0]);
    expect(judgeAnswer({ keyPoints: [{ label: "x", any: ["event sourcing"] }] }, "Event sourcing is optional.").ticked).toEqual([]);
    const denial = { keyPoints: [{ label: "k", any: ["cache"] }], misconceptions: [{ id: "no-index", claim: "Indexes are not needed", why: "Without one every lookup scans.", any: ["index"], with: ["isn't needed", "not needed"] }] };
    expect(judgeAnswer(denial, "An index isn't needed here.").misconceptions.map((m) => m.id)).toEqual(["no-index"]);
  });

  it("a `with` phrase must be other words than the `any` it explains", () => {
    const q = { keyPoints: [{ label: "sync blocks", any: ["blocking"], with: ["block", "wait"] }] };
    expect(judgeAnswer(q, "Blocking calls are fine here.").ticked).toEqual([]);
    expect(judgeAnswer(q, "A blocking call makes the thread wait.").ticked).toEqual([0]);
  });

  it("a key point without rules is never ticked", () => {
    expect(judgeAnswer({ keyPoints: [{ label: "nothing" }] }, "anything").ticked).toEqual([]);
  });
});

describe("misconceptions", () => {
  it("are flagged with their evidence, and un-tick the key points they contradict", () => {
    const j = judgeAnswer(getVsPost, "PUT is idempotent. POST requests are idempotent too.");
    expect(j.misconceptions.map((m) => m.id)).toEqual(["post-idempotent"]);
    expect(j.misconceptions[0]!.evidence.map((e) => e.text)).toEqual(["POST requests are idempotent"]);
    expect(j.keyPoints[1]!.holds).toBe(true);
    expect(j.keyPoints[1]!.matched).toBe(false);
    expect(j.keyPoints[1]!.contradictedBy).toEqual(["post-idempotent"]);
    expect(j.ticked).not.toContain(1);
  });

  it("a slogan in double quotes is mentioned, not claimed; a quoted single word still counts", () => {
    const q = {
      keyPoints: [{ label: "k", any: ["partition"] }],
      misconceptions: [
        { id: "pick-two", claim: "CAP lets you pick any two", why: "Partitions are not optional.", any: ["pick two"] },
        { id: "keep-running", claim: "Keep running after uncaughtException", why: "The process state is unknown.", any: ["uncaughtException"], with: ["keeps running"] },
      ],
    };
    const ids = (text: string) => judgeAnswer(q, text).misconceptions.map((m) => m.id);
    expect(ids('People say "pick two of three", but partitions happen anyway.')).toEqual([]);
    expect(ids("You pick two of the three.")).toEqual(["pick-two"]);
    expect(ids('A handler for process.on("uncaughtException") logs and keeps running.')).toEqual(["keep-running"]);
  });

  it("a clause that states a found misconception is no evidence for a key point", () => {
    const q = {
      keyPoints: [{ label: "Index the filter columns", any: ["index"], with: ["=WHERE"] }],
      misconceptions: [{ id: "function-keeps-index", claim: "A function on the column keeps the index", why: "The index holds the raw values.", any: ["function"], with: ["still uses the index"] }],
    };
    const j = judgeAnswer(q, "A function in the WHERE clause is fine, the database still uses the index.");
    expect(j.misconceptions.map((m) => m.id)).toEqual(["function-keeps-index"]);
    expect(j.ticked).toEqual([]);
    expect(judgeAnswer(q, "A function in the WHERE clause still uses the index. Index the columns in the WHERE clause.").ticked).toEqual([0]);
  });

  it("a denied claim is not flagged, and the check says why", () => {
    const j = judgeAnswer(getVsPost, "POST is not idempotent.");
    expect(j.misconceptions).toEqual([]);
    const check = j.misconceptionChecks[0]!;
    expect(check.holds).toBe(false);
    expect(check.negated.map((e) => [e.text, e.denial.text])).toEqual([["POST is not idempotent", "not"]]);
  });
});

describe("evidence", () => {
  it("every tick carries the matched words with their offsets", () => {
    const text = "GET fetches the data. PUT is idempotent.";
    const j = judgeAnswer(getVsPost, text);
    expect(j.ticked).toEqual([0, 1]);
    for (const k of j.keyPoints.filter((x) => x.matched)) {
      expect(k.evidence.length).toBeGreaterThan(0);
      for (const e of k.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(j.keyPoints[0]!.evidence).toEqual([{ text: "fetches the data", start: 4, end: 20, phrase: "fetch ... data" }]);
  });

  it("a term named without its explanation is shown as unexplained", () => {
    const j = judgeAnswer(getVsPost, "PATCH is a method.");
    expect(j.keyPoints[2]!.matched).toBe(false);
    expect(j.keyPoints[2]!.unexplained.map((e) => e.text)).toEqual(["PATCH"]);
  });

  it("denied occurrences carry the denying words", () => {
    const j = judgeAnswer(getVsPost, "GET is not read-only.");
    expect(j.keyPoints[0]!.negated).toEqual([{ text: "read-only", start: 11, end: 20, phrase: "read-only", denial: { text: "not", start: 7, end: 10 } }]);
  });
});

describe("compileQuestion", () => {
  it("compiles once per key-point array", () => {
    expect(compileQuestion(getVsPost)).toBe(compileQuestion({ ...getVsPost }));
    expect(compileQuestion(getVsPost)).not.toBe(compileQuestion({ keyPoints: getVsPost.keyPoints }));
  });

  it("compiles once per content: a fresh copy of the same rules (each request reads its questions anew) is not compiled again", () => {
    const copy = structuredClone(getVsPost);
    expect(compileQuestion(copy)).toBe(compileQuestion(getVsPost));
    const changed = structuredClone(getVsPost);
    changed.keyPoints[0]!.label += " (edited)";
    expect(compileQuestion(changed)).not.toBe(compileQuestion(getVsPost));
    expect(compileQuestion(changed).keyPoints[0]!.label).toMatch(/\(edited\)$/);
  });

  it("judges the same with the compiled question", () => {
    const text = "GET is idempotent; POST is not.";
    expect(judgeAnswer(compileQuestion(getVsPost), text)).toEqual(judgeAnswer(getVsPost, text));
  });

  it("handles empty answers", () => {
    const j = judgeAnswer(getVsPost, "");
    expect(j.ticked).toEqual([]);
    expect(j.misconceptions).toEqual([]);
  });
});

describe("highlightSegments", () => {
  it("splits the answer into plain and marked segments that join back to it", () => {
    const text = "GET fetches the data. POST requests are idempotent.";
    const j = judgeAnswer(getVsPost, text);
    const segs = highlightSegments(text, j);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.keyPoints.length).map((s) => s.text)).toEqual(["fetches the data"]);
    expect(segs.filter((s) => s.misconceptions.length).map((s) => [s.text, s.misconceptions])).toEqual([["POST requests are idempotent", ["post-idempotent"]]]);
  });

  it("marks overlapping evidence with every key point it shows", () => {
    const q = { keyPoints: [{ label: "a", any: ["write-through cache"] }, { label: "b", any: ["cache"] }] };
    const text = "a write-through cache";
    expect(highlightSegments(text, judgeAnswer(q, text))).toEqual([
      { text: "a ", keyPoints: [], misconceptions: [] },
      { text: "write-through ", keyPoints: [0], misconceptions: [] },
      { text: "cache", keyPoints: [0, 1], misconceptions: [] },
    ]);
  });

  it("an answer without evidence is one plain segment; an empty one has none", () => {
    expect(highlightSegments("plain", judgeAnswer(getVsPost, "plain"))).toEqual([{ text: "plain", keyPoints: [], misconceptions: [] }]);
    expect(highlightSegments("", judgeAnswer(getVsPost, ""))).toEqual([]);
  });
});

describe("properties (fast-check)", () => {
  const vocab = ["GET", "POST", "is", "not", "idempotent", "the", "data", "fetch", "-", " ", ".", ",", "safe", "PUT", "doesn't", "matter", "3,500", "\n", "read", "only"];
  const textArb = fc.array(fc.constantFrom(...vocab), { maxLength: 40 }).map((a) => a.join(" "));

  it("segments join back to the text, and evidence sits on word boundaries", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const j = judgeAnswer(getVsPost, text);
        expect(highlightSegments(text, j).map((s) => s.text).join("")).toBe(text);
        for (const e of [...j.keyPoints.flatMap((k) => k.evidence), ...j.misconceptions.flatMap((m) => m.evidence)]) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.start === 0 || !/[\p{L}\p{N}]/u.test(text[e.start - 1]!)).toBe(true);
          expect(e.end === text.length || !/[\p{L}\p{N}]/u.test(text[e.end]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(judgeAnswer(getVsPost, text)).toEqual(judgeAnswer(getVsPost, text));
      }),
      { numRuns: 100 },
    );
  });
});
