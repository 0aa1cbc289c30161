import { describe, expect, it } from "vitest";
import { sceneSchema } from "@/lib/sketch/scene";
import { diagram, diagramScene } from "@/lib/question-file/diagram";
import { parseQuestionFile, type QuestionFileError } from "@/lib/question-file/parse";
import { checkSampleAnswer } from "@/lib/question-file/sample-check";
import { serializeQuestionFile } from "@/lib/question-file/serialize";
import { TOPIC_SLUGS } from "@/lib/taxonomy";

const CONCEPT = `---
slug: get-vs-post
title: "HTTP methods: GET vs POST"
level: beginner
kind: concept
topics: [http-rest, apis]
minutes: 6
keyPoints:
  - id: get-safe
    label: GET reads data and is safe
    any: ["safe method", "read-only", "no side effects", "retrieve ... data", "fetch ... data"]
  - id: idempotent-methods
    label: GET, PUT and DELETE are idempotent; POST is not
    rules:
      - any: ["=GET", "=PUT", "=DELETE"]
        with: ["idempotent", "same effect", "safe to retry"]
        unless: ["=POST ... idempotent"]
      - any: ["=POST ... not idempotent", "=POST isn't idempotent", "=POST is neither"]
  - label: GET parameters go in the URL
    any: ["query string", "query parameter"]
misconceptions:
  - id: post-idempotent
    claim: POST is idempotent
    why: >-
      POST is neither safe nor idempotent by definition: sending it twice may create two orders.
      Make a POST safe to retry with an idempotency key, not by assuming it.
    any: ["=POST ... idempotent", "=POST requests are idempotent"]
    contradicts: [idempotent-methods]
---

## Prompt

Walk me through the common HTTP methods.

## Sample answer

\`GET\` fetches the data and has **no side effects**; its parameters go in the query string.
\`PUT\` and \`DELETE\` are idempotent. \`POST\` is not idempotent.
`;

const DESIGN = `---
slug: design-todo-rest-api
title: Design a to-do list REST API
level: beginner
kind: design
topics: [apis, system-design]
minutes: 30
keyPoints:
  - label: Resource-oriented endpoints
    any: ["/todos", "endpoint"]
misconceptions:
  - id: verbs-in-urls
    claim: Put verbs in the URLs
    why: The HTTP method is the verb; URLs name resources.
    any: ["/createTodo", "verb ... url"]
phaseMinutes: { requirements: 4, api: 8 }
diagram:
  boxes:
    - { id: client, label: "Client", col: 0, row: 1, shape: diamond }
    - { id: api, label: "REST API\\n/todos", col: 1, row: 1 }
    - { id: auth, label: "Auth\\n(token check)", col: 1, row: 0 }
    - { id: db, label: "Postgres\\ntodos", col: 2, row: 1, shape: ellipse }
  arrows:
    - { from: client, to: api, label: "HTTPS JSON" }
    - { from: api, to: auth }
    - { from: api, to: db, label: "SQL" }
---

## Prompt

Design the API of a to-do app.

## Sample answer

Each resource has an endpoint: \`/todos\`.

\`\`\`http
## not a heading: it is inside a code block
GET /todos
\`\`\`

## Design outline

### Requirements

- CRUD on to-dos.

### Core entities

- User, Todo.

### API

- GET /todos

### High-level design

- API and Postgres.

### Deep dives

- Pagination.

### Trade-offs

- Offset vs cursor.
`;

const CODING = `---
slug: two-sum
title: Two sum
level: beginner
kind: coding
topics: [concurrency-async]
minutes: 15
languages: [typescript, python]
keyPoints:
  - label: Uses a hash map for O(n)
    any: ["hash map", "o(n)"]
misconceptions:
  - id: sort-first
    claim: Sorting first is faster
    why: Sorting costs O(n log n), more than one pass with a map.
    any: ["sort ... first"]
---

## Prompt

Find two numbers that add up to a target.

## Sample answer

One pass with a hash map is O(n).

**TypeScript**

\`\`\`ts
const seen = new Map<number, number>();
\`\`\`

**Python**

\`\`\`python
seen = {}
\`\`\`
`;

function errorsOf(file: string, text: string, bank = false): QuestionFileError[] {
  const r = parseQuestionFile(file, text, { bank });
  if (r.ok) throw new Error(`${file} parsed, but errors were expected`);
  return r.errors;
}
const messages = (file: string, text: string, bank = false) => errorsOf(file, text, bank).map((e) => e.message);
/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture: ${needle} not found`);
  return i + 1;
};
const replace = (text: string, from: string | RegExp, to: string) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture: ${String(from)} not found`);
  return out;
};

