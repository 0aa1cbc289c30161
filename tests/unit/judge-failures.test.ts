import { describe, expect, it } from "vitest";
import { judgeAnswer } from "@/lib/judge/judge";
import type { KeyPoint, Misconception } from "@/lib/judge/types";
import { matchKeyPoints, suggestedTicks } from "@/bench/baseline/term-matcher";

/**
 * Each way today's term matcher (lib/key-points.ts) misleads, as a case it
 * gets wrong and the evidence judge gets right. The old terms are the ones
 * the built-in bank used; the new rules are what a question file would say.
 */

const oldTicks = (text: string, keyPoints: { label: string; terms: string[] }[]) => suggestedTicks(matchKeyPoints(text, keyPoints));
const newTicks = (text: string, keyPoints: KeyPoint[], misconceptions: Misconception[] = []) => judgeAnswer({ keyPoints, misconceptions }, text).ticked;

describe("naming a term is not explaining it", () => {
  const oldAcid = [
    { label: "Atomicity: all or nothing", terms: ["atomicity", "all or nothing", "rollback", "rolled back"] },
    { label: "Consistency: constraints keep data valid", terms: ["consistency", "constraint", "valid state"] },
    { label: "Isolation: concurrent transactions don't interfere", terms: ["isolation", "isolation level", "concurrent transactions"] },
    { label: "Durability: committed data survives crashes", terms: ["durability", "durable", "write-ahead log", "crash"] },
  ];
  const newAcid: KeyPoint[] = [
    { label: "Atomicity: all or nothing", rules: [{ any: ["all or nothing", "all-or-nothing"] }, { any: ["atomic", "atomicity", "transaction"], with: ["rolled back", "roll back", "partial", "half", "none of"] }] },
    { label: "Consistency: constraints keep data valid", any: ["consistency", "consistent"], with: ["constraint", "valid state", "invariant", "foreign key", "check"] },
    { label: "Isolation: concurrent transactions don't interfere", any: ["isolation", "isolated", "concurrent"], with: ["not interfere", "as if", "one at a time", "serial", "not see ... uncommitted", "dirty read"] },
    { label: "Durability: committed data survives crashes", any: ["durability", "durable", "committed"], with: ["crash", "power loss", "survive", "write-ahead log", "disk"] },
  ];
  const spelledOut = "ACID stands for atomicity, consistency, isolation and durability.";

  it("spelling out the four words behind ACID ticks nothing", () => {
    expect(oldTicks(spelledOut, oldAcid)).toEqual([0, 1, 2, 3]);
    expect(newTicks(spelledOut, newAcid)).toEqual([]);
  });

  it("explaining them ticks them", () => {
    const explained =
      "Atomicity means a transfer is all or nothing. Consistency means every constraint still holds after commit. Isolation means concurrent transactions don't interfere with each other. Durability means committed data survives a crash.";
    expect(newTicks(explained, newAcid)).toEqual([0, 1, 2, 3]);
  });
});

describe("a denial after the term does not tick the point it denies", () => {
  const oldIdx = [{ label: "Indexes slow writes and need selectivity", terms: ["write overhead", "slower writes", "selectivity", "cardinality"] }];
  const newIdx: KeyPoint[] = [{ label: "Indexes slow writes and need selectivity", any: ["write overhead", "slower writes", "slow down writes", "selectivity", "selective", "cardinality"] }];

  for (const text of ["Selectivity doesn't matter, any column can be indexed.", "The write overhead isn't a real problem.", "Cardinality is irrelevant for a B-tree."]) {
    it(text, () => {
      expect(oldTicks(text, oldIdx)).toEqual([0]);
      expect(newTicks(text, newIdx)).toEqual([]);
    });
  }
});

