import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
// @ts-expect-error — a plain .mjs module shared with the Node server
import { LIMITS, bodyLimitFor, effectiveLimit, limitBody } from "../../scripts/body-limits.mjs";
// @ts-expect-error — a plain .mjs module shared with the Node server
import { OWN_HEADERS, answerHere } from "../../scripts/answer-here.mjs";
import { MAX_SKETCH_REQUEST_BYTES } from "@/lib/sketch/scene";
import { MAX_CHUNK_BYTES } from "@/lib/recording/limits";
import { MAX_ANSWER_BYTES } from "@/lib/interview/answer-limits";
import { FIXED_HEADERS } from "@/lib/http/security-headers";
import { readJson } from "@/server/http/route";
import { isAppError } from "@/lib/errors";

type Limit = { bytes: number; what: string };
const limitFor = bodyLimitFor as (path: string) => Limit;
const item = "/api/interviews/5b1c7a56-0f5e-4c55-9a51-2b8fd8f0f2a1/items/9a1c7a56-0f5e-4c55-9a51-2b8fd8f0f2a1";

describe("the production server's body limits", () => {
  it("are the limits the routes themselves accept, so a body a route takes is never cut short", () => {
    expect(limitFor(`${item}/sketch`).bytes).toBe(MAX_SKETCH_REQUEST_BYTES);
    expect(limitFor(`${item}/recording`).bytes).toBe(MAX_CHUNK_BYTES);
    expect(limitFor(`${item}/answer`).bytes).toBe(MAX_ANSWER_BYTES);
    expect(limitFor(`${item}/language`).bytes).toBe(1024);
    expect(limitFor(`${item}/rating`).bytes).toBe(64 * 1024);
    expect(limitFor("/api/schedule").bytes).toBe(64 * 1024);
    expect(limitFor("/api/interviews/x/schedule").bytes).toBe(4096);
    expect(limitFor("/api/auth/callback/credentials")).toBe(LIMITS.auth);
    expect(limitFor("/api/interviews/x/finish")).toBe(LIMITS.api);
    // Forms on pages (server actions): Next.js's own 1 MB bodySizeLimit.
    expect(limitFor("/schedule").bytes).toBe(1024 * 1024);
    expect(limitFor(`${item}/sketch/extra`)).toBe(LIMITS.api);
  });

  it("allow a body of unknown length at most 1 MB, since browsers declare every length", () => {
    const sketch = limitFor(`${item}/sketch`);
    expect(effectiveLimit({ headers: {} }, sketch)).toMatchObject({ bytes: 1024 * 1024, what: "a sketch sent without a Content-Length" });
    expect(effectiveLimit({ headers: { "content-length": "10" } }, sketch)).toBe(sketch);
    expect(effectiveLimit({ headers: {} }, LIMITS.answer)).toBe(LIMITS.answer);
  });

  it("answer with the same security headers as Next.js's own answers", () => {
    const lower = Object.fromEntries(Object.entries(FIXED_HEADERS).map(([k, v]) => [k.toLowerCase(), v]));
    expect(OWN_HEADERS).toMatchObject(lower);
  });
});

/** A server wired as scripts/serve.mjs wires Next.js: the limiter first, then a handler that reads the whole body. */
let server: http.Server;
let port: number;
const handled: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!limitBody(req, res, { bytes: 64 * 1024, what: "a test" }, (body: unknown) => answerHere(res, 413, body, { connection: "close" }))) return;
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      handled.push(req.url ?? "");
      res.end(JSON.stringify({ bytes: Buffer.concat(parts).length }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Send a chunked body of `chunks` × 16 KB, one chunk per tick; resolve with the status and how many chunks went out before it came. */
function sendChunked(path: string, chunks: number): Promise<{ status: number; sentBeforeAnswer: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let sent = 0;
    let answer = "";
    let done = false;
    const piece = Buffer.alloc(16 * 1024, "a");
    socket.on("data", (d) => {
      answer += d.toString();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (m && answer.includes("\r\n\r\n") && /\}$/.test(answer) && !done) {
        done = true;
        socket.destroy();
        resolve({ status: Number(m[1]), sentBeforeAnswer: sent, text: answer });
      }
    });
    socket.on("error", (e) => (done ? undefined : reject(e)));
    socket.on("connect", () => {
      socket.write(`PUT ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const tick = () => {
        if (done) return;
        if (sent === chunks) {
          socket.write("0\r\n\r\n");
          return;
        }
        socket.write(`${piece.length.toString(16)}\r\n`);
        socket.write(piece);
        socket.write("\r\n");
        sent++;
        setTimeout(tick, 5);
      };
      tick();
    });
  });
}

describe("limitBody", () => {
  it("answers 413 naming the limit while a chunked over-limit body is still being sent, and the handler never sees its end", async () => {
    const r = await sendChunked("/over", 200); // 3.2 MB offered, 64 KB allowed
    expect(r.status).toBe(413);
    expect(r.sentBeforeAnswer).toBeLessThan(40);
    expect(r.text).toContain("64 KB limit for a test");
    expect(r.text.toLowerCase()).toContain("x-frame-options: deny");
    expect(handled).not.toContain("/over");
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/declared`, { method: "PUT", body: "x".repeat(65 * 1024) });
    expect(res.status).toBe(413);
    expect((await res.json()) as unknown).toMatchObject({ code: "too_large", limitBytes: 64 * 1024 });
    expect(handled).not.toContain("/declared");
  });

  it("passes a body within the limit through whole", async () => {
    const r = await sendChunked("/within", 3);
    expect(r.status).toBe(200);
    expect(r.text).toContain(`"bytes":${3 * 16 * 1024}`);
  });
});

describe("readJson", () => {
  it("stops reading a body without a length once it passes the limit, rather than buffering it whole", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const req = new Request("http://x/api", { method: "PUT", headers: { "content-type": "application/json" }, body: endless, duplex: "half" } as RequestInit);
    const err = await readJson(req, z.unknown(), { maxBytes: 10 * 1024, tooLarge: "Too big for a test." }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe("too_large");
    expect((err as Error).message).toBe("Too big for a test.");
    expect(pulled).toBeLessThan(15);
  });

  it("still parses and validates a body within the limit", async () => {
    const req = new Request("http://x/api", { method: "PUT", headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ a: "é" }) });
    await expect(readJson(req, z.object({ a: z.string() }))).resolves.toEqual({ a: "é" });
  });

  it("refuses a body that is not declared JSON, as a page elsewhere could send it without asking", async () => {
    const req = new Request("http://x/api", { method: "PUT", headers: { "content-type": "text/plain" }, body: "{}" });
    const err = await readJson(req, z.unknown()).catch((e: unknown) => e);
    expect(isAppError(err) && err.status).toBe(415);
  });
});