describe("parseQuestionFile", () => {
  it("parses a concept question: front-matter and sections", () => {
    const r = parseQuestionFile("get-vs-post.md", CONCEPT, { bank: true });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
    const q = r.question;
    expect(q).toMatchObject({ slug: "get-vs-post", title: "HTTP methods: GET vs POST", level: "beginner", kind: "concept", topics: ["http-rest", "apis"], minutes: 6 });
    expect(q.keyPoints).toHaveLength(3);
    expect(q.keyPoints[1]!.rules).toHaveLength(2);
    expect(q.misconceptions[0]!.why).toMatch(/^POST is neither .* not by assuming it\.$/);
    expect(q.prompt).toBe("Walk me through the common HTTP methods.");
    expect(q.sampleAnswer).toMatch(/^`GET` fetches/);
    expect(q.designOutline).toBeUndefined();
  });

  it("parses a design question: outline phases, phase minutes, diagram; a heading inside code is code", () => {
    const r = parseQuestionFile("design-todo-rest-api.md", DESIGN, { bank: true });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
    expect(r.question.sampleAnswer).toContain("## not a heading");
    expect(Object.keys(r.question.designOutline!)).toEqual(["requirements", "entities", "api", "high-level", "deep-dives", "trade-offs"]);
    expect(r.question.designOutline!.api).toBe("- GET /todos");
    expect(r.question.phaseMinutes).toEqual({ requirements: 4, api: 8 });
    expect(r.question.diagram!.boxes[1]!.label).toBe("REST API\n/todos");
  });

  it("parses a coding question with its languages", () => {
    const r = parseQuestionFile("two-sum.md", CODING, { bank: true });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
    expect(r.question.languages).toEqual(["typescript", "python"]);
  });

  it("names the file, the field, the rule and the line", () => {
    const text = replace(CONCEPT, 'any: ["query string", "query parameter"]', "any: []");
    const [e] = errorsOf("get-vs-post.md", text);
    expect(e).toEqual({
      file: "get-vs-post.md",
      field: "keyPoints[2].any",
      rule: "at least 1 phrase is required",
      line: 20,
      message: "get-vs-post.md: keyPoints[2].any: at least 1 phrase is required (line 20)",
    });
    expect(lineOf(text, "any: []")).toBe(20);
  });

  it("a key point needs a rule, inline or under rules, not both", () => {
    // Without the field, the line is the key point's.
    expect(messages("get-vs-post.md", replace(CONCEPT, '    any: ["query string", "query parameter"]\n', ""))).toEqual([`get-vs-post.md: keyPoints[2].any: at least 1 phrase is required (line ${lineOf(CONCEPT, "GET parameters go")})`]);
    const both = replace(CONCEPT, '    label: GET, PUT and DELETE are idempotent; POST is not\n', '    label: GET, PUT and DELETE are idempotent; POST is not\n    any: ["idempotent"]\n');
    expect(messages("get-vs-post.md", both)).toEqual([`get-vs-post.md: keyPoints[1].rules: write one rule inline (any/with/unless) or several under rules, not both (line ${lineOf(both, "rules:")})`]);
  });

  it("checks phrase syntax", () => {
    expect(messages("get-vs-post.md", replace(CONCEPT, '"query parameter"]', '""]'))).toEqual(["get-vs-post.md: keyPoints[2].any[1]: a phrase must not be empty (line 20)"]);
    expect(messages("get-vs-post.md", replace(CONCEPT, '"fetch ... data"]', '"... data"]'))).toEqual(['get-vs-post.md: keyPoints[0].any[4]: "..." must stand between two words (line 11)']);
    expect(messages("get-vs-post.md", replace(CONCEPT, '"safe to retry"]', '"safe to retry", "<x> GET"]'))).toEqual(['get-vs-post.md: keyPoints[1].rules[0].with[3]: only <n> may stand in angle brackets, not "<x>" (line 16)']);
  });

  it("refuses unknown fields", () => {
    expect(messages("get-vs-post.md", replace(CONCEPT, "minutes: 6\n", "minutes: 6\nauthor: me\n"))).toEqual(["get-vs-post.md: author: unknown field (line 8)"]);
    expect(messages("get-vs-post.md", replace(CONCEPT, "    label: GET reads data and is safe\n", "    label: GET reads data and is safe\n    terms: [get]\n"))).toEqual(["get-vs-post.md: keyPoints[0].terms: unknown field (line 11)"]);
  });

  it("checks the plain fields", () => {
    const cases: [string | RegExp, string, string][] = [
      ["slug: get-vs-post", "slug: Get_vs_Post", 'slug: must be kebab-case (lower-case words and digits joined by "-")'],
      ["level: beginner", "level: expert", "level: must be one of: beginner, intermediate, advanced"],
      ["kind: concept", "kind: quiz", "kind: must be one of: concept, coding, design"],
      ["minutes: 6", "minutes: 6.5", "minutes: must be a whole number"],
      ["minutes: 6", "minutes: 120", "minutes: at most 90"],
      ["topics: [http-rest, apis]", "topics: []", "topics: at least 1 item"],
      ["topics: [http-rest, apis]", "topics: [http-rest, apis, caching, indexing]", "topics: at most 3 items"],
      ["topics: [http-rest, apis]", "topics: [http-rest, http-rest]", "topics: a topic is listed twice"],
      ['title: "HTTP methods: GET vs POST"', "title: ab", "title: at least 3 characters"],
    ];
    for (const [from, to, rule] of cases) {
      expect(messages("get-vs-post.md", replace(CONCEPT, from, to)).map((m) => m.replace(/ \(line \d+\)$/, "")), to).toEqual([`get-vs-post.md: ${rule}`]);
    }
    expect(messages("get-vs-post.md", replace(CONCEPT, "topics: [http-rest, apis]", "topics: [gossip]"))[0]).toMatch(/^get-vs-post\.md: topics\[0\]: must be one of: http-rest, apis, /);
  });

  it("accepts every topic of the taxonomy", () => {
    for (const topic of TOPIC_SLUGS) {
      expect(parseQuestionFile("get-vs-post.md", replace(CONCEPT, "topics: [http-rest, apis]", `topics: [${topic}]`)).ok, topic).toBe(true);
    }
  });

  it("ids are unique and `contradicts` names key points", () => {
    expect(messages("get-vs-post.md", replace(CONCEPT, "contradicts: [idempotent-methods]", "contradicts: [idempotent-methods, get-secure]"))).toEqual([
      'get-vs-post.md: misconceptions[0].contradicts[1]: no key point has id "get-secure" (line 28)',
    ]);
    expect(messages("get-vs-post.md", replace(CONCEPT, "  - id: post-idempotent", "  - id: get-safe"))).toEqual([`get-vs-post.md: misconceptions[0].id: id "get-safe" is already used by keyPoints[0] (line ${lineOf(CONCEPT, "id: post-idempotent")})`]);
    expect(messages("get-vs-post.md", replace(CONCEPT, "  - id: post-idempotent", "  - id: Post"))[0]).toMatch(/misconceptions\[0\]\.id: an id must be kebab-case/);
  });

  it("checks misconception texts", () => {
    expect(messages("get-vs-post.md", replace(CONCEPT, /why: >-\n.*\n.*\n/, "why: short\n"))).toEqual(["get-vs-post.md: misconceptions[0].why: at least 10 characters (line 24)"]);
  });

  it("checks the body's sections", () => {
    expect(messages("get-vs-post.md", replace(CONCEPT, "## Prompt", "## Question"))).toEqual([
      `get-vs-post.md: body: unknown section "## Question" (the sections are "## Prompt", "## Sample answer", "## Design outline") (line ${lineOf(CONCEPT, "## Prompt")})`,
      'get-vs-post.md: prompt: the "## Prompt" section is required',
    ]);
    const twice = replace(CONCEPT, "## Sample answer\n", "## Sample answer\n\n## Prompt\n");
    expect(messages("get-vs-post.md", twice)).toEqual([
      `get-vs-post.md: sampleAnswer: must not be empty (line ${lineOf(twice, "## Sample answer")})`,
      `get-vs-post.md: prompt: "## Prompt" appears twice (line ${lineOf(twice, "## Sample answer") + 2})`,
    ]);
    const hello = replace(CONCEPT, "---\n\n## Prompt", "---\n\nHello\n\n## Prompt");
    expect(messages("get-vs-post.md", hello)).toEqual([`get-vs-post.md: body: text before the first section (start with "## Prompt") (line ${lineOf(hello, "Hello")})`]);
    expect(messages("get-vs-post.md", `${CONCEPT}\n## Design outline\n\n### Requirements\n\n- x\n`)[0]).toMatch(/designOutline: missing "### Core entities"/);
  });

  it("design questions need the six phases, in order", () => {
    const outline = lineOf(DESIGN, "## Design outline");
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "### API\n\n- GET /todos\n\n", ""))).toEqual([`design-todo-rest-api.md: designOutline: missing "### API" (line ${outline})`]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "### Deep dives", "### Deep dive"))).toEqual([
      `design-todo-rest-api.md: designOutline: unknown phase "### Deep dive" (the phases are "### Requirements", "### Core entities", "### API", "### High-level design", "### Deep dives", "### Trade-offs") (line ${lineOf(DESIGN, "### Deep dives")})`,
      `design-todo-rest-api.md: designOutline: missing "### Deep dives" (line ${outline})`,
    ]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, /## Design outline[^]*$/, ""))).toEqual(['design-todo-rest-api.md: designOutline: design questions have a "## Design outline" section']);
  });

  it("checks the diagram", () => {
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "{ from: api, to: auth }", "{ from: api, to: cache }"))).toEqual([`design-todo-rest-api.md: diagram.arrows[1].to: no box has id "cache" (line ${lineOf(DESIGN, "{ from: api, to: auth }")})`]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "col: 1, row: 0 }", "col: 1, row: 1 }"))).toEqual([`design-todo-rest-api.md: diagram.boxes[2]: box "auth" sits on the same cell as "api" (line ${lineOf(DESIGN, "id: auth")})`]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "col: 2, row: 1, shape: ellipse }", "col: 7, row: 1, shape: ellipse, color: red }"))).toEqual([
      `design-todo-rest-api.md: diagram.boxes[3].col: at most 5 (line ${lineOf(DESIGN, "id: db")})`,
      `design-todo-rest-api.md: diagram.boxes[3].color: must be one of: service, store, client, queue (line ${lineOf(DESIGN, "id: db")})`,
    ]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, 'label: "Client"', `label: "${"x".repeat(41)}"`))).toEqual([`design-todo-rest-api.md: diagram.boxes[0].label: at most 40 characters (line ${lineOf(DESIGN, "id: client")})`]);
  });

  it("phase minutes and diagrams belong to design questions, languages to coding ones", () => {
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "phaseMinutes: { requirements: 4, api: 8 }", "phaseMinutes: { requirements: 25, api: 8 }"))).toEqual([
      `design-todo-rest-api.md: phaseMinutes: the phases add up to 33 minutes, more than the question's 30 (line ${lineOf(DESIGN, "phaseMinutes")})`,
    ]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, "api: 8 }", "apis: 8 }"))).toEqual([`design-todo-rest-api.md: phaseMinutes.apis: unknown field (line ${lineOf(DESIGN, "phaseMinutes")})`]);
    expect(messages("get-vs-post.md", replace(CONCEPT, "minutes: 6\n", "minutes: 6\nlanguages: [go]\nphaseMinutes: { api: 2 }\n"))).toEqual([
      "get-vs-post.md: languages: only coding questions list languages (line 8)",
      "get-vs-post.md: phaseMinutes: only design questions have phases (line 9)",
    ]);
  });

  it("the bank's own rules", () => {
    expect(messages("get.md", CONCEPT, true)).toEqual(['get.md: slug: must equal the file name ("get") (line 2)']);
    expect(parseQuestionFile("get.md", CONCEPT).ok).toBe(true);
    expect(messages("two-sum.md", replace(CODING, "languages: [typescript, python]", "languages: [typescript]"), true)).toEqual(["two-sum.md: languages: show TypeScript and at least one of python, go or java (or only sql) (line 8)"]);
    expect(messages("two-sum.md", replace(CODING, "languages: [typescript, python]", "languages: [typescript, go]"), true)).toEqual(["two-sum.md: languages: the sample answer has no fenced go block (line 8)"]);
    expect(messages("design-todo-rest-api.md", replace(DESIGN, /diagram:[^]*?\n---/, "---"), true)).toEqual(["design-todo-rest-api.md: diagram: design questions carry a reference diagram (line 5)"]);
  });

  it("reports YAML syntax errors and a missing front-matter with their line", () => {
    const [e] = errorsOf("get-vs-post.md", replace(CONCEPT, "minutes: 6", "minutes: [6"));
    expect(e!.field).toBe("front-matter");
    expect(e!.line).toBeGreaterThanOrEqual(8);
    expect(messages("x.md", "# just markdown\n")).toEqual(['x.md: front-matter: the file must start with a YAML front-matter block between "---" lines (line 1)']);
    expect(messages("x.md", replace(CONCEPT, "level: beginner", "level: beginner\nlevel: advanced"))[0]).toMatch(/^x\.md: front-matter: .*(unique|duplicate)/i);
  });

  it("reads Windows line endings", () => {
    expect(parseQuestionFile("get-vs-post.md", CONCEPT.replace(/\n/g, "\r\n")).ok).toBe(true);
  });
});

