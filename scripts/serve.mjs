// The production HTTP server: Next.js's request handler inside a plain Node
// server that gives every request an id and writes one JSON log line for it,
// runs one worker per core on PostgreSQL, and shuts down gracefully.
//
//   node scripts/serve.mjs          (scripts/start.mjs, demo.mjs and the e2e server call this)
//
// Environment: PORT (3000), HOSTNAME_BIND (all interfaces), WEB_CONCURRENCY
// (workers; default one per core, at most 4, on PostgreSQL; always 1 on the embedded
// PGlite, which one process must own).
import cluster from "node:cluster";
import http from "node:http";
import { ROOT } from "./lib.mjs";
import { jsonConsole, logLine, requestIdFrom } from "./request-log.mjs";
import { workerCount } from "./workers.mjs";
import { admitBody, bodyLimitFor, effectiveLimit, limitBody } from "./body-limits.mjs";
import { answerHere } from "./answer-here.mjs";
import { TOO_MANY_AT_ONCE, createFairness, fairnessKey, isExempt } from "./fairness.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND || undefined;


/** Methods that carry a body worth limiting (GET and HEAD bodies are ignored by every route). */
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function decodablePath(url) {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

const trustProxy = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
// FAIR_IN_PROGRESS=0 turns the per-session limit off (bench/fairness.ts compares both).
const fairness = createFairness({
  inProgress: Number(process.env.FAIR_IN_PROGRESS ?? 6),
  waiting: Number(process.env.FAIR_WAITING ?? 48),
});

async function serve() {
  jsonConsole();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.headers["x-request-id"]);
    // The app reads it (error logs carry it); the client gets it back to quote in a report.
    req.headers["x-request-id"] = id;
    // The address the per-client limits count (server/auth/sign-in.ts clientIp), from the socket:
    // whatever a client sent under this name is replaced.
    req.headers["x-mockline-client-address"] = req.socket.remoteAddress ?? "";
    res.setHeader("x-request-id", id);
    let logged = false;
    const log = (aborted) => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Only the path: never a query string, a body, a cookie or a header value.
      const path = (req.url ?? "/").split("?")[0];
      logLine({
        level: res.statusCode >= 500 ? "error" : "info",
        msg: aborted ? "request aborted" : "request",
        requestId: id,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        pid: process.pid,
      });
    };
    res.on("finish", () => log(false));
    res.on("close", () => log(!res.writableFinished));
    // A path that is not valid percent-encoding names nothing: Next's router would answer it with a bare 500.
    if (!decodablePath(req.url ?? "/")) {
      answerHere(res, 404, { error: "That address is malformed, so it names nothing here. Check the link." });
      return;
    }
    const run = () =>
      handle(req, res).catch((err) => {
        logLine({ level: "error", msg: "unhandled request error", requestId: id, error: err instanceof Error ? err.name : "unknown" });
        if (!res.headersSent) answerHere(res, 500, { error: "Something went wrong on our side. Try again.", code: "internal" });
        else if (!res.writableEnded) res.destroy();
      });
    const path = (req.url ?? "/").split("?")[0];
    // One session (or client) gets a few requests in progress at a time; the rest wait or are told 429.
    const fair = (start) =>
      isExempt(path) ? start() : fairness.admit(fairnessKey(req, { trustProxy }), res, start, () => answerHere(res, 429, TOO_MANY_AT_ONCE, { "retry-after": "1" }));
    if (!BODY_METHODS.has(req.method ?? "")) return void fair(run);
    const limit = effectiveLimit(req, bodyLimitFor(path));
    if (!limitBody(req, res, limit, (body) => answerHere(res, 413, body, { connection: "close" }))) return;
    fair(() => admitBody(limit, res, run));
  });
  // Longer than a typical load balancer's idle timeout, so it never reuses a closed socket.
  server.keepAliveTimeout = 65_000;
  // A client must send its headers within 20 s and its whole request (body too) within 30 s
  // (Node's default is 300 s): a slow body cannot hold a connection and its buffer for minutes.
  server.headersTimeout = Number(process.env.HEADERS_TIMEOUT_MS ?? 20_000);
  server.requestTimeout = Number(process.env.REQUEST_TIMEOUT_MS ?? 30_000);
  server.listen(port, hostname, () => {
    logLine({ level: "info", msg: "listening", port, pid: process.pid, worker: cluster.isWorker ? cluster.worker.id : 0 });
  });

  let closing = false;
  const shutdown = (signal) => {
    if (closing) return;
    closing = true;
    logLine({ level: "info", msg: "shutting down", signal, pid: process.pid });
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

function primary(count) {
  logLine({ level: "info", msg: "starting workers", workers: count, pid: process.pid });
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    logLine({ level: "error", msg: "worker died; starting another", pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

const count = workerCount();
if (cluster.isPrimary && count > 1) primary(count);
else await serve();
