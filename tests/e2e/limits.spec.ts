import net from "node:net";
import { expect, test } from "./fixtures";
import { BASE_URL } from "../../playwright.config";

const { hostname, port } = new URL(BASE_URL);

/**
 * Send a chunked body of 64 KB pieces (one every few ms) straight over a socket; resolve with the answer's
 * status and body and how many pieces had gone out when it came.
 */
function chunkedPut(path: string, cookie: string, pieces: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    const piece = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let text = "";
    let done = false;
    socket.on("data", (d) => {
      text += d.toString("latin1");
      const head = text.indexOf("\r\n\r\n");
      if (!done && head > 0 && /\}\s*$/.test(text)) {
        done = true;
        socket.destroy();
        resolve({ status: Number(text.slice(9, 12)), body: text.slice(head + 4), sent });
      }
    });
    socket.on("error", (e) => (done ? undefined : reject(e)));
    socket.on("close", () => {
      if (!done) reject(new Error(`closed after ${sent} pieces with: ${text.slice(0, 800)}`));
    });
    socket.on("connect", () => {
      socket.write(
        `PUT ${path} HTTP/1.1\r\nHost: ${new URL(BASE_URL).host}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\n` +
          `Origin: ${BASE_URL}\r\nSec-Fetch-Site: same-origin\r\nTransfer-Encoding: chunked\r\n\r\n`,
      );
      const tick = () => {
        if (done) return;
        if (sent === pieces) return void socket.write("0\r\n\r\n");
        socket.write(`${piece.length.toString(16)}\r\n`);
        socket.write(piece);
        socket.write("\r\n");
        sent++;
        setTimeout(tick, 2);
      };
      tick();
    });
  });
}

test.describe("body limits in the production server", () => {
  test("a chunked sketch body over the limit is refused with a 413 naming it before the client has sent it all", async ({ signedIn: page, context }) => {
    await page.goto("/dashboard");
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const ids = "5b1c7a56-0f5e-4c55-9a51-2b8fd8f0f2a1";
    // 32 MB offered without a length: at most 1 MB may come that way (a sketch with its length declared: 6.1 MB).
    const r = await chunkedPut(`/api/interviews/${ids}/items/${ids}/sketch`, cookie, 512);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ code: "too_large", error: expect.stringMatching(/1 MB limit for a sketch sent without a Content-Length/) });
    // Loopback buffers hold a few MB the server has not read yet; the answer still comes well before the end.
    expect(r.sent).toBeLessThan(512);
  });

  test("a declared length over the limit is refused at once, with the full header set", async ({ request }) => {
    const res = await request.put("/api/interviews/x/items/y/language", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ language: "x".repeat(4096) }),
    });
    expect(res.status()).toBe(413);
    expect(await res.json()).toMatchObject({ code: "too_large", limitBytes: 1024 });
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  test("a form post over Next.js's 1 MB action limit is a 413, not a 500", async ({ request }) => {
    const res = await request.post("/sign-up", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(1024 * 1024 + 10),
    });
    expect(res.status()).toBe(413);
    expect((await res.json()).error).toMatch(/1 MB limit for a form/);
  });

  test("the malformed-path 404 carries the full header set", async ({ request }) => {
    const res = await request.get("/%E0%A4%A");
    expect(res.status()).toBe(404);
    for (const name of ["x-frame-options", "referrer-policy", "permissions-policy", "content-security-policy", "x-content-type-options"]) {
      expect(res.headers()[name], name).toBeTruthy();
    }
  });
});