describe("serializeQuestionFile", () => {
  for (const [name, text] of [["get-vs-post.md", CONCEPT], ["design-todo-rest-api.md", DESIGN], ["two-sum.md", CODING]] as const) {
    it(`round-trips ${name}: parse → serialize → parse is identical`, () => {
      const first = parseQuestionFile(name, text, { bank: true });
      if (!first.ok) throw new Error(first.errors.map((e) => e.message).join("\n"));
      const written = serializeQuestionFile(first.question);
      const second = parseQuestionFile(name, written, { bank: true });
      if (!second.ok) throw new Error(second.errors.map((e) => e.message).join("\n"));
      expect(second.question).toEqual(first.question);
      expect(serializeQuestionFile(second.question)).toBe(written);
    });
  }

  it("writes phrase lists on one line, double-quoted, as the format page does", () => {
    const r = parseQuestionFile("get-vs-post.md", CONCEPT);
    if (!r.ok) throw new Error("fixture");
    const out = serializeQuestionFile(r.question);
    expect(out).toContain('    any: ["safe method", "read-only", "no side effects", "retrieve ... data", "fetch ... data"]\n');
    expect(out).toContain("topics: [http-rest, apis]\n");
    expect(out.startsWith("---\nslug: get-vs-post\n")).toBe(true);
    expect(out).toContain("\n---\n\n## Prompt\n\nWalk me through");
  });
});

