import { z } from "zod";

/**
 * A CSP violation report, as browsers send it: the older `report-uri` shape
 * ({"csp-report": {...}}, application/csp-report) or the Reporting API's
 * (a list of {type: "csp-violation", body: {...}}, application/reports+json).
 * Only what tells us which rule fired is kept: the directive, and the blocked
 * resource's origin (never its path or query, which may carry a person's data).
 */
export const CSP_REPORT_MAX_BYTES = 16 * 1024;

export interface CspViolation {
  directive: string;
  blocked: string;
}

const text = z.string().max(2000).optional();
const legacy = z.object({
  "csp-report": z
    .object({ "effective-directive": text, "violated-directive": text, "blocked-uri": text })
    .loose()
    .refine((r) => typeof r["effective-directive"] === "string" || typeof r["violated-directive"] === "string", "A CSP report names the directive it violated."),
});
const modern = z.array(z.object({ type: z.string().max(100), body: z.object({ effectiveDirective: text, blockedURL: text }).loose() }).loose()).min(1).max(20);

function originOnly(uri: string | undefined): string {
  if (!uri) return "none";
  // Keywords the browser uses for what has no URL.
  if (/^(inline|eval|wasm-eval|self|data|blob|trusted-types-[a-z-]+)$/.test(uri)) return uri;
  try {
    const u = new URL(uri);
    return u.origin === "null" ? `${u.protocol}` : u.origin;
  } catch {
    return "unparsable";
  }
}

const directiveName = (d: string | undefined) => (d ?? "unknown").split(" ")[0]!.replace(/[^a-z-]/g, "").slice(0, 40) || "unknown";

/** The violations in a report body, or null when it is not a report. */
export function parseCspReport(data: unknown): CspViolation[] | null {
  const a = legacy.safeParse(data);
  if (a.success) {
    const r = a.data["csp-report"];
    return [{ directive: directiveName(r["effective-directive"] ?? r["violated-directive"]), blocked: originOnly(r["blocked-uri"]) }];
  }
  const b = modern.safeParse(data);
  if (b.success) {
    const found = b.data.filter((r) => r.type === "csp-violation" && typeof r.body.effectiveDirective === "string");
    return found.length ? found.map((r) => ({ directive: directiveName(r.body.effectiveDirective), blocked: originOnly(r.body.blockedURL) })) : null;
  }
  return null;
}

/** The content types a browser sends reports as. */
export function isReportContentType(value: string | null): boolean {
  const t = (value ?? "").split(";")[0]!.trim().toLowerCase();
  return t === "application/csp-report" || t === "application/reports+json" || t === "application/json";
}
