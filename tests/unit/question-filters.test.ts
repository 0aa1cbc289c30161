import { describe, expect, it } from "vitest";
import { BANK_PAGE_SIZE, bankFiltersToQuery, bankPage, parseBankFilters } from "@/lib/question-filters";

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

describe("the bank's pages", () => {
  it("reads a page number from the URL, dropping what is not one", () => {
    expect(parseBankFilters({ page: "3" }).page).toBe(3);
    for (const bad of ["1", "0", "-2", "2.5", "abc", "99999"]) expect(parseBankFilters({ page: bad }).page).toBeUndefined();
  });

  it("clamps a page to the pages there are and gives its offset", () => {
    expect(bankPage(undefined, 166)).toEqual({ page: 1, pages: Math.ceil(166 / BANK_PAGE_SIZE), offset: 0 });
    expect(bankPage(2, 166)).toEqual({ page: 2, pages: Math.ceil(166 / BANK_PAGE_SIZE), offset: BANK_PAGE_SIZE });
    expect(bankPage(50, 166).page).toBe(Math.ceil(166 / BANK_PAGE_SIZE));
    expect(bankPage(3, 0)).toEqual({ page: 1, pages: 1, offset: 0 });
  });

  it("leaves page 1 out of links and keeps other pages with the filters", () => {
    expect(bankFiltersToQuery({ level: "advanced", page: 1 })).toBe("?level=advanced");
    expect(bankFiltersToQuery({ level: "advanced", page: 4 })).toBe("?level=advanced&page=4");
  });
});

describe("parseBankFilters and NUL", () => {
  it("drops NUL from the search (PostgreSQL strings cannot hold it: it was a 500)", () => {
    expect(parseBankFilters({ q: "\u0000" }).q).toBeUndefined();
    expect(parseBankFilters({ q: "re\u0000dis" }).q).toBe("redis");
  });
});
