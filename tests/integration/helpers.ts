import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/** A fresh user per test, so files can share one PostgreSQL database safely. */
export async function createTestUser(name = "Test"): Promise<{ id: string; email: string }> {
  const db = await getDb();
  const email = `${name.toLowerCase()}-${randomUUID()}@example.test`;
  const [row] = await db.insert(users).values({ email, name }).returning({ id: users.id, email: users.email });
  return row!;
}

export function dbKind(): "postgres" | "pglite" {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}
