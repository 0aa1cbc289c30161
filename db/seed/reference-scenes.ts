/**
 * Reference diagrams for the built-in design questions, drawn in code so they
 * stay reviewable in diffs: boxes on a grid, arrows between them, labels bound
 * to both. `diagram()` emits complete Excalidraw elements (Excalidraw would
 * fill gaps on load, but the server validates what is stored).
 */

export interface Box {
  id: string;
  label: string;
  col: number;
  row: number;
  /** A datastore is drawn as an ellipse, a client as a diamond. */
  shape?: "rectangle" | "ellipse" | "diamond";
  color?: string;
}

export interface Arrow {
  from: string;
  to: string;
  label?: string;
  dashed?: boolean;
}

type Element = Record<string, unknown> & { id: string; type: string };
export interface ReferenceScene {
  type: "excalidraw";
  elements: Element[];
  appState: { viewBackgroundColor: string; gridSize: null };
  files: Record<string, never>;
}

const W = 180;
const H = 80;
const GAP_X = 110;
const GAP_Y = 90;
const FILL = { store: "#ffec99", client: "#a5d8ff", queue: "#d0bfff", service: "#b2f2bb" } as const;

/** A stable 31-bit number per id, so re-seeding yields the same scene. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 1) % 2_000_000_000;
}

function base(id: string, type: string, x: number, y: number, width: number, height: number): Element {
  return {
    id,
    type,
    x,
    y,
    width,
    height,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: null,
    seed: seedOf(id),
    version: 1,
    versionNonce: seedOf(`${id}:n`),
    isDeleted: false,
    boundElements: [] as { id: string; type: string }[],
    updated: 1,
    link: null,
    locked: false,
  };
}

function label(id: string, containerId: string, text: string, cx: number, cy: number, fontSize = 20): Element {
  const lines = text.split("\n");
  const width = Math.max(...lines.map((l) => l.length)) * fontSize * 0.55;
  const height = lines.length * fontSize * 1.25;
  return {
    ...base(id, "text", cx - width / 2, cy - height / 2, width, height),
    text,
    originalText: text,
    fontSize,
    fontFamily: 5,
    textAlign: "center",
    verticalAlign: "middle",
    containerId,
    autoResize: true,
    lineHeight: 1.25,
  };
}

export function diagram(boxes: Box[], arrows: Arrow[]): ReferenceScene {
  const elements: Element[] = [];
  const byId = new Map<string, Element>();
  for (const b of boxes) {
    const x = b.col * (W + GAP_X);
    const y = b.row * (H + GAP_Y);
    const shape = base(b.id, b.shape ?? "rectangle", x, y, W, H);
    shape.backgroundColor = b.color ?? (b.shape === "ellipse" ? FILL.store : b.shape === "diamond" ? FILL.client : FILL.service);
    shape.roundness = b.shape && b.shape !== "rectangle" ? { type: 2 } : { type: 3 };
    const text = label(`${b.id}-label`, b.id, b.label, x + W / 2, y + H / 2);
    (shape.boundElements as { id: string; type: string }[]).push({ id: text.id, type: "text" });
    elements.push(shape, text);
    byId.set(b.id, shape);
  }
  arrows.forEach((a, i) => {
    const from = byId.get(a.from);
    const to = byId.get(a.to);
    if (!from || !to) throw new Error(`diagram: arrow ${a.from} → ${a.to} names a missing box`);
    const [fx, fy, tx, ty] = anchors(from, to);
    const id = `arrow-${i}-${a.from}-${a.to}`;
    const arrow: Element = {
      ...base(id, "arrow", fx, fy, Math.abs(tx - fx), Math.abs(ty - fy)),
      strokeStyle: a.dashed ? "dashed" : "solid",
      roundness: { type: 2 },
      points: [
        [0, 0],
        [tx - fx, ty - fy],
      ],
      lastCommittedPoint: null,
      startBinding: { elementId: a.from, focus: 0, gap: 4 },
      endBinding: { elementId: a.to, focus: 0, gap: 4 },
      startArrowhead: null,
      endArrowhead: "arrow",
      elbowed: false,
    };
    (from.boundElements as { id: string; type: string }[]).push({ id, type: "arrow" });
    (to.boundElements as { id: string; type: string }[]).push({ id, type: "arrow" });
    elements.push(arrow);
    if (a.label) {
      const text = label(`${id}-label`, id, a.label, (fx + tx) / 2, (fy + ty) / 2, 16);
      (arrow.boundElements as { id: string; type: string }[]).push({ id: text.id, type: "text" });
      elements.push(text);
    }
  });
  return { type: "excalidraw", elements, appState: { viewBackgroundColor: "#ffffff", gridSize: null }, files: {} };
}

/** Edge points between two boxes: leave through the side that faces the other box. */
function anchors(a: Element, b: Element): [number, number, number, number] {
  const ax = (a.x as number) + W / 2;
  const ay = (a.y as number) + H / 2;
  const bx = (b.x as number) + W / 2;
  const by = (b.y as number) + H / 2;
  const gap = 6;
  if (Math.abs(bx - ax) >= Math.abs(by - ay)) {
    const dir = Math.sign(bx - ax) || 1;
    return [ax + dir * (W / 2 + gap), ay, bx - dir * (W / 2 + gap), by];
  }
  const dir = Math.sign(by - ay) || 1;
  return [ax, ay + dir * (H / 2 + gap), bx, by - dir * (H / 2 + gap)];
}

