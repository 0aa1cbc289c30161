import { describe, expect, it } from "vitest";
import { describeError } from "@/server/log";
// @ts-expect-error — a plain .mjs module shared with the Node server
import { logLine, requestIdFrom } from "../../scripts/request-log.mjs";

describe("describeError", () => {
  it("keeps a failed query's statement but never its parameters", () => {
    const err = new Error('Failed query: update "interview_items" set "answer_text" = $1\nparams: my secret answer,42');
    const out = describeError(err);
    expect(out.message).toContain("Failed query");
    expect(JSON.stringify(out)).not.toContain("secret answer");
  });

  it("names the database error code from the cause", () => {
    const err = new Error("boom", { cause: Object.assign(new Error("x"), { code: "23505" }) });
    expect(describeError(err)).toMatchObject({ error: "Error", code: "23505" });
  });

  it("describes a thrown non-error by its type only", () => {
    expect(describeError("password123")).toEqual({ error: "string" });
  });
});

describe("request ids", () => {
  it("keeps a well-formed id from the proxy in front", () => {
    expect(requestIdFrom("lb-4f1c2a9e")).toBe("lb-4f1c2a9e");
  });

  it("replaces a missing, short or hostile id with a new UUID", () => {
    for (const bad of [undefined, "", "short", "x".repeat(65), 'a"}\n{"level":"error', "id with spaces"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("writes one JSON object per line", () => {
    let written = "";
    logLine({ level: "info", msg: "request", path: "/x\n{}" }, { write: (s: string) => (written += s) });
    expect(written.endsWith("\n")).toBe(true);
    expect(written.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(written)).toMatchObject({ level: "info", msg: "request", path: "/x\n{}" });
  });
});

describe("worker count", async () => {
  // @ts-expect-error — a plain .mjs module shared with the Node server
  const { workerCount } = await import("../../scripts/workers.mjs");

  it("is always 1 on the embedded database, whatever is asked", () => {
    expect(workerCount({ WEB_CONCURRENCY: "8" }, 16)).toBe(1);
  });

  it("follows WEB_CONCURRENCY on PostgreSQL", () => {
    expect(workerCount({ DATABASE_URL: "postgres://x", WEB_CONCURRENCY: "3" }, 2)).toBe(3);
  });

  it("defaults to one per core, at most 4, and ignores a nonsense value", () => {
    expect(workerCount({ DATABASE_URL: "postgres://x" }, 2)).toBe(2);
    expect(workerCount({ DATABASE_URL: "postgres://x" }, 64)).toBe(4);
    expect(workerCount({ DATABASE_URL: "postgres://x", WEB_CONCURRENCY: "lots" }, 1)).toBe(1);
  });
});

describe("jsonConsole", () => {
  it("folds whatever Next.js or a library prints into one JSON line, without stacks or query parameters", async () => {
    // @ts-expect-error — a plain .mjs module shared with the Node server
    const { jsonConsole } = await import("../../scripts/request-log.mjs");
    const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    let written = "";
    try {
      jsonConsole({ write: (s: string) => (written += s) });
      console.log(JSON.stringify({ level: "info", msg: "already json" }));
      console.error(" ⨯ Error: boom", new Error('Failed query: select * from questions where title ilike $1\nparams: %my secret%'));
      console.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      console.warn("\u001b[33m⚠\u001b[39m something\nsecond line");
    } finally {
      Object.assign(console, saved);
    }
    const lines = written.trim().split("\n");
    expect(lines).toHaveLength(4);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toEqual({ level: "info", msg: "already json" });
    expect(parsed[1]).toMatchObject({ level: "error", msg: "Error: boom", error: "Error" });
    expect(parsed[2]).toMatchObject({ level: "error", error: "Error", code: "ECONNRESET" });
    expect(parsed[3]).toMatchObject({ level: "warn", msg: "something" });
    expect(written).not.toContain("secret");
    expect(written).not.toMatch(/\bat .*:\d+/);
  });
});
