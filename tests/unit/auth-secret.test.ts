import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, no types
import { ensureAuthSecret } from "../../scripts/lib.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("AUTH_SECRET", () => {
  it("the production start refuses to run without it, before touching the database", () => {
    const dataDir = path.join(os.tmpdir(), "mockline-never-created");
    const env = { ...process.env, AUTH_SECRET: "", MOCKLINE_DATA_DIR: dataDir };
    const res = spawnSync(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env, encoding: "utf8", timeout: 20_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/AUTH_SECRET is not set/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("the demo generates one, keeps it private in the data folder and reuses it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mockline-secret-"));
    try {
      const first: string = ensureAuthSecret({ MOCKLINE_DATA_DIR: dir });
      expect(Buffer.from(first, "base64url").length).toBeGreaterThanOrEqual(32);
      const file = path.join(dir, "auth-secret");
      expect(fs.readFileSync(file, "utf8").trim()).toBe(first);
      expect(fs.statSync(file).mode & 0o077).toBe(0);
      expect(ensureAuthSecret({ MOCKLINE_DATA_DIR: dir })).toBe(first);
      // One set in the environment wins and is not written anywhere.
      expect(ensureAuthSecret({ MOCKLINE_DATA_DIR: dir, AUTH_SECRET: "from-env" })).toBe("from-env");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
