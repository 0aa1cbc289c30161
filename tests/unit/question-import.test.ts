import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { builtInQuestions } from "@/db/seed/bank";
import { readZip, unsafeEntryName, writeZip } from "@/lib/question-file/archive";
import { parseCsv } from "@/lib/question-file/csv";
import { serializeQuestionFile } from "@/lib/question-file/serialize";
import { keyPointsFromCell, readUpload, slugFromTitle } from "@/lib/question-file/upload";

const file = (slug: string) => serializeQuestionFile({ ...builtInQuestions().find((q) => q.slug === "get-vs-post")!, slug });

describe("CSV reading", () => {
  it("reads quoted fields with commas, quotes and line breaks, and knows each record's line", () => {
    const r = parseCsv('a,b\n"x, y","say ""hi""\nthere"\nlast,row\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["a", "b"] },
        { line: 2, fields: ["x, y", 'say "hi"\nthere'] },
        { line: 4, fields: ["last", "row"] },
      ],
    });
  });
  it("names the line of an unclosed quote", () => {
    expect(parseCsv('a,b\n1,"never closed\n2,3')).toEqual({ ok: false, line: 2, rule: "a quoted field is never closed" });
    expect(parseCsv('a\n"x"y')).toMatchObject({ ok: false, line: 2 });
  });
  it("reads key points as 'label: phrase, phrase', one per line or ';'", () => {
    expect(keyPointsFromCell("HTTP: GET is safe: safe method, read-only; Idempotent: same effect")).toEqual([
      { label: "HTTP: GET is safe", any: ["safe method", "read-only"] },
      { label: "Idempotent", any: ["same effect"] },
    ]);
    expect(keyPointsFromCell("no colon here")).toMatch(/label: phrase/);
  });
  it("makes slugs from titles", () => {
    expect(slugFromTitle("HTTP methods: GET vs POST!")).toBe("http-methods-get-vs-post");
    expect(slugFromTitle("Café <script>")).toBe("cafe-script");
  });
  it("names the missing columns and every bad row by line", () => {
    const missing = readUpload({ name: "x.csv", bytes: strToU8("title,prompt\nA,B") });
    expect(missing.problems[0]!.message).toBe('x.csv: line 1: the header has no "answer", "level", "kind", "topics", "key points" column');
    const rows = readUpload({
      name: "x.csv",
      bytes: strToU8('Title,Prompt,Answer,Level,Kind,Topics,Key Points\n"Good one","P","A",beginner,concept,caching,"Fast: fast"\n"B",,"A",beginner,nonsense,nowhere,"K: k"'),
    });
    expect(rows.candidates.map((c) => c.question.slug)).toEqual(["good-one"]);
    const messages = rows.problems.map((p) => p.message);
    expect(messages).toContain("x.csv: line 3: kind: must be one of: concept, coding, design");
    expect(messages.some((m) => m.startsWith("x.csv: line 3: topics[0]: must be one of:"))).toBe(true);
    expect(messages).toContain("x.csv: line 3: prompt: is required");
    expect(messages.some((m) => m.startsWith("x.csv: line 3: title:"))).toBe(true);
  });
});

