// Request bodies limited while they stream, per route, before Next.js reads a
// byte of them (scripts/serve.mjs). A declared Content-Length over the limit is
// refused at once; a chunked body is counted as the parser hands it over and cut
// the moment it passes the limit. Either way the client gets a 413 JSON naming
// the limit, and the rest of its body is read and dropped for a moment (so it
// sees the answer rather than a reset) before the connection closes.
//
// The limits mirror what each route accepts (server/http/route.ts readJson and
// readBinary calls); tests/unit/body-limits.test.ts fails when one drifts.

const KB = 1024;
const MB = 1024 * KB;

/** Exported for the test that ties them to the app's own constants. */
export const LIMITS = {
  // lib/sketch/scene.ts MAX_SKETCH_REQUEST_BYTES: the scene, its preview and a little JSON.
  sketch: { bytes: 5 * MB + 1 * MB + 64 * KB, what: "a sketch" },
  // lib/recording/limits.ts MAX_CHUNK_BYTES
  recording: { bytes: 1 * MB, what: "one audio chunk" },
  // lib/interview/answer-limits.ts MAX_ANSWER_BYTES
  answer: { bytes: 256 * KB, what: "one answer" },
  rating: { bytes: 64 * KB, what: "a rating" },
  language: { bytes: 1 * KB, what: "a language choice" },
  schedule: { bytes: 64 * KB, what: "a booking" },
  reschedule: { bytes: 4 * KB, what: "a new time" },
  // Sign-in, sign-out and the OAuth callbacks carry a few fields.
  auth: { bytes: 64 * KB, what: "a sign-in request" },
  // lib/http/csp-report.ts CSP_REPORT_MAX_BYTES
  cspReport: { bytes: 16 * KB, what: "a CSP report" },
  // Every other API write (start, finish, abandon, submit) carries no body of note.
  api: { bytes: 64 * KB, what: "this request" },
  // Server actions (forms on pages): Next.js's own bodySizeLimit is 1 MB, and over it answers 500.
  action: { bytes: 1 * MB, what: "a form" },
};

const ITEM = "/api/interviews/[^/]+/items/[^/]+";
const RULES = [
  [new RegExp(`^${ITEM}/sketch$`), LIMITS.sketch],
  [new RegExp(`^${ITEM}/recording$`), LIMITS.recording],
  [new RegExp(`^${ITEM}/answer$`), LIMITS.answer],
  [new RegExp(`^${ITEM}/rating$`), LIMITS.rating],
  [new RegExp(`^${ITEM}/language$`), LIMITS.language],
  [/^\/api\/schedule$/, LIMITS.schedule],
  [/^\/api\/interviews\/[^/]+\/schedule$/, LIMITS.reschedule],
  [/^\/api\/auth(\/|$)/, LIMITS.auth],
  [/^\/api\/csp-report$/, LIMITS.cspReport],
  [/^\/api(\/|$)/, LIMITS.api],
];

/** The body limit for a request, by its path (without the query). */
export function bodyLimitFor(path) {
  for (const [pattern, limit] of RULES) if (pattern.test(path)) return limit;
  return LIMITS.action;
}

