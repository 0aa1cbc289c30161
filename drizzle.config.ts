import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this: migrations are committed SQL and
// applied by db/migrate.ts to PGlite or PostgreSQL alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
