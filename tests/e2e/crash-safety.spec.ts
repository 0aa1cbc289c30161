/**
 * Crash safety: 50 writers autosave answers and sketches against the
 * production server, the server's whole process group is killed with SIGKILL
 * mid-stream, the server is restarted on the same database, and then every
 * save a writer saw acknowledged must be stored, and every interview must
 * resume with its deadline unchanged. Runs on the suite's database kind: a
 * fresh PostgreSQL database, or a fresh PGlite folder.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { clockError, interviewPageState, signUp, startInterview, type PageState, type Person } from "./support/http-client";
import {
  freshDatabase,
  groupProcesses,
  inBatches,
  killGroup,
  sleep,
  startServer,
  stopServer,
  waitGroupGone,
  type Server,
  type TestDatabase,
} from "./support/production";

const PORT = 3311;
// Each person's interview has three questions: one writer per answer and one per sketch of the
// first two, so 10 people make 50 writers (and only 10 sign-ups, which hash passwords).
const PEOPLE = 10;
const WRITERS_PER_PERSON: Array<{ kind: "answer" | "sketch"; item: number }> = [
  { kind: "answer", item: 0 },
  { kind: "answer", item: 1 },
  { kind: "answer", item: 2 },
  { kind: "sketch", item: 0 },
  { kind: "sketch", item: 1 },
];
const WRITE_MS = 3_000;
const INTERVIEW_MS = 15 * 60_000; // the quick-concepts preset

interface Writer {
  n: number;
  kind: "answer" | "sketch";
  person: Person;
  interviewId: string;
  itemId: string;
  /** Highest revision sent, and highest one answered with a 2xx. */
  sent: number;
  acked: number;
  inFlight: boolean;
  /** Non-2xx answers while the server was up (there should be none). */
  refused: string[];
}

const answerText = (w: Writer, rev: number) => `writer ${w.n} revision ${rev}: an idempotent PUT keeps the highest revision it has seen.`;

function sceneFor(w: Writer, rev: number) {
  return {
    type: "excalidraw",
    elements: [{ id: `w${w.n}`, type: "text", x: rev, y: 10, width: 200, height: 20, version: rev, isDeleted: false, text: `writer ${w.n} revision ${rev}` }],
    appState: {},
    files: {},
  };
}

function saveBody(w: Writer, rev: number): string {
  if (w.kind === "answer") {
    return JSON.stringify({ revision: rev, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: answerText(w, rev) }] }] } });
  }
  return JSON.stringify({ revision: rev, scene: sceneFor(w, rev) });
}

async function save(baseUrl: string, w: Writer, rev: number, signal?: AbortSignal): Promise<Response> {
  return fetch(`${baseUrl}/api/interviews/${w.interviewId}/items/${w.itemId}/${w.kind}`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: w.person.jar.header() },
    body: saveBody(w, rev),
    signal,
  });
}

/** The first text of an editor document. */
function firstText(doc: unknown): string | undefined {
  const d = doc as { content?: Array<{ content?: Array<{ text?: string }> }> } | null;
  return d?.content?.[0]?.content?.[0]?.text;
}