describe("the reference diagram", () => {
  it("builds a scene the sketch validator accepts, one shape and one label per box, an arrow per arrow", () => {
    const r = parseQuestionFile("design-todo-rest-api.md", DESIGN);
    if (!r.ok) throw new Error("fixture");
    const spec = r.question.diagram!;
    const scene = diagramScene(spec);
    expect(sceneSchema.safeParse(scene).success).toBe(true);
    const types = scene.elements.map((e) => e.type);
    expect(types.filter((t) => t === "arrow")).toHaveLength(spec.arrows.length);
    expect(scene.elements.filter((e) => e.type !== "arrow" && e.type !== "text")).toHaveLength(spec.boxes.length);
    expect(diagramScene(spec)).toEqual(scene);
  });

  it("fills by colour name, or by shape when none is given", () => {
    const scene = diagram(
      [
        { id: "q", label: "Queue", col: 0, row: 0, color: "queue" },
        { id: "s", label: "Store", col: 1, row: 0, shape: "ellipse" },
        { id: "c", label: "Client", col: 2, row: 0, shape: "diamond" },
        { id: "v", label: "Service", col: 3, row: 0 },
      ],
      [{ from: "q", to: "s", label: "x", dashed: true }],
    );
    const fill = (id: string) => scene.elements.find((e) => e.id === id)!.backgroundColor;
    expect([fill("q"), fill("s"), fill("c"), fill("v")]).toEqual(["#d0bfff", "#ffec99", "#a5d8ff", "#b2f2bb"]);
    expect(scene.elements.find((e) => e.type === "arrow")).toMatchObject({ strokeStyle: "dashed", startBinding: { elementId: "q" }, endBinding: { elementId: "s" } });
    expect(() => diagram([{ id: "a", label: "A", col: 0, row: 0 }], [{ from: "a", to: "b" }])).toThrow(/missing box/);
  });
});

describe("checkSampleAnswer", () => {
  it("finds every key point of a good sample answer and no misconception", () => {
    const r = parseQuestionFile("get-vs-post.md", CONCEPT);
    if (!r.ok) throw new Error("fixture");
    const check = checkSampleAnswer(r.question);
    expect(check.uncovered.map((k) => k.label)).toEqual([]);
    expect(check.triggered).toEqual([]);
    expect(check.text).not.toContain("**");
  });

  it("lists what a weak sample answer misses and the misconceptions it states", () => {
    const r = parseQuestionFile("get-vs-post.md", replace(CONCEPT, "`POST` is not idempotent.", "`POST` requests are idempotent too."));
    if (!r.ok) throw new Error("fixture");
    const check = checkSampleAnswer(r.question);
    expect(check.uncovered.map((k) => k.id)).toEqual(["idempotent-methods"]);
    expect(check.triggered.map((m) => m.id)).toEqual(["post-idempotent"]);
  });
});
