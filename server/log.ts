/**
 * Structured server logs: one JSON object per line, the same shape the HTTP
 * server writes for each request (scripts/request-log.mjs), so one request id
 * ties a request to whatever went wrong inside it. Never pass answers, notes,
 * passwords, cookies or query values here.
 */
type Level = "info" | "warn" | "error";

export function logEvent(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
}

/** What may be logged of an error: its kind and the first line of its message, never query parameters. */
export function describeError(err: unknown): { error: string; message?: string; code?: string } {
  if (!(err instanceof Error)) return { error: typeof err };
  // A failed query's message ends with its parameters — which can be a person's answer.
  const message = err.message.split(/\nparams:|params:/)[0]!.split("\n")[0]!.slice(0, 300);
  const cause = err.cause as { code?: unknown } | undefined;
  const code = typeof cause?.code === "string" ? cause.code : typeof (err as { code?: unknown }).code === "string" ? ((err as { code?: string }).code as string) : undefined;
  return { error: err.name, message, ...(code ? { code } : {}) };
}

export function requestIdOf(req: Request | undefined): string | undefined {
  return req?.headers.get("x-request-id") ?? undefined;
}