describe("zips of question files", () => {
  it("reads the .md entries, skips folders and macOS metadata, refuses other files", () => {
    const zip = zipSync({ "set/a.md": strToU8(file("aaa")), "set/": new Uint8Array(), "__MACOSX/set/._a.md": strToU8("x"), "notes.txt": strToU8("x") });
    const r = readZip(zip);
    expect(r.entries.map((e) => e.name)).toEqual(["set/a.md"]);
    expect(r.problems).toEqual(["notes.txt: only question files (.md) are read from a zip."]);
  }, 30_000);
  it("refuses path traversal and absolute entries", () => {
    expect(unsafeEntryName("../x.md")).toMatch(/climbs out/);
    expect(unsafeEntryName("a/../../x.md")).toMatch(/climbs out/);
    expect(unsafeEntryName("/etc/x.md")).toMatch(/absolute/);
    expect(unsafeEntryName("C:/x.md")).toMatch(/absolute/);
    expect(unsafeEntryName("a\\..\\x.md")).toMatch(/"\\"/);
    expect(unsafeEntryName("set/a.md")).toBeNull();
    const r = readZip(zipSync({ "../evil.md": strToU8(file("evil")) }));
    expect(r.entries).toEqual([]);
    expect(r.problems[0]).toMatch(/^\.\.\/evil\.md: refused, its path climbs out/);
  });
  it("stops a zip bomb at the cap, counting inflated bytes", () => {
    const bomb = zipSync({ "a.md": new Uint8Array(3_000_000), "b.md": new Uint8Array(3_000_000) }, { level: 9 });
    const r = readZip(bomb, { unzippedBytes: 4_000_000, fileBytes: 3_500_000, zipEntries: 10 });
    expect(r.problems).toEqual(["The zip unpacks to more than 3.8 MB (the limit for one import); nothing was imported."]);
    const one = readZip(bomb, { unzippedBytes: 10_000_000, fileBytes: 1_000_000, zipEntries: 10 });
    expect(one.problems[0]).toMatch(/^a\.md: larger than 1 MB/);
  });
  it("refuses what is not a zip, and too many entries", () => {
    expect(readZip(strToU8("not a zip")).problems[0]).toMatch(/not a (readable )?zip/);
    const many = zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`q${i}.md`, strToU8("x")])));
    expect(readZip(many, { unzippedBytes: 1e6, fileBytes: 1e6, zipEntries: 3 }).problems).toEqual(["The zip holds more than 3 entries; split it into smaller zips."]);
  });
  it("round-trips: an exported zip reads back to the same questions", () => {
    const qs = builtInQuestions().slice(0, 5);
    const zip = writeZip(Object.fromEntries(qs.map((q) => [`${q.slug}.md`, serializeQuestionFile(q)])));
    const r = readUpload({ name: "export.zip", bytes: zip });
    expect(r.problems).toEqual([]);
    expect(r.candidates.map((c) => c.question)).toEqual(qs);
  });
});

