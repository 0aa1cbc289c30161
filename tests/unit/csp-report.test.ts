import { describe, expect, it } from "vitest";
import { isReportContentType, parseCspReport } from "@/lib/http/csp-report";

describe("parseCspReport", () => {
  it("reads the report-uri shape, keeping the directive and only the blocked origin", () => {
    const v = parseCspReport({ "csp-report": { "effective-directive": "img-src", "blocked-uri": "https://evil.example/p.png?answer=secret" } });
    expect(v).toEqual([{ directive: "img-src", blocked: "https://evil.example" }]);
    expect(JSON.stringify(v)).not.toContain("secret");
  });

  it("reads the Reporting API shape, and keywords such as inline", () => {
    expect(parseCspReport([{ type: "csp-violation", body: { effectiveDirective: "script-src-elem", blockedURL: "inline" } }, { type: "deprecation", body: {} }])).toEqual([
      { directive: "script-src-elem", blocked: "inline" },
    ]);
  });

  it("refuses what is not a report", () => {
    for (const bad of [null, {}, [], "x", { "csp-report": "x" }, { "csp-report": { x: { y: 1 } } }, [{ type: 1 }], [{ type: "csp-violation", body: {} }]]) expect(parseCspReport(bad)).toBeNull();
  });

  it("takes the content types browsers send", () => {
    expect(isReportContentType("application/csp-report")).toBe(true);
    expect(isReportContentType("application/reports+json")).toBe(true);
    expect(isReportContentType("text/plain")).toBe(false);
  });
});