describe("a term list that contains the misconception does not tick the truth", () => {
  const oldCap = [{ label: "Partitions are unavoidable, so the real choice is C or A during one", terms: ["during a partition", "pick two", "two of three", "unavoidable"] }];
  const newCap: KeyPoint[] = [
    {
      id: "partitions-unavoidable",
      label: "Partitions are unavoidable, so the real choice is C or A during one",
      rules: [
        { any: ["partition"], with: ["unavoidable", "inevitable", "will happen", "not optional", "must tolerate", "can't avoid"] },
        { any: ["during a partition", "while a partition lasts", "when a partition happens"], with: ["consistency", "availability", "choose", "choice"] },
      ],
    },
  ];
  const pickTwo: Misconception[] = [
    { id: "cap-pick-two", claim: "CAP lets you pick any two of the three", why: "Partitions are not optional; the choice is C or A while one lasts.", any: ["pick ... two", "choose ... two", "two of ... three"], contradicts: ["partitions-unavoidable"] },
  ];

  it("'choose any two' ticks nothing, and is flagged", () => {
    const text = "CAP says you can choose any two of consistency, availability and partition tolerance.";
    expect(oldTicks("CAP says you can pick two of three: consistency, availability and partition tolerance.", oldCap)).toEqual([0]);
    expect(newTicks(text, newCap, pickTwo)).toEqual([]);
    expect(judgeAnswer({ keyPoints: newCap, misconceptions: pickTwo }, text).misconceptions.map((m) => m.id)).toEqual(["cap-pick-two"]);
  });

  it("a true statement beside the misconception is un-ticked by it", () => {
    const text = "Partitions are unavoidable. So you pick two of the three.";
    const j = judgeAnswer({ keyPoints: newCap, misconceptions: pickTwo }, text);
    expect(j.keyPoints[0]!.holds).toBe(true);
    expect(j.ticked).toEqual([]);
  });

  it("the real claim ticks it", () => {
    expect(newTicks("Partitions are inevitable, so during a partition you choose consistency or availability.", newCap, pickTwo)).toEqual([0]);
  });
});

describe("a claim about the wrong subject does not tick", () => {
  const oldIdem = [{ label: "GET, PUT and DELETE are idempotent; POST is not", terms: ["idempotent", "idempotency", "same effect", "duplicate"] }];
  const newIdem: KeyPoint[] = [
    {
      id: "idempotent-methods",
      label: "GET, PUT and DELETE are idempotent; POST is not",
      rules: [
        { any: ["=GET", "=PUT", "=DELETE"], with: ["idempotent", "same effect", "safe to retry"], unless: ["=POST ... idempotent"] },
        { any: ["=POST ... not idempotent", "=POST isn't idempotent", "=POST is neither"] },
      ],
    },
  ];
  const postIdem: Misconception[] = [{ id: "post-idempotent", claim: "POST is idempotent", why: "POST is neither safe nor idempotent.", any: ["=POST ... idempotent"], contradicts: ["idempotent-methods"] }];

  it("'POST is idempotent'", () => {
    const text = "POST is idempotent, so clients can retry it.";
    expect(oldTicks(text, oldIdem)).toEqual([0]);
    expect(newTicks(text, newIdem, postIdem)).toEqual([]);
  });

  it("'POST and PUT are idempotent' is vetoed in its sentence", () => {
    expect(oldTicks("POST and PUT are idempotent.", oldIdem)).toEqual([0]);
    expect(newTicks("POST and PUT are idempotent.", newIdem, postIdem)).toEqual([]);
  });

  it("the right subject ticks it", () => {
    expect(newTicks("PUT and DELETE are idempotent, but POST is not idempotent.", newIdem, postIdem)).toEqual([0]);
  });
});

describe("the weak choice does not tick the strong one", () => {
  const oldStore = [{ label: "Client storage: HttpOnly cookies, XSS and CSRF", terms: ["httponly", "localstorage", "xss", "csrf", "samesite"] }];
  const newStore: KeyPoint[] = [
    {
      id: "httponly-cookie",
      label: "Client storage: HttpOnly cookies, XSS and CSRF",
      rules: [{ any: ["httponly", "http-only"] }, { any: ["localstorage", "sessionstorage"], with: ["xss", "any script", "stolen", "steal"] }],
    },
  ];
  const inLocalStorage: Misconception[] = [
    { id: "jwt-localstorage", claim: "Store the JWT in localStorage", why: "Any script on the page can read localStorage, so one XSS bug leaks every token.", any: ["store ... localstorage", "keep ... localstorage", "save ... localstorage", "put ... localstorage"], unless: ["xss", "steal", "stolen"] },
  ];

  it("a token in localStorage", () => {
    const text = "Store the JWT in localStorage so the SPA can attach it to each request.";
    expect(oldTicks(text, oldStore)).toEqual([0]);
    expect(newTicks(text, newStore, inLocalStorage)).toEqual([]);
    expect(judgeAnswer({ keyPoints: newStore, misconceptions: inLocalStorage }, text).misconceptions).toHaveLength(1);
  });

  it("the strong choice ticks it, and the warning is not flagged", () => {
    const text = "Put it in an HttpOnly cookie. Tokens in localStorage can be stolen by any XSS.";
    const j = judgeAnswer({ keyPoints: newStore, misconceptions: inLocalStorage }, text);
    expect(j.ticked).toEqual([0]);
    expect(j.misconceptions).toEqual([]);
  });
});