describe("one upload", () => {
  it("refuses unknown types, names duplicate slugs, and keeps script as text", () => {
    expect(readUpload({ name: "x.exe", bytes: strToU8("x") }).problems[0]!.message).toMatch(/\.md.*\.zip.*\.csv/);
    const dup = readUpload({ name: "d.zip", bytes: zipSync({ "a.md": strToU8(file("same")), "b.md": strToU8(file("same")) }) });
    expect(dup.problems.map((p) => p.message)).toEqual(['b.md: slug: "same" is also the slug of a.md']);
    const xss = file("xss-q").replace(/^title: .*$/m, 'title: "<script>alert(1)</script>"');
    const r = readUpload({ name: "x.md", bytes: strToU8(xss) });
    expect(r.candidates[0]!.question.title).toBe("<script>alert(1)</script>");
  });
  it("names malformed front-matter and missing sections with the line", () => {
    const r = readUpload({ name: "x.md", bytes: strToU8("---\nslug: [unclosed\n---\n## Prompt\n\nHi\n") });
    expect(r.problems[0]!.message).toMatch(/^x\.md: front-matter: .*\(line \d\)/);
    const noAnswer = readUpload({ name: "y.md", bytes: strToU8(file("yyy").replace(/## Sample answer[\s\S]*$/, "")) });
    expect(noAnswer.problems.map((p) => p.message)).toContain('y.md: sampleAnswer: the "## Sample answer" section is required');
  });
});

describe("export to question files", () => {
  it("every built-in question survives stored → file → stored: the same text for the judge, the same rules", async () => {
    const { toQuestionRow } = await import("@/db/seed/bank");
    const { toQuestionFile } = await import("@/lib/question-file/export");
    const { parseQuestionFile } = await import("@/lib/question-file/parse");
    for (const q of builtInQuestions()) {
      const row = toQuestionRow(q) as Parameters<typeof toQuestionFile>[0] & { promptText: string; sampleAnswerText: string };
      const text = serializeQuestionFile(toQuestionFile(row));
      const back = parseQuestionFile(`${q.slug}.md`, text);
      expect(back.ok, `${q.slug}: ${back.ok ? "" : back.errors.map((e) => e.message).join("; ")}`).toBe(true);
      if (!back.ok) continue;
      const again = toQuestionRow(back.question);
      expect(again.sampleAnswerText, q.slug).toBe(row.sampleAnswerText);
      expect(again.promptText, q.slug).toBe(row.promptText);
      expect(again.keyPoints).toEqual(row.keyPoints);
      expect(again.misconceptions).toEqual(row.misconceptions);
    }
  }, 60_000);
});

describe("a question written in the editor", () => {
  it("validates with the file format's own rules, and an edit starts from what was saved", async () => {
    const { checkDraft, draftFromStored } = await import("@/lib/question-file/draft");
    const { markdownToDoc } = await import("@/lib/rich-text/markdown");
    const { toQuestionRow } = await import("@/db/seed/bank");
    const draft = {
      slug: "my-cache-q",
      title: "<b>Caching</b> basics",
      level: "beginner" as const,
      kind: "concept" as const,
      topics: ["caching"],
      minutes: 5,
      prompt: markdownToDoc("Why cache?"),
      sampleAnswer: markdownToDoc("A cache keeps **hot data** close, so reads are fast. It may serve stale data."),
      outline: "",
      keyPoints: [{ label: "Stale data is the price", any: "stale data", with: "" }],
      misconceptions: [{ claim: "A cache is always fresh", why: "It serves what it stored until that expires.", any: "always fresh" }],
      referenceScene: null,
    };
    const ok = checkDraft(draft);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.question.title).toBe("<b>Caching</b> basics");
    const back = draftFromStored(toQuestionRow(ok.question) as Parameters<typeof draftFromStored>[0]);
    expect(back.keyPoints).toEqual(draft.keyPoints);
    expect(back.misconceptions).toEqual(draft.misconceptions);
    const bad = checkDraft({ ...draft, slug: "Not A Slug", topics: [], keyPoints: [{ label: "x", any: "", with: "" }] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const messages = bad.errors.map((e) => e.message);
    expect(messages).toContain('slug: must be kebab-case (lower-case words and digits joined by "-")');
    expect(messages).toContain("topics: at least 1 item");
    expect(messages).toContain("keyPoints[0].label: at least 3 characters");
    expect(messages).toContain("keyPoints[0].any: at least 1 phrase is required");
  });

  it("a design draft keeps the diagram drawn on the canvas; other kinds, an empty canvas and a hostile element keep nothing", async () => {
    const { questionDraftSchema, referenceSceneOf } = await import("@/lib/question-file/draft");
    const { markdownToDoc } = await import("@/lib/rich-text/markdown");
    const rect = { id: "r1", type: "rectangle", x: 10, y: 20, width: 120, height: 60, version: 3, versionNonce: 1, isDeleted: false, strokeColor: "#1e1e1e", backgroundColor: "transparent", fillStyle: "solid", strokeWidth: 2, roughness: 1, opacity: 100, angle: 0, seed: 7, groupIds: [], frameId: null, boundElements: null, updated: 1, link: null, locked: false };
    const base = { slug: "design-q", title: "A design question", level: "advanced", kind: "design", topics: ["system-design"], minutes: 40, prompt: markdownToDoc("Design it."), sampleAnswer: markdownToDoc("Like so."), outline: "", keyPoints: [], misconceptions: [] };
    const drawn = questionDraftSchema.parse({ ...base, referenceScene: { elements: [rect], appState: {}, files: {} } });
    expect(referenceSceneOf(drawn)?.elements.map((e) => (e as { id: string }).id)).toEqual(["r1"]);
    expect(referenceSceneOf({ ...drawn, kind: "concept" })).toBeNull();
    expect(referenceSceneOf(questionDraftSchema.parse({ ...base, referenceScene: { elements: [{ ...rect, isDeleted: true }], appState: {}, files: {} } }))).toBeNull();
    expect(referenceSceneOf(questionDraftSchema.parse(base))).toBeNull();
    // The sketch's own rules hold here too: an element kind the canvas never makes is refused.
    expect(questionDraftSchema.safeParse({ ...base, referenceScene: { elements: [{ ...rect, type: "script" }], appState: {}, files: {} } }).success).toBe(false);
  });
});
