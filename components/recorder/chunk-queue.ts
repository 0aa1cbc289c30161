"use client";

import { RETRY_MS, type SaveStatus } from "@/components/hooks/use-autosave";
import { PENDING_FLAG } from "./types";

/**
 * The recorder's uploads, kept so that nothing recorded is lost: every chunk
 * is written to IndexedDB as it is recorded and sent in order, one at a
 * time; it leaves the device only once the server has it. Offline, chunks
 * wait and go when the network returns; a reload or a crash finds them on
 * the next visit (a flag in localStorage says there are some, so the page
 * opens the queue without loading the recorder). Sending a chunk twice is
 * harmless: the server keeps the first copy of each sequence number.
 */

export interface QueuedChunk {
  interviewId: string;
  itemId: string;
  seq: number;
  part: number;
  endMs: number;
  mimeType: string;
  /** On a part's first chunk: when the part began, in the server's time. */
  startedAt: number | null;
  blob: Blob;
}

type Listener = (status: SaveStatus, event?: { itemId: string; refused?: "limit" | "closed" }) => void;

const DB_NAME = "mockline-recordings";
const STORE = "chunks";
/** What keepalive requests may carry in total as the page goes away. */
const KEEPALIVE_BUDGET = 60_000;

const pending = new Map<string, QueuedChunk>();
const listeners = new Set<Listener>();
let dbPromise: Promise<IDBDatabase | null> | null = null;
let loaded: Promise<void> | null = null;
let running = false;
let retryTimer: number | undefined;
let status: SaveStatus = { kind: "idle" };

const keyOf = (c: Pick<QueuedChunk, "itemId" | "seq">) => `${c.itemId}:${String(c.seq).padStart(8, "0")}`;

function openDb(): Promise<IDBDatabase | null> {
  dbPromise ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
    } catch {
      // No IndexedDB (a locked-down browser): chunks wait in memory only.
      resolve(null);
    }
  });
  return dbPromise;
}

async function store<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = tx.onabort = () => resolve(undefined);
  });
}

function setStatus(next: SaveStatus, event?: Parameters<Listener>[1]) {
  status = next;
  for (const l of listeners) l(next, event);
}

function markPending() {
  try {
    if (pending.size > 0) window.localStorage.setItem(PENDING_FLAG, "1");
    else window.localStorage.removeItem(PENDING_FLAG);
  } catch {
    // Storage blocked: the queue is still in IndexedDB.
  }
}

/** Chunks left by an earlier page (a reload, a crash), read once. */
function load(): Promise<void> {
  loaded ??= (async () => {
    const all = (await store("readonly", (s) => s.getAll())) as QueuedChunk[] | undefined;
    for (const c of all ?? []) if (!pending.has(keyOf(c))) pending.set(keyOf(c), c);
  })();
  return loaded;
}

function urlOf(c: QueuedChunk): string {
  const q = new URLSearchParams({ seq: String(c.seq), part: String(c.part), endMs: String(Math.round(c.endMs)) });
  if (c.startedAt !== null) {
    q.set("first", "1");
    q.set("startedAt", String(Math.round(c.startedAt)));
  }
  return `/api/interviews/${c.interviewId}/items/${c.itemId}/recording?${q}`;
}

async function remove(keys: string[]) {
  for (const k of keys) pending.delete(k);
  markPending();
  await store("readwrite", (s) => {
    let last: IDBRequest = s.count();
    for (const k of keys) last = s.delete(k);
    return last;
  });
}

/** Drop every waiting chunk of an item the server will no longer take. */
function dropItem(itemId: string) {
  return remove([...pending.values()].filter((c) => c.itemId === itemId).map(keyOf));
}

/** The oldest waiting chunk of each item, the oldest item first. */
function nextChunk(skip: Set<string>): QueuedChunk | undefined {
  return [...pending.entries()]
    .filter(([, c]) => !skip.has(c.itemId))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, c]) => c)[0];
}

function retryLater() {
  window.clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => void kick(), RETRY_MS);
}

/** Send what waits, in order, until the queue is empty or the network or the server says stop. */
async function kick(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await load();
    const waiting = new Set<string>();
    for (let c = nextChunk(waiting); c; c = nextChunk(waiting)) {
      if (navigator.onLine === false) {
        setStatus({ kind: "offline" });
        return;
      }
      setStatus({ kind: "saving" });
      let res: Response;
      try {
        res = await fetch(urlOf(c), { method: "PUT", headers: { "Content-Type": c.mimeType }, body: c.blob });
      } catch {
        setStatus({ kind: "offline" });
        retryLater();
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { error?: string; retry?: boolean };
      if (res.ok) {
        await remove([keyOf(c)]);
      } else if (res.status >= 500) {
        setStatus({ kind: "offline" });
        retryLater();
        return;
      } else if (res.status === 409 && body.retry) {
        // Its part's first chunk is still on its way (from another page): this item waits for the next round.
        waiting.add(c.itemId);
        retryLater();
      } else if (res.status === 409 || res.status === 413 || res.status === 404) {
        await dropItem(c.itemId);
        const message = body.error ?? "The server no longer takes this recording.";
        setStatus({ kind: res.status === 413 ? "error" : "locked", message }, { itemId: c.itemId, refused: res.status === 413 ? "limit" : "closed" });
        continue;
      } else {
        await remove([keyOf(c)]);
        setStatus({ kind: "error", message: body.error ?? `A piece of the recording was refused (HTTP ${res.status}).` });
        continue;
      }
    }
    if (pending.size === 0 && (status.kind === "saving" || status.kind === "offline" || status.kind === "idle")) setStatus({ kind: "saved", at: new Date() });
  } finally {
    running = false;
  }
}

/** Keep a chunk on this device, then send it. */
export async function enqueue(chunk: QueuedChunk): Promise<void> {
  pending.set(keyOf(chunk), chunk);
  markPending();
  await store("readwrite", (s) => s.put(chunk, keyOf(chunk)));
  void kick();
}

/** Resume sending what an earlier page left (the slot calls this on load when the flag is set). */
export function resumeUploads(): void {
  void kick();
}

/** Seconds of audio still waiting for an item (its chunks are about CHUNK_MS each). */
export function waitingChunks(itemId: string): number {
  let n = 0;
  for (const c of pending.values()) if (c.itemId === itemId) n++;
  return n;
}

/** Resolves once everything recorded has reached the server, or after `timeoutMs` (offline, say). */
export async function drain(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  void kick();
  while (pending.size > 0 && Date.now() < until && navigator.onLine !== false) {
    await new Promise((r) => setTimeout(r, 100));
    if (!running) void kick();
  }
}

/** As the page goes away: what fits goes out with keepalive (it stays queued, in case it does not arrive). */
export function beacon(): void {
  let budget = KEEPALIVE_BUDGET;
  const byItem = [...pending.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [, c] of byItem) {
    if (c.blob.size > budget) break;
    budget -= c.blob.size;
    try {
      void fetch(urlOf(c), { method: "PUT", headers: { "Content-Type": c.mimeType }, body: c.blob, keepalive: true }).catch(() => {});
    } catch {
      return;
    }
  }
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  listener(status);
  return () => listeners.delete(listener);
}

if (typeof window !== "undefined") window.addEventListener("online", () => void kick());