describe("a word with two meanings", () => {
  const oldMethods = [{ label: "Knows PUT, PATCH and DELETE", terms: ["patch", "put request", "delete request", "partial update", "replace"] }];
  const newMethods: KeyPoint[] = [{ label: "Knows PUT, PATCH and DELETE", any: ["=PATCH", "=PUT", "=DELETE"], with: ["partial", "replace", "remove", "update"] }];

  it("security patches are not PATCH", () => {
    const text = "Keep dependencies up to date and apply security patches to update them.";
    expect(oldTicks(text, oldMethods)).toEqual([0]);
    expect(newTicks(text, newMethods)).toEqual([]);
    expect(newTicks("PATCH applies a partial update.", newMethods)).toEqual([0]);
  });
});

describe("what the old matcher misses", () => {
  it("paraphrase with words between: 'fetch the user's profile data'", () => {
    const text = "GET is for when you fetch the user's profile data.";
    expect(oldTicks(text, [{ label: "GET reads data", terms: ["fetch data", "read-only"] }])).toEqual([]);
    expect(newTicks(text, [{ label: "GET reads data", any: ["fetch ... data", "read-only"] }])).toEqual([0]);
  });

  it("derived forms: 'idempotency' for 'idempotent'", () => {
    const text = "Idempotency is what makes the retry safe.";
    expect(oldTicks(text, [{ label: "idempotent", terms: ["idempotent"] }])).toEqual([]);
    expect(newTicks(text, [{ label: "idempotent", any: ["idempotent"], with: ["retry"] }])).toEqual([0]);
  });

  it("spelled-out acronyms: 'least recently used' for 'lru'", () => {
    const text = "When full, evict the least recently used entry.";
    expect(oldTicks(text, [{ label: "LRU eviction", terms: ["lru"] }])).toEqual([]);
    expect(newTicks(text, [{ label: "LRU eviction", any: ["lru"] }])).toEqual([0]);
  });

  it("synonyms: 'prepared statements' for 'parameterized queries', 'expiry' for 'expiration'", () => {
    const text = "Use prepared statements. Every entry has an expiry.";
    const old = [
      { label: "Parameterized queries", terms: ["parameterized query"] },
      { label: "Entries expire", terms: ["expiration", "ttl"] },
    ];
    expect(oldTicks(text, old)).toEqual([]);
    expect(newTicks(text, [{ label: "Parameterized queries", any: ["parameterized query"] }, { label: "Entries expire", any: ["expiration", "ttl"] }])).toEqual([0, 1]);
  });

  it("British spellings: 'parameterised queries'", () => {
    const text = "Always use parameterised queries.";
    expect(oldTicks(text, [{ label: "p", terms: ["parameterized query"] }])).toEqual([]);
    expect(newTicks(text, [{ label: "p", any: ["parameterized query"] }])).toEqual([0]);
  });

  it("figures: '3,500 writes/s' for a write-rate estimate", () => {
    const text = "Peak load is about 3,500 writes/s.";
    expect(oldTicks(text, [{ label: "estimates writes", terms: ["writes per second"] }])).toEqual([]);
    expect(newTicks(text, [{ label: "estimates writes", any: ["<n> writes per second"] }])).toEqual([0]);
  });

  it("reordered phrases, through a rule with `with`: 'writes get slower' for 'slower writes'", () => {
    const text = "Every index makes writes get slower.";
    expect(oldTicks(text, [{ label: "slower writes", terms: ["slower writes"] }])).toEqual([]);
    expect(newTicks(text, [{ label: "slower writes", rules: [{ any: ["slower writes"] }, { any: ["write"], with: ["slower", "slow down"] }] }])).toEqual([0]);
  });
});
