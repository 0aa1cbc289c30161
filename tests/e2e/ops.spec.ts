import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { InterviewPage } from "./pages/interview-page";

/** The server's log, as scripts/e2e-server.mjs keeps it. */
const LOG_FILE = path.join(process.cwd(), ".data", `e2e-server-${process.env.E2E_PORT ?? "3100"}.log`);

function logEntries(): Array<Record<string, unknown>> {
  return fs
    .readFileSync(LOG_FILE, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

test.describe("health and logs", () => {
  test("/api/health reports the database's state and is never cached", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.database.ok).toBe(true);
    expect(["pglite", "postgres"]).toContain(body.database.driver);
    expect(typeof body.database.latencyMs).toBe("number");
  });

  test("every request gets an id, echoed to the client and written in a JSON log line", async ({ request }) => {
    const id = `e2e-${Date.now().toString(36)}-abc`;
    const res = await request.get("/api/health", { headers: { "x-request-id": id } });
    expect(res.headers()["x-request-id"]).toBe(id);
    const fresh = await request.get("/sign-in");
    expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    await expect
      .poll(() => logEntries().find((e) => e.requestId === id), { timeout: 5_000 })
      .toMatchObject({ level: "info", msg: "request", method: "GET", path: "/api/health", status: 200 });
    const line = logEntries().find((e) => e.requestId === id)!;
    expect(typeof line.ms).toBe("number");
    expect(typeof line.time).toBe("string");
  });

  test("answers, passwords, cookies and query strings never reach the log", async ({ signedIn: page, account, context }) => {
    const room = new InterviewPage(page);
    await room.startWithPreset("Quick 15-min concepts");
    const answer = `Distinctive answer ${account.password.slice(3)} zebra-quartz`;
    await room.type(answer);
    await room.waitSaved();
    await page.goto("/questions?q=needle-in-the-query");
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(session).toBeDefined();

    const text = fs.readFileSync(LOG_FILE, "utf8");
    // The answer's save was logged — by its path and status only.
    expect(logEntries().some((e) => typeof e.path === "string" && e.path.endsWith("/answer") && e.status === 200)).toBe(true);
    expect(text).not.toContain("zebra-quartz");
    expect(text).not.toContain(account.password);
    expect(text).not.toContain(session!.value.slice(0, 40));
    expect(text).not.toContain("needle-in-the-query");
  });
});
