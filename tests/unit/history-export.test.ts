import { describe, expect, it } from "vitest";
import { docToMarkdown } from "@/lib/rich-text/to-markdown";
import { decodeCursor, encodeCursor, historyHref, parseHistoryFilters } from "@/lib/history-filters";
import { interviewToMarkdown } from "@/lib/interview/export";
import { markdownToDoc } from "@/lib/rich-text/markdown";

describe("history filters and cursor", () => {
  it("keeps known filters and drops junk", () => {
    expect(parseHistoryFilters({ level: "advanced", kind: "bogus", topic: "caching", status: "missed", from: "2026-01-01", to: "junk" })).toEqual({
      level: "advanced",
      kind: undefined,
      topic: "caching",
      status: "missed",
      from: "2026-01-01",
      to: undefined,
      cursor: undefined,
    });
  });
  it("round-trips a cursor and refuses a forged one", () => {
    const c = { createdAt: "2026-11-29 10:00:00.123456", id: "0b8f7a5e-0000-4000-8000-000000000001" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor(Buffer.from("x'; drop table|1").toString("base64url"))).toBeUndefined();
    expect(decodeCursor("%%%")).toBeUndefined();
  });
  it("builds links that keep the filters", () => {
    expect(historyHref({ level: "beginner", topic: "caching" } as never, "abc")).toBe("/history?level=beginner&topic=caching&cursor=abc");
    expect(historyHref({} as never)).toBe("/history");
  });
});

describe("Markdown export", () => {
  it("turns editor JSON back into Markdown", () => {
    const md = "## Plan\n\nUse a **cache** with `TTL`.\n\n- first\n- second\n\n1. one\n2. two\n\n```sql\nselect 1;\n```\n\n> quoted";
    expect(docToMarkdown(markdownToDoc(md))).toBe(md);
  });
  it("contains answers, sample answers, ticks, ratings and notes", () => {
    const out = interviewToMarkdown({
      title: "Quick concepts",
      status: "completed",
      createdAt: new Date("2026-11-29T10:00:00Z"),
      startedAt: new Date("2026-11-29T10:00:00Z"),
      finishedAt: new Date("2026-11-29T10:14:00Z"),
      items: [
        {
          position: 0,
          title: "What is an index?",
          level: "beginner",
          kind: "concept",
          topics: ["indexing"],
          answerDoc: markdownToDoc("A sorted **lookup** structure."),
          answerText: "A sorted lookup structure.",
          sampleAnswer: markdownToDoc("A B-tree."),
          keyPoints: [{ label: "B-tree" }, { label: "Write cost" }],
          ticked: [1],
          rating: 3,
          score: 70,
          note: "Forgot B-trees",
          sketchUrl: "https://mock.example/api/interviews/x/items/y/sketch/preview",
        },
      ],
    });
    expect(out).toContain("# Quick concepts");
    expect(out).toContain("- Duration: 14 min");
    expect(out).toContain("A sorted **lookup** structure.");
    expect(out).toContain("A B-tree.");
    expect(out).toContain("- [ ] B-tree\n- [x] Write cost");
    expect(out).toContain("Self-rating: Good · score 70");
    expect(out).toContain("Note: Forgot B-trees");
    expect(out).toContain("![Drawing for question 1](https://mock.example/api/interviews/x/items/y/sketch/preview)");
  });
});
