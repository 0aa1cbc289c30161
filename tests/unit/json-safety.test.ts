import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonDepth, storableJson, storableText } from "@/lib/http/json-safety";

describe("jsonDepth", () => {
  it("counts nesting outside strings only", () => {
    expect(jsonDepth("1")).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]]"}')).toBe(1);
  });

  it("stops early past the limit, on 10k-deep text, without recursion", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(jsonDepth(deep, 100)).toBe(101);
    expect(jsonDepth(deep)).toBe(10_000);
  });

  it("agrees with the structure JSON.parse sees", () => {
    const depthOf = (v: unknown): number =>
      v !== null && typeof v === "object" ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0;
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => jsonDepth(JSON.stringify(v)) === depthOf(v)));
  });
});

describe("storableText / storableJson", () => {
  it("replaces NUL and unpaired surrogates, keeps pairs", () => {
    expect(storableText("a\u0000b")).toBe("a\ufffdb");
    expect(storableText("\ud800x\udfff")).toBe("\ufffdx\ufffd");
    expect(storableText("😀")).toBe("😀");
  });

  it("fixes keys and values at any depth and keeps __proto__ as data", () => {
    const parsed = JSON.parse('{"__proto__":{"isAdmin":true},"k\\u0000":["\\ud800",{"x":"\\u0000"}]}') as unknown;
    const out = storableJson(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(Object.keys(out)).toEqual(["__proto__", "k\ufffd"]);
    expect(out["k\ufffd"]).toEqual(["\ufffd", { x: "\ufffd" }]);
  });

  it("changes nothing that is already storable", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(storableJson(v)).toEqual(v);
      }),
    );
  });
});
