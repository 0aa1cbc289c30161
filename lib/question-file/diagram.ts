/**
 * The reference diagram of a design question: boxes on a grid and arrows
 * between them, as a question file describes it, turned into a complete
 * Excalidraw scene (Excalidraw would fill gaps on load, but the server
 * validates what is stored). Pure: the seed and an import both call it.
 */

export const BOX_SHAPES = ["rectangle", "ellipse", "diamond"] as const;
export const BOX_COLORS = ["service", "store", "client", "queue"] as const;
export type BoxShape = (typeof BOX_SHAPES)[number];
export type BoxColor = (typeof BOX_COLORS)[number];

/** The grid a diagram is drawn on. */
export const DIAGRAM_GRID = { cols: 6, rows: 5 } as const;

export interface DiagramBox {
  id: string;
  label: string;
  col: number;
  row: number;
  /** A datastore is drawn as an ellipse, a client as a diamond. */
  shape?: BoxShape | undefined;
  /** The fill; without it, the shape decides (ellipse: store, diamond: client, else service). */
  color?: BoxColor | undefined;
}

export interface DiagramArrow {
  from: string;
  to: string;
  label?: string | undefined;
  dashed?: boolean | undefined;
}

/** The `diagram` field of a question file. */
export interface DiagramSpec {
  boxes: DiagramBox[];
  arrows: DiagramArrow[];
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
const FILL: Readonly<Record<BoxColor, string>> = { store: "#ffec99", client: "#a5d8ff", queue: "#d0bfff", service: "#b2f2bb" };

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

/** The Excalidraw scene of a diagram; throws when an arrow names a missing box (the schema checks this first). */
export function diagram(boxes: readonly DiagramBox[], arrows: readonly DiagramArrow[]): ReferenceScene {
  const elements: Element[] = [];
  const byId = new Map<string, Element>();
  for (const b of boxes) {
    const x = b.col * (W + GAP_X);
    const y = b.row * (H + GAP_Y);
    const shape = base(b.id, b.shape ?? "rectangle", x, y, W, H);
    shape.backgroundColor = FILL[b.color ?? (b.shape === "ellipse" ? "store" : b.shape === "diamond" ? "client" : "service")];
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

/** The scene of a question file's `diagram` field. */
export function diagramScene(spec: DiagramSpec): ReferenceScene {
  return diagram(spec.boxes, spec.arrows);
}