export function sizeLabel(bytes) {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`.replace(".0 ", " ");
  return `${Math.round(bytes / KB)} KB`;
}

export function tooLargeBody(limit) {
  return {
    error: `The request is larger than the ${sizeLabel(limit.bytes)} limit for ${limit.what}. Send less and try again.`,
    code: "too_large",
    limitBytes: limit.bytes,
  };
}

/**
 * Large bodies (over 1 MB allowed: sketches) are handed to Next.js a few at a
 * time per process: each one the route reads is held whole (up to its limit)
 * while it is parsed, so twenty at once would hold twenty limits. The others
 * wait unread (Node reads no more of a body than its 16 KB buffer until then),
 * within the request timeout. One person's autosaves come one at a time.
 */
export const LARGE_BODY_BYTES = 1024 * 1024;
export const LARGE_BODIES_AT_ONCE = Number(process.env.LARGE_BODIES_AT_ONCE ?? 3);
let largeInFlight = 0;
const largeWaiting = [];

/** Run `start` now, or once fewer than LARGE_BODIES_AT_ONCE large bodies are in flight; frees its place when `res` closes. */
export function admitBody(limit, res, start) {
  if (limit.bytes <= LARGE_BODY_BYTES) return start();
  const go = () => {
    largeInFlight++;
    res.once("close", () => {
      largeInFlight--;
      const next = largeWaiting.shift();
      if (next) next();
    });
    start();
  };
  if (largeInFlight < LARGE_BODIES_AT_ONCE) go();
  else {
    largeWaiting.push(go);
    res.once("close", () => {
      const at = largeWaiting.indexOf(go);
      if (at >= 0) largeWaiting.splice(at, 1);
    });
  }
}

/**
 * A body without a declared length (chunked) may be at most 1 MB on any route:
 * browsers declare the length of every body our pages send (a string, a Blob,
 * a beacon), so only a hand-made client streams one, and a stream is counted
 * but cannot be refused before it is read.
 */
export const UNDECLARED_MAX_BYTES = 1024 * 1024;

/** The limit that applies to this request: the route's, or the smaller one for a body of unknown length. */
export function effectiveLimit(req, limit) {
  if (req.headers["content-length"] !== undefined || limit.bytes <= UNDECLARED_MAX_BYTES) return limit;
  return { bytes: UNDECLARED_MAX_BYTES, what: `${limit.what} sent without a Content-Length` };
}

/** How long a refused body's rest is read and dropped before the socket closes. */
const DRAIN_MS = 1_000;

/**
 * Watch one request's body. `refuse(body)` answers 413 (the caller knows the
 * headers every answer carries). Returns false when the request was refused
 * already from its declared length.
 */
export function limitBody(req, res, limit, refuse) {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit.bytes) {
    lingerOnClose(req.socket);
    refuse(tooLargeBody(limit));
    return false;
  }
  let seen = 0;
  let cut = false;
  const push = req.push.bind(req);
  // The HTTP parser hands each body chunk to req.push (node:_http_common parserOnBody);
  // counting there sees every byte before any reader does, and needs no buffer.
  req.push = (chunk, encoding) => {
    if (cut) return true; // dropped: keep reading so the client can finish and see the answer
    if (chunk !== null) {
      seen += chunk.length;
      if (seen > limit.bytes) {
        cut = true;
        lingerOnClose(req.socket);
        refuse(tooLargeBody(limit));
        // Whoever was reading (a route handler) never sees the body end, so it never acts on a cut one;
        // it fails when the socket closes, and its answer goes nowhere.
        return true;
      }
    }
    return push(chunk, encoding);
  };
  // A body nobody read (the answer came first, e.g. a 401) is read to its end and dropped by Node; one
  // still arriving a moment after the answer (a huge or a slow upload) is not waited for.
  res.on("finish", () => {
    if (req.complete) return;
    setTimeout(() => {
      if (!req.complete) closeAfterAnswer(req, res);
    }, DRAIN_MS).unref();
  });
  return true;
}

/**
 * A refusal says `Connection: close` (so no client reuses the connection), and
 * Node then closes the socket once the answer is written. Closed while the
 * client is still sending, the socket would reset and the client could lose the
 * answer; so this socket half-closes instead and is destroyed a moment later.
 */
function lingerOnClose(socket) {
  if (!socket || socket.__lingering) return;
  socket.__lingering = true;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), DRAIN_MS).unref();
  };
}

function closeAfterAnswer(req, res) {
  const socket = req.socket;
  if (!socket || socket.destroyed || socket.__closing) return;
  socket.__closing = true;
  const close = () => {
    socket.end();
    setTimeout(() => socket.destroy(), DRAIN_MS).unref();
  };
  if (res.writableFinished) close();
  else res.once("finish", close);
}
