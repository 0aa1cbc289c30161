import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
// @ts-expect-error — a plain .mjs module shared with the Node server
import { createFairness, fairnessKey, isExempt } from "../../scripts/fairness.mjs";

type Fairness = { admit(key: string, res: EventEmitter, start: () => void, refuse: () => void): void; size(): number };

describe("per-session fairness", () => {
  it("runs a few requests per session at once, queues a few more, refuses the rest, and frees a place when one closes", () => {
    const f = createFairness({ inProgress: 2, waiting: 1 }) as Fairness;
    const started: number[] = [];
    const refused: number[] = [];
    const responses = [0, 1, 2, 3].map(() => new EventEmitter());
    responses.forEach((res, i) => f.admit("s:a", res, () => started.push(i), () => refused.push(i)));
    expect(started).toEqual([0, 1]);
    expect(refused).toEqual([3]);
    // Another session is not held back by the first.
    f.admit("s:b", new EventEmitter(), () => started.push(9), () => refused.push(9));
    expect(started).toEqual([0, 1, 9]);
    responses[0]!.emit("close");
    expect(started).toEqual([0, 1, 9, 2]);
  });

  it("drops a waiting request whose client gave up", () => {
    const f = createFairness({ inProgress: 1, waiting: 5 }) as Fairness;
    const started: string[] = [];
    const first = new EventEmitter();
    const gaveUp = new EventEmitter();
    f.admit("k", first, () => started.push("first"), () => {});
    f.admit("k", gaveUp, () => started.push("gave up"), () => {});
    f.admit("k", new EventEmitter(), () => started.push("third"), () => {});
    gaveUp.emit("close");
    first.emit("close");
    expect(started).toEqual(["first", "third"]);
  });

  it("keys by session cookie, else by client address (forwarded only behind a trusted proxy)", () => {
    const req = (cookie: string | undefined, xff?: string) => ({ headers: { cookie, "x-forwarded-for": xff }, socket: { remoteAddress: "127.0.0.1" } });
    const a = fairnessKey(req("x=1; authjs.session-token=abc"));
    expect(a).toMatch(/^s:/);
    expect(a).not.toContain("abc");
    expect(fairnessKey(req("__Secure-authjs.session-token=abc"))).toBe(a);
    expect(fairnessKey(req(undefined, "10.0.0.9"))).toBe("c:127.0.0.1");
    expect(fairnessKey(req(undefined, "10.0.0.9"), { trustProxy: true })).toBe("c:10.0.0.9");
  });

  it("never holds back the health check or static files", () => {
    expect(isExempt("/api/health")).toBe(true);
    expect(isExempt("/_next/static/chunks/a.js")).toBe(true);
    expect(isExempt("/dashboard")).toBe(false);
    expect(isExempt("/api/health/x")).toBe(false);
  });
});
