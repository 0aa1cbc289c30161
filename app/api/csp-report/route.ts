import { AppError } from "@/lib/errors";
import { CSP_REPORT_MAX_BYTES, isReportContentType, parseCspReport } from "@/lib/http/csp-report";
import { errorResponse, readBinary } from "@/server/http/route";
import { logEvent, requestIdOf } from "@/server/log";

/**
 * Where browsers report what the Content-Security-Policy blocked (its
 * `report-uri` / `report-to`). Public: a browser sends reports without a
 * session, and one from any page is welcome. Each report is one log line at
 * warn naming the directive and the blocked origin; nothing else is kept.
 */
export async function POST(req: Request): Promise<Response> {
  try {
    if (!isReportContentType(req.headers.get("content-type"))) {
      throw new AppError("unsupported_type", "Send a CSP report as application/csp-report or application/reports+json.");
    }
    const bytes = await readBinary(req, { maxBytes: CSP_REPORT_MAX_BYTES, tooLarge: `A CSP report may be at most ${CSP_REPORT_MAX_BYTES / 1024} KB.` });
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new AppError("bad_request", "A CSP report must be JSON.");
    }
    const violations = parseCspReport(data);
    if (!violations) throw new AppError("bad_request", "That is not a CSP violation report.");
    for (const v of violations.slice(0, 20)) logEvent("warn", "csp violation", { requestId: requestIdOf(req), ...v });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err, req);
  }
}
