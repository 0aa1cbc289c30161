import "server-only";
import { z, type ZodType } from "zod";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { userIdFromRequest } from "@/server/auth/token";
import { isSessionCurrent } from "@/server/auth/session-generation";
import { MAX_JSON_DEPTH, jsonDepth, storableJson } from "@/lib/http/json-safety";
import type { SessionUser } from "@/server/auth/session";
import { describeError, logEvent, requestIdOf } from "@/server/log";
import { CROSS_ORIGIN_MESSAGE, isCrossOrigin, isJsonContentType, ownHostsOf } from "@/lib/http/same-origin";

/**
 * The one shape of every route handler: authenticate, parse the JSON body and
 * the route params with zod, run, and map errors to a status with a JSON body a
 * person can act on. Nothing else ever leaks: no stack, no SQL.
 */

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export function errorResponse(err: unknown, req?: Request): Response {
  if (isAppError(err)) {
    return Response.json({ error: err.message, code: err.code, ...(err.details ?? {}) }, { status: err.status });
  }
  logEvent("error", "unexpected error in a route", { requestId: requestIdOf(req), ...describeError(err) });
  return Response.json({ error: "Something went wrong on our side. Your work is kept; try again.", code: "internal" }, { status: 500 });
}

/** A readable one-line message from a zod error. */
export function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request is not valid.";
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  // Zod's own wording for a missing field ("expected object, received undefined") reads like a bug; say what is missing.
  if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) {
    return issue.path.length ? `${issue.path.join(".")} is missing (expected ${issue.expected}).` : `The request is empty (expected ${issue.expected}).`;
  }
  return `${where}${issue.message}`;
}

export interface BodyLimit {
  /** The most bytes this route takes (default 8 MB). */
  maxBytes?: number;
  /** What a too-large body is told, naming the limit in this route's own terms (an answer, a sketch). */
  tooLarge?: string;
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * A JSON body, counted as it arrives and cancelled as soon as it passes the
 * limit (a declared length over it is refused before a byte is read), so an
 * oversized body is never held whole; then depth-checked, parsed and validated.
 */
export async function readJson<S extends ZodType>(req: Request, schema: S, limit: BodyLimit = {}): Promise<z.output<S>> {
  // A page elsewhere can send text/plain without asking (a "simple" request); JSON needs our own page.
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("unsupported_type", "Send this as JSON, with the header Content-Type: application/json.");
  }
  const maxBytes = limit.maxBytes ?? MAX_BODY_BYTES;
  const bytes = await readBinary(req, { ...limit, maxBytes });
  // Invalid UTF-8 becomes U+FFFD, as Request.text() would have it.
  const text = new TextDecoder().decode(bytes);
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new AppError("bad_request", `The request is nested too deeply (at most ${MAX_JSON_DEPTH} levels of lists and objects).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body must be valid JSON.");
  }
  // NUL and unpaired surrogates cannot be stored; they are shown as U+FFFD, as any UTF-8 reader would.
  const parsed = schema.safeParse(storableJson(data));
  if (!parsed.success) throw new AppError("bad_request", zodMessage(parsed.error));
  return parsed.data;
}

/**
 * A body's bytes (an audio chunk, or the JSON above), refused as soon as it
 * passes `maxBytes`: the declared length is checked first, and the stream is
 * counted as it arrives and cancelled at the limit, so an oversized upload is
 * never held.
 */
export async function readBinary(req: Request, limit: BodyLimit & { maxBytes: number }): Promise<Uint8Array> {
  const tooLarge = () => new AppError("too_large", limit.tooLarge ?? `The request is larger than the ${sizeLabel(limit.maxBytes)} limit.`);
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit.maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit.maxBytes) {
        parts.length = 0;
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      parts.push(value);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError("bad_request", "The request was cut off before it arrived whole. Try again.");
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

type Params = Record<string, string | string[] | undefined>;

export function authedRoute<P extends ZodType>(
  paramsSchema: P,
  fn: (ctx: { req: Request; user: SessionUser; params: z.output<P> }) => Promise<Response>,
) {
  return async (req: Request, context: { params?: Promise<Params> }): Promise<Response> => {
    try {
      // Before anything else: a write from another origin (even another port of this host) is refused.
      const crossOrigin = isCrossOrigin({
        method: req.method,
        origin: req.headers.get("origin"),
        secFetchSite: req.headers.get("sec-fetch-site"),
        ownHosts: ownHostsOf(req.headers, process.env),
      });
      if (crossOrigin) throw new AppError("forbidden", CROSS_ORIGIN_MESSAGE);
      // The session cookie says who this is; the one database read (the person's session generation and
      // signed-out sessions) is remembered for a few seconds per process (server/auth/session-generation.ts).
      const found = await userIdFromRequest(req);
      if (!found || !(await isSessionCurrent({ userId: found.id, generation: found.generation, sessionId: found.sessionId }))) {
        throw new AppError("unauthorized", "Sign in to continue.");
      }
      const user: SessionUser = { id: found.id, email: found.email, name: null };
      const parsed = paramsSchema.safeParse((await context?.params) ?? {});
      // A malformed id cannot name anything of theirs: not found, like any other.
      if (!parsed.success) throw notFound();
      return await fn({ req, user, params: parsed.data });
    } catch (err) {
      return errorResponse(err, req);
    }
  };
}

export const idParams = z.object({ id: z.uuid() });
