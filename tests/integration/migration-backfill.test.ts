import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, type DbHandle } from "@/db/connection";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { dbKind } from "./helpers";

/**
 * Migrations that move data are run against rows written by the schema before
 * them: the committed migrations up to the one before, some data, then the rest.
 * On PostgreSQL a scratch database of its own; on PGlite one in memory.
 */
const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };

function foldersUpTo(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mockline-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const upTo = journal.entries.findIndex((e) => e.tag === tag);
  const entries = journal.entries.slice(0, upTo);
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  return dir;
}

async function migrateTo(handle: DbHandle, folder: string) {
  if (handle.driver === "postgres") await migratePg(handle.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
  else await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function scratch(): Promise<DbHandle> {
  if (dbKind() === "pglite") {
    const h = await openDatabase({ dataDir: "memory://" });
    cleanups.push(() => h.close());
    return h;
  }
  const base = new URL(process.env.DATABASE_URL!);
  const name = `mockline_migration_${process.pid}_${Date.now()}`;
  const admin = postgres({ ...{ host: base.hostname, port: Number(base.port || 5432), user: decodeURIComponent(base.username) || "postgres", database: "postgres" }, max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const h = await openDatabase({ url: url.toString(), max: 2 });
  cleanups.push(async () => {
    await h.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return h;
}

describe(`migrations that move data (${dbKind()})`, () => {
  it("0007 gives every existing interview item its interview's owner, then requires it", async () => {
    const h = await scratch();
    await migrateTo(h, foldersUpTo("0007_interview_items_user"));
    await h.db.execute(sql`insert into users (id, email, name) values ('u-a', 'a@example.test', 'A'), ('u-b', 'b@example.test', 'B')`);
    await h.db.execute(
      sql`insert into questions (slug, title, level, kind, topics, prompt, prompt_text, sample_answer, sample_answer_text, key_points, suggested_minutes)
          values ('q1', 'Q1', 'beginner', 'concept', '{}', '{"type":"doc"}', 'p', '{"type":"doc"}', 'a', '[]', 5)`,
    );
    await h.db.execute(
      sql`insert into interviews (id, user_id, title, config, status, timer_mode, seed)
          select gen_random_uuid(), u, 'I', '{}', 'active', 'untimed', 1 from unnest(array['u-a', 'u-a', 'u-b']) u`,
    );
    await h.db.execute(sql`insert into interview_items (interview_id, position, question_id) select i.id, 0, q.id from interviews i, questions q`);

    await migrateTo(h, MIGRATIONS_FOLDER);
    const rows = rowsOf<{ owner: string; item_user: string }>(
      await h.db.execute(sql`select i.user_id as owner, ii.user_id as item_user from interview_items ii join interviews i on i.id = ii.interview_id`),
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.item_user).toBe(r.owner);
    // Required from now on: an item without an owner is refused.
    const [anInterview] = rowsOf<{ id: string }>(await h.db.execute(sql`select id from interviews limit 1`));
    await expect(
      h.db.execute(sql`insert into interview_items (interview_id, position, question_id) select ${anInterview!.id}::uuid, 1, id from questions`),
    ).rejects.toThrow();
  });

  it("0008 sums the rating log so far per person, topic and week, and per self-rating", async () => {
    const h = await scratch();
    await migrateTo(h, foldersUpTo("0008_rating_rollups"));
    await h.db.execute(sql`insert into users (id, email, name) values ('u-a', 'a@example.test', 'A'), ('u-b', 'b@example.test', 'B')`);
    await h.db.execute(
      sql`insert into questions (slug, title, level, kind, topics, prompt, prompt_text, sample_answer, sample_answer_text, key_points, suggested_minutes)
          values ('q1', 'Q1', 'beginner', 'concept', '{caching,apis}', '{"type":"doc"}', 'p', '{"type":"doc"}', 'a', '[]', 5),
                 ('q2', 'Q2', 'beginner', 'concept', '{caching}', '{"type":"doc"}', 'p', '{"type":"doc"}', 'a', '[]', 5)`,
    );
    // u-a: q1 twice on Sunday 8 Nov (week of 2 Nov), q2 on Monday 9 Nov; u-b: q1 once.
    await h.db.execute(
      sql`insert into rating_logs (user_id, question_id, rating, coverage, score, state_before, due_after, rated_at)
          select u, (select id from questions where slug = s), r, c, sc, 0, now(), at::timestamptz
          from (values ('u-a', 'q1', 2, 0.5, 40, '2026-11-08T23:30:00Z'), ('u-a', 'q1', 4, 1.0, 90, '2026-11-08T10:00:00Z'),
                       ('u-a', 'q2', 2, 0.25, 20, '2026-11-09T00:30:00Z'), ('u-b', 'q1', 1, 0.0, 5, '2026-11-09T12:00:00Z')) v(u, s, r, c, sc, at)`,
    );

    await migrateTo(h, MIGRATIONS_FOLDER);
    const weeks = rowsOf<{ user_id: string; topic: string; week: string; ratings: number; sum_score: number }>(
      await h.db.execute(sql`select user_id, topic, to_char(week, 'YYYY-MM-DD') as week, ratings, sum_score from topic_weeks order by 1, 2, 3`),
    ).map((r) => ({ ...r, ratings: Number(r.ratings), sum_score: Number(r.sum_score) }));
    expect(weeks).toEqual([
      { user_id: "u-a", topic: "apis", week: "2026-11-02", ratings: 2, sum_score: 130 },
      { user_id: "u-a", topic: "caching", week: "2026-11-02", ratings: 2, sum_score: 130 },
      { user_id: "u-a", topic: "caching", week: "2026-11-09", ratings: 1, sum_score: 20 },
      { user_id: "u-b", topic: "apis", week: "2026-11-09", ratings: 1, sum_score: 5 },
      { user_id: "u-b", topic: "caching", week: "2026-11-09", ratings: 1, sum_score: 5 },
    ]);
    const cal = rowsOf<{ user_id: string; rating: number; ratings: number; sum_coverage: number }>(
      await h.db.execute(sql`select user_id, rating, ratings, sum_coverage from rating_calibration order by 1, 2`),
    ).map((r) => ({ ...r, rating: Number(r.rating), ratings: Number(r.ratings), sum_coverage: Number(r.sum_coverage) }));
    expect(cal).toEqual([
      { user_id: "u-a", rating: 2, ratings: 2, sum_coverage: 0.75 },
      { user_id: "u-a", rating: 4, ratings: 1, sum_coverage: 1 },
      { user_id: "u-b", rating: 1, ratings: 1, sum_coverage: 0 },
    ]);
  });
});
