import { describe, expect, it } from "vitest";
import { bankFiltersToQuery, parseBankFilters } from "@/lib/question-filters";

describe("bank filters in the URL", () => {
  it("keeps known values and drops unknown ones", () => {
    expect(parseBankFilters({ level: "advanced", kind: "bogus", topic: "caching", q: "  redis " })).toEqual({
      level: "advanced",
      kind: undefined,
      topic: "caching",
      q: "redis",
    });
  });

  it("takes the first of repeated params and ignores over-long searches", () => {
    expect(parseBankFilters({ level: ["beginner", "advanced"], q: "x".repeat(101) })).toEqual({
      level: "beginner",
      kind: undefined,
      topic: undefined,
      q: undefined,
    });
  });

  it("round-trips through a query string", () => {
    const f = { level: "beginner" as const, q: "a&b" };
    expect(bankFiltersToQuery(f)).toBe("?level=beginner&q=a%26b");
    expect(bankFiltersToQuery({})).toBe("");
  });
});

describe("the bank's language filter", () => {
  it("keeps a known coding language from the URL and drops anything else", () => {
    expect(parseBankFilters({ lang: "python" }).lang).toBe("python");
    expect(parseBankFilters({ lang: "cobol" }).lang).toBeUndefined();
    expect(bankFiltersToQuery(parseBankFilters({ lang: ["go", "java"], level: "advanced" }))).toBe("?level=advanced&lang=go");
  });
});

describe("parseBankFilters and NUL", () => {
  it("drops NUL from the search (PostgreSQL strings cannot hold it: it was a 500)", () => {
    expect(parseBankFilters({ q: "\u0000" }).q).toBeUndefined();
    expect(parseBankFilters({ q: "re\u0000dis" }).q).toBe("redis");
  });
});
