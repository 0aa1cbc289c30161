import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// A signed-in, current session: this file is about what a failing handler answers, not about sessions.
vi.mock("@/server/auth/token", () => ({ userIdFromRequest: async () => ({ id: "u1", email: "a@example.test", generation: 0, sessionId: "unit-session" }) }));
vi.mock("@/server/auth/session-generation", () => ({ isSessionCurrent: async () => true }));

const { authedRoute, errorResponse } = await import("@/server/http/route");
const { AppError } = await import("@/lib/errors");

// What a failing query looks like from postgres.js or PGlite: SQL, table names and a stack.
function sqlError() {
  const err = new Error('duplicate key value violates unique constraint "users_email_unique"') as Error & Record<string, unknown>;
  err.query = 'insert into "users" ("email") values ($1)';
  err.detail = "Key (email)=(a@example.test) already exists.";
  return err;
}

afterEach(() => vi.restoreAllMocks());

describe("errors in route handlers", () => {
  it("turn an unexpected exception into a generic 500 with no message, SQL or stack", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const route = authedRoute(z.object({}), async () => {
      throw sqlError();
    });
    const res = await route(new Request("http://localhost/api/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["code", "error"]);
    expect(body.code).toBe("internal");
    const text = JSON.stringify(body);
    for (const leak of ["users", "insert", "duplicate", "constraint", "at ", "Error", ".ts"]) expect(text).not.toContain(leak);
  });

  it("a thrown non-Error (a string with SQL in it) is just as generic", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = errorResponse("select * from users");
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("select");
  });

  it("keep the safe message of an AppError, with its status", async () => {
    const res = errorResponse(new AppError("conflict", "The deadline has passed."));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "The deadline has passed.", code: "conflict" });
  });
});
