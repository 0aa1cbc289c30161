/**
 * Voice recordings: what a minute of recording stores, and what a chunk
 * upload costs the server.
 *
 *   npm run build && node --import tsx bench/recording.ts      (BENCH_PORT, default 3207; WRITERS, SECONDS, RECORD_SECONDS)
 *
 * 1. Stored bytes per minute: headless Chromium with its fake microphone
 *    (a tone, not speech: Opus at the 32 kbit/s the recorder asks for spends
 *    about the same on either) records RECORD_SECONDS through the live room,
 *    and the server's totals are read back.
 * 2. Upload CPU per chunk: WRITERS people upload one 1-second chunk a second
 *    (paced), then as fast as the server answers (saturating); server CPU
 *    (all its processes) divided by the chunks stored.
 */
import fs from "node:fs";
import http from "node:http";
import { chromium } from "@playwright/test";
import { recorderHeader } from "../tests/support/webm";
import { benchPeople, fmt, freshDatabase, runLoad, serverCpuMs, signUpAndStartInterview, startServer, stopServer } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3207);
const WRITERS = Number(process.env.WRITERS ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 20);
const RECORD_SECONDS = Number(process.env.RECORD_SECONDS ?? 30);
const base = `http://localhost:${PORT}`;

async function bytesPerMinute(): Promise<string> {
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  });
  try {
    const context = await browser.newContext({ permissions: ["microphone"] });
    const page = await context.newPage();
    await signUpAndStartInterview(page, base, `rec-${Date.now()}@example.test`);
    await page.reload();
    const recorder = page.getByRole("group", { name: "Voice recording" });
    await recorder.getByRole("button", { name: "Record", exact: true }).click();
    await recorder.getByText(/^Recording \d/).waitFor();
    await page.waitForTimeout(RECORD_SECONDS * 1000);
    await recorder.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("status", { name: "Recording save status" }).filter({ hasText: /Saved/ }).waitFor({ timeout: 30_000 });
    const interviewId = new URL(page.url()).pathname.split("/")[2]!;
    const state = (await (await page.request.get(`${base}/api/interviews/${interviewId}`)).json()) as { items: { id: string }[] };
    const meta = (await (await page.request.get(`${base}/api/interviews/${interviewId}/items/${state.items[0]!.id}/recording`)).json()) as {
      bytes: number;
      durationMs: number;
      parts: { chunks: number; mimeType: string }[];
    };
    const perMinute = (meta.bytes / meta.durationMs) * 60_000;
    const chunks = meta.parts.reduce((n, p) => n + p.chunks, 0);
    return `recorded ${fmt(meta.durationMs / 1000)} s as ${meta.parts[0]?.mimeType}: ${meta.bytes} bytes in ${chunks} chunks (${fmt(meta.bytes / chunks / 1024, 1)} KB a chunk) = ${fmt(perMinute / 1024)} KB per minute (${fmt((perMinute * 8) / 60 / 1000)} kbit/s)`;
  } finally {
    await browser.close();
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS });
const HEADER = Buffer.from(recorderHeader());
const SECOND_OF_AUDIO = Buffer.alloc(4200, 0x5a);

interface Uploader {
  cookie: string;
  url: string;
  seq: number;
}

function upload(u: Uploader): Promise<{ ms: number; ok: boolean }> {
  const seq = u.seq++;
  const first = seq === 0;
  const body = first ? Buffer.concat([HEADER, SECOND_OF_AUDIO]) : SECOND_OF_AUDIO;
  const path = `${u.url}?seq=${seq}&part=0&endMs=${(seq + 1) * 1000}${first ? `&first=1&startedAt=${Date.now()}` : ""}`;
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, path, method: "PUT", agent, headers: { "content-type": "audio/webm;codecs=opus", "content-length": body.length, cookie: u.cookie } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
      },
    );
    req.on("error", () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(body);
  });
}

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase("mockline_bench_recording");
  const people = await benchPeople(url, WRITERS);
  const server = await startServer(url, PORT);
  try {
    const uploaders = people.map((p) => ({ cookie: p.cookie, url: `/api/interviews/${p.interviewId}/items/${p.itemId}/recording`, seq: 0 }));
    await Promise.all(uploaders.slice(0, 5).map((u) => upload(u)));
    const paced = await runLoad(uploaders, SECONDS, true, upload);
    const cpu0 = serverCpuMs(server.pid!);
    const saturating = await runLoad(uploaders, SECONDS, false, upload);
    const cpuPerChunk = (serverCpuMs(server.pid!) - cpu0) / saturating.count;
    const stored = await bytesPerMinute();
    console.log(
      [
        `chunk uploads; writers: ${WRITERS}, ${SECONDS} s per phase, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
        `paced (1 chunk/s/writer, 4.1 KB): ${paced.count} chunks, ${paced.errors} errors, ${fmt(paced.perSecond)}/s, p50 ${fmt(paced.p50)} ms, p95 ${fmt(paced.p95)} ms`,
        `saturating: ${saturating.count} chunks, ${saturating.errors} errors, ${fmt(saturating.perSecond)}/s, p50 ${fmt(saturating.p50)} ms, p95 ${fmt(saturating.p95)} ms`,
        `server CPU per chunk (saturating): ${fmt(cpuPerChunk, 2)} ms`,
        stored,
      ].join("\n"),
    );
  } finally {
    stopServer(server);
    agent.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