test.describe("crash safety", () => {
  test.describe.configure({ mode: "serial" });

  test("no acknowledged save is lost when the server is killed with SIGKILL, and interviews resume with their time", async () => {
    test.setTimeout(240_000);
    const t0 = Date.now();
    let db: TestDatabase | undefined;
    let server: Server | undefined;
    try {
      db = await freshDatabase("crash");
      server = await startServer(PORT, db);
      const firstStartMs = server.startMs;
      const setupAt = Date.now();
      const base = server.url;

      // People sign up and start an interview each, all over HTTP.
      const people = await inBatches(Array.from({ length: PEOPLE }, (_, i) => i), 4, async (i) => {
        const id = randomUUID().slice(0, 8);
        const person = await signUp(base, `crash-${i}-${id}@example.test`, `pw-${id}-secret`);
        const iv = await startInterview(base, person);
        const state = await interviewPageState(base, person, iv.id);
        return { person, iv, before: state };
      });
      const writers: Writer[] = [];
      for (const [i, p] of people.entries()) {
        expect(p.before.items.length, "the preset draws three questions").toBe(3);
        expect(p.before.deadlineAt).toBe(new Date(new Date(p.iv.startedAt).getTime() + INTERVIEW_MS).toISOString());
        const common = { person: p.person, interviewId: p.iv.id, sent: 0, acked: 0, inFlight: false, refused: [] as string[] };
        for (const spec of WRITERS_PER_PERSON) {
          writers.push({ ...common, n: writers.length, kind: spec.kind, itemId: p.before.items[spec.item]!.id, refused: [] });
        }
      }

      const setupMs = Date.now() - setupAt;
      // 50 writers autosave as fast as their last save is answered (with a little jitter), until the kill.
      let killed = false;
      const abort = new AbortController();
      const loops = writers.map(async (w) => {
        while (!killed) {
          const rev = w.sent + 1;
          w.sent = rev;
          w.inFlight = true;
          try {
            const res = await save(base, w, rev, abort.signal);
            const body = await res.text();
            if (res.ok) {
              const parsed = JSON.parse(body) as { revision: number; stale: boolean };
              if (!parsed.stale && parsed.revision === rev) w.acked = rev;
              else w.refused.push(`${res.status} stale ${body.slice(0, 80)}`);
            } else if (!killed) w.refused.push(`${res.status} ${body.slice(0, 120)}`);
          } catch {
            // The connection died with the server: this save was in flight, never acknowledged.
          } finally {
            w.inFlight = false;
          }
          await sleep(Math.random() * 20);
        }
      });
      // Kill mid-stream: after a few seconds, once every writer has had saves acknowledged (a busy machine may need longer).
      const writingSince = Date.now();
      while (Date.now() - writingSince < WRITE_MS || (writers.some((w) => w.acked < 2) && Date.now() - writingSince < 60_000)) await sleep(100);
      const writeMs = Date.now() - writingSince;
      const processes = groupProcesses(server);
      const inFlightAtKill = writers.filter((w) => w.inFlight).length;
      const ackedAtKill = writers.reduce((n, w) => n + w.acked, 0);
      killGroup(server, "SIGKILL");
      killed = true;
      await waitGroupGone(server, 10_000);
      // Anything still waiting on a dead socket is given up (and was never acknowledged).
      setTimeout(() => abort.abort(), 3_000).unref();
      await Promise.all(loops);
      expect(processes.some((p) => /scripts\/serve\.mjs|next/.test(p)), `the killed group held the production server (scripts/serve.mjs): ${processes.join("; ")}`).toBe(true);

      // Restart on the same database.
      const restartAt = Date.now();
      server = await startServer(PORT, db);
      const restartMs = Date.now() - restartAt;

      // Every acknowledged save is stored: the stored revision is at least the last acknowledged one,
      // at most the last one sent, and its content is exactly what was sent with it.
      const lost: string[] = [];
      let sketchesChecked = 0;
      const after = await inBatches(people, 4, (p) => interviewPageState(server!.url, p.person, p.iv.id));
      for (const [i, p] of people.entries()) {
        const state: PageState = after[i]!;
        for (const w of writers.filter((x) => x.kind === "answer" && x.interviewId === p.iv.id)) {
          const item = state.items.find((it) => it.id === w.itemId)!;
          if (item.answerRevision < w.acked || item.answerRevision > w.sent) {
            lost.push(`answer writer ${w.n}: stored ${item.answerRevision}, acked ${w.acked}, sent ${w.sent}`);
          } else if (item.answerRevision > 0 && firstText(item.answerDoc) !== answerText(w, item.answerRevision)) {
            lost.push(`answer writer ${w.n}: content of revision ${item.answerRevision} differs`);
          }
        }

        // The deadline stored before the crash is unchanged, and the time left is deadline − now.
        expect(state.deadlineAt, `deadline of ${p.iv.id}`).toBe(p.before.deadlineAt);
        // The page counts down from deadline − serverNow; that now must fall while the request was in flight
        // (servers and test share one clock; 1 s of slack for rounding), so the time left shown is right.
        expect(clockError(state), "time left reported after the restart").toBeLessThanOrEqual(1_000);
        expect(new Date(state.deadlineAt!).getTime() - state.serverNow).toBeGreaterThan(0);
      }
      await inBatches(
        writers.filter((w) => w.kind === "sketch"),
        4,
        async (w) => {
          const res = await fetch(`${server!.url}/api/interviews/${w.interviewId}/items/${w.itemId}/sketch`, { headers: { cookie: w.person.jar.header() } });
          if (res.status === 404) {
            if (w.acked > 0) lost.push(`sketch writer ${w.n}: nothing stored, acked ${w.acked}`);
            return;
          }
          const { scene, revision } = (await res.json()) as { scene: { elements: Array<{ text?: string }> }; revision: number };
          sketchesChecked++;
          if (revision < w.acked || revision > w.sent) lost.push(`sketch writer ${w.n}: stored ${revision}, acked ${w.acked}, sent ${w.sent}`);
          else if (scene.elements[0]?.text !== sceneFor(w, revision).elements[0]!.text) lost.push(`sketch writer ${w.n}: content of revision ${revision} differs`);
        },
      );

      // The interviews resume: the next save of every writer is taken.
      const resumed = await inBatches(writers, 8, async (w) => {
        const res = await save(server!.url, w, w.sent + 1);
        const body = (await res.json()) as { stale?: boolean };
        return res.ok && body.stale === false;
      });

      const acked = writers.filter((w) => w.acked > 0);
      const ackedSaves = writers.reduce((n, w) => n + w.acked, 0);
      const refused = writers.flatMap((w) => w.refused.map((r) => `writer ${w.n}: ${r}`));
      console.log(
        `[crash-safety] ${db.kind}: ${writers.length} writers (${PEOPLE} people; ${writers.filter((w) => w.kind === "answer").length} answers, ${writers.filter((w) => w.kind === "sketch").length} sketches); ` +
          `${ackedSaves} saves acknowledged (${ackedAtKill} when the kill was sent, ${acked.length} writers with at least one); ` +
          `${inFlightAtKill} in flight at the kill after ${(writeMs / 1000).toFixed(1)} s of writing; killed group: ${processes.length} processes; ` +
          `lost ${lost.length}; first start ${(firstStartMs / 1000).toFixed(1)} s, sign-ups and starts ${(setupMs / 1000).toFixed(1)} s, restart ${(restartMs / 1000).toFixed(1)} s; ` +
          `${sketchesChecked} sketches checked; ${resumed.filter(Boolean).length}/${writers.length} writers resumed; ` +
          `test ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
      expect(refused, "saves refused while the server was up").toEqual([]);
      expect(acked.length, "every writer saw at least one save acknowledged").toBe(writers.length);
      expect(lost, "acknowledged saves lost").toEqual([]);
      expect(resumed.every(Boolean), "every writer could save again after the restart").toBe(true);
    } finally {
      await stopServer(server);
      await db?.drop();
    }
  });
});