const client = (col = 0, row = 1, text = "Client"): Box => ({ id: "client", label: text, col, row, shape: "diamond" });
const db = (id: string, text: string, col: number, row: number): Box => ({ id, label: text, col, row, shape: "ellipse" });
const queue = (id: string, text: string, col: number, row: number): Box => ({ id, label: text, col, row, color: FILL.queue });

/** Reference diagrams by question slug. */
export const REFERENCE_SCENES: Record<string, ReferenceScene> = {
  "design-todo-rest-api": diagram(
    [client(), { id: "api", label: "REST API\n/todos", col: 1, row: 1 }, { id: "auth", label: "Auth\n(token check)", col: 1, row: 0 }, db("db", "Postgres\ntodos", 2, 1)],
    [{ from: "client", to: "api", label: "HTTPS JSON" }, { from: "api", to: "auth" }, { from: "api", to: "db", label: "SQL" }],
  ),
  "design-blog-schema": diagram(
    [db("users", "users", 0, 0), db("posts", "posts", 1, 0), db("comments", "comments", 2, 0), db("tags", "tags", 1, 2), db("post_tags", "post_tags", 1, 1)],
    [{ from: "posts", to: "users", label: "author_id" }, { from: "comments", to: "posts", label: "post_id" }, { from: "post_tags", to: "posts" }, { from: "post_tags", to: "tags" }],
  ),
  "design-contact-form-backend": diagram(
    [client(0, 1, "Browser\nform"), { id: "api", label: "Submit API\n(validate, rate limit)", col: 1, row: 1 }, db("db", "messages", 2, 0), queue("queue", "Job queue", 2, 1), { id: "mailer", label: "Mail worker", col: 3, row: 1 }],
    [{ from: "client", to: "api", label: "POST" }, { from: "api", to: "db" }, { from: "api", to: "queue", label: "enqueue" }, { from: "queue", to: "mailer" }],
  ),
  "url-shortener": diagram(
    [client(), { id: "lb", label: "Load balancer", col: 1, row: 1 }, { id: "write", label: "Shorten API", col: 2, row: 0 }, { id: "read", label: "Redirect API", col: 2, row: 2 }, { id: "cache", label: "Cache\ncode → URL", col: 3, row: 2, color: FILL.queue }, db("db", "Key-value store\ncode → URL", 3, 1), { id: "ids", label: "ID generator", col: 3, row: 0 }],
    [{ from: "client", to: "lb" }, { from: "lb", to: "write" }, { from: "lb", to: "read" }, { from: "write", to: "ids" }, { from: "write", to: "db" }, { from: "read", to: "cache" }, { from: "read", to: "db", label: "on miss", dashed: true }],
  ),
  pastebin: diagram(
    [client(), { id: "api", label: "Paste API", col: 1, row: 1 }, db("meta", "Metadata DB", 2, 0), db("blob", "Object storage\npaste bodies", 2, 2), { id: "cdn", label: "CDN", col: 1, row: 2, color: FILL.queue }, { id: "cleanup", label: "Expiry cleaner", col: 3, row: 0 }],
    [{ from: "client", to: "api" }, { from: "api", to: "meta" }, { from: "api", to: "blob" }, { from: "client", to: "cdn", label: "reads", dashed: true }, { from: "cdn", to: "blob" }, { from: "cleanup", to: "meta" }],
  ),
  "file-upload-service": diagram(
    [client(), { id: "api", label: "Upload API\n(sessions)", col: 1, row: 0 }, db("blob", "Object storage\nmultipart", 1, 2), db("meta", "File metadata", 2, 0), queue("queue", "Events queue", 2, 2), { id: "scan", label: "Scan / thumbnail\nworkers", col: 3, row: 2 }],
    [{ from: "client", to: "api", label: "start / complete" }, { from: "client", to: "blob", label: "presigned parts" }, { from: "api", to: "meta" }, { from: "blob", to: "queue", label: "object created" }, { from: "queue", to: "scan" }],
  ),
  "background-job-queue": diagram(
    [{ id: "producer", label: "Producers\n(web app)", col: 0, row: 1 }, queue("broker", "Queue / broker", 1, 1), { id: "workers", label: "Worker pool", col: 2, row: 1 }, queue("dlq", "Dead-letter queue", 2, 2), db("state", "Job state DB", 2, 0), { id: "monitor", label: "Metrics and alerts", col: 3, row: 1 }],
    [{ from: "producer", to: "broker", label: "enqueue" }, { from: "broker", to: "workers", label: "lease" }, { from: "workers", to: "state" }, { from: "workers", to: "dlq", label: "after N retries", dashed: true }, { from: "workers", to: "monitor" }],
  ),
  "realtime-leaderboard": diagram(
    [client(0, 1, "Game clients"), { id: "api", label: "Score API", col: 1, row: 1 }, { id: "zset", label: "Redis sorted set\nper board", col: 2, row: 0, color: FILL.queue }, queue("stream", "Score events", 2, 2), db("db", "Durable scores DB", 3, 2), { id: "push", label: "WebSocket push", col: 1, row: 0 }],
    [{ from: "client", to: "api", label: "submit / top-N" }, { from: "api", to: "zset", label: "ZADD / ZREVRANGE" }, { from: "api", to: "stream" }, { from: "stream", to: "db" }, { from: "push", to: "client", dashed: true }],
  ),
  "notification-system": diagram(
    [{ id: "services", label: "Product services", col: 0, row: 1 }, { id: "api", label: "Notification API\n(idempotency key)", col: 1, row: 1 }, db("prefs", "Preferences and\ntemplates", 1, 0), queue("queue", "Per-channel queues", 2, 1), { id: "email", label: "Email worker", col: 3, row: 0 }, { id: "push", label: "Push worker", col: 3, row: 1 }, { id: "sms", label: "SMS worker", col: 3, row: 2 }, db("log", "Delivery log", 2, 2)],
    [{ from: "services", to: "api" }, { from: "api", to: "prefs" }, { from: "api", to: "queue", label: "fan out" }, { from: "queue", to: "email" }, { from: "queue", to: "push" }, { from: "queue", to: "sms" }, { from: "sms", to: "log", dashed: true }],
  ),
  "chat-system": diagram(
    [client(0, 1, "Clients"), { id: "gw", label: "WebSocket gateway", col: 1, row: 1 }, { id: "chat", label: "Chat service", col: 2, row: 1 }, db("msgs", "Messages store\n(partition by chat)", 3, 1), queue("bus", "Pub/sub\n(user → gateway)", 2, 0), { id: "presence", label: "Presence", col: 1, row: 0 }, { id: "push", label: "Offline push", col: 2, row: 2 }],
    [{ from: "client", to: "gw" }, { from: "gw", to: "chat", label: "send" }, { from: "chat", to: "msgs" }, { from: "chat", to: "bus", label: "deliver" }, { from: "bus", to: "gw", dashed: true }, { from: "gw", to: "presence" }, { from: "chat", to: "push", dashed: true }],
  ),
  "distributed-job-scheduler": diagram(
    [{ id: "api", label: "Schedule API", col: 0, row: 1 }, db("jobs", "Jobs DB\n(next_run index)", 1, 1), { id: "sched", label: "Scheduler shards\n(leased)", col: 2, row: 0 }, queue("queue", "Run queue", 2, 1), { id: "workers", label: "Executors", col: 3, row: 1 }, db("runs", "Run history", 3, 2)],
    [{ from: "api", to: "jobs" }, { from: "sched", to: "jobs", label: "claim due" }, { from: "sched", to: "queue" }, { from: "queue", to: "workers" }, { from: "workers", to: "runs" }],
  ),
  "payment-system-exactly-once": diagram(
    [client(0, 1, "Checkout"), { id: "api", label: "Payment API\n(idempotency key)", col: 1, row: 1 }, db("ledger", "Ledger DB\n(double entry)", 2, 0), db("outbox", "Outbox table", 2, 1), { id: "psp", label: "Payment provider", col: 3, row: 1 }, { id: "recon", label: "Reconciliation", col: 3, row: 2 }, queue("events", "Events", 2, 2)],
    [{ from: "client", to: "api" }, { from: "api", to: "ledger", label: "one transaction" }, { from: "api", to: "outbox" }, { from: "outbox", to: "psp", label: "relay, retry" }, { from: "psp", to: "events", label: "webhooks", dashed: true }, { from: "recon", to: "psp", dashed: true }],
  ),
  "news-feed": diagram(
    [client(0, 1, "Clients"), { id: "post", label: "Post service", col: 1, row: 0 }, { id: "feed", label: "Feed service", col: 1, row: 2 }, queue("fanout", "Fan-out workers", 2, 0), { id: "cache", label: "Feed cache\n(per user ids)", col: 2, row: 2, color: FILL.queue }, db("posts", "Posts DB", 2, 1), db("graph", "Follow graph", 3, 0)],
    [{ from: "client", to: "post", label: "publish" }, { from: "post", to: "posts" }, { from: "post", to: "fanout" }, { from: "fanout", to: "graph" }, { from: "fanout", to: "cache", label: "push" }, { from: "client", to: "feed", label: "read" }, { from: "feed", to: "cache" }, { from: "feed", to: "posts", label: "hydrate / celebs", dashed: true }],
  ),
  "metrics-logging-pipeline": diagram(
    [{ id: "agents", label: "Host agents", col: 0, row: 1 }, { id: "ingest", label: "Ingest API\n(batch, sample)", col: 1, row: 1 }, queue("log", "Partitioned log\n(Kafka)", 2, 1), { id: "tsdb", label: "Metrics TSDB\n(rollups)", col: 3, row: 0, shape: "ellipse" }, { id: "search", label: "Log index", col: 3, row: 1, shape: "ellipse" }, db("cold", "Object storage\n(cold)", 3, 2), { id: "alerts", label: "Alerting", col: 2, row: 0 }],
    [{ from: "agents", to: "ingest" }, { from: "ingest", to: "log" }, { from: "log", to: "tsdb" }, { from: "log", to: "search" }, { from: "log", to: "cold" }, { from: "tsdb", to: "alerts", dashed: true }],
  ),
};
