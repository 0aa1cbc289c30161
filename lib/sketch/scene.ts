import { z } from "zod";
import { revisionSchema } from "@/lib/interview/answer-limits";

/**
 * The shape of an Excalidraw scene as Mockline stores it: elements, the few
 * app-state fields that restore the view, and embedded image files. Elements
 * are checked field by field where Excalidraw relies on the type; fields we do
 * not know pass through, so a newer Excalidraw keeps working.
 */

export const MAX_SCENE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_ELEMENTS = 10_000;
export const MAX_PREVIEW_BYTES = 1024 * 1024;
/** The request also carries the preview; JSON adds a little. */
export const MAX_SKETCH_REQUEST_BYTES = MAX_SCENE_BYTES + MAX_PREVIEW_BYTES + 64 * 1024;

export const ELEMENT_TYPES = [
  "selection",
  "rectangle",
  "diamond",
  "ellipse",
  "arrow",
  "line",
  "freedraw",
  "text",
  "image",
  "frame",
  "magicframe",
  "embeddable",
  "iframe",
] as const;

/** Raster only: an embedded SVG could carry script into an export. */
export const IMAGE_MIME_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;

const num = z.number().refine(Number.isFinite, "must be a finite number");
const point = z.tuple([num, num]);
const binding = z.looseObject({ elementId: z.string() }).nullable().optional();

const baseElement = {
  id: z.string().min(1).max(200),
  x: num,
  y: num,
  width: num,
  height: num,
  angle: num.optional(),
  version: z.number().int().min(0),
  versionNonce: z.number().int().optional(),
  isDeleted: z.boolean(),
  strokeColor: z.string().max(100).optional(),
  backgroundColor: z.string().max(100).optional(),
  opacity: num.optional(),
  groupIds: z.array(z.string()).optional(),
  frameId: z.string().nullable().optional(),
  boundElements: z.array(z.looseObject({ id: z.string(), type: z.string() })).nullable().optional(),
  link: z.string().max(2000).nullable().optional(),
  locked: z.boolean().optional(),
};

const shapeTypes = ["selection", "rectangle", "diamond", "ellipse", "frame", "magicframe", "embeddable", "iframe"] as const;

const shapeElement = z.looseObject({ ...baseElement, type: z.enum(shapeTypes) });
const linearElement = z.looseObject({
  ...baseElement,
  type: z.enum(["arrow", "line", "freedraw"]),
  points: z.array(point),
  startBinding: binding,
  endBinding: binding,
});
const textElement = z.looseObject({
  ...baseElement,
  type: z.literal("text"),
  // Sizes are bounded by the scene limit as a whole, which names itself in the refusal.
  text: z.string(),
  fontSize: num.optional(),
  fontFamily: z.number().int().optional(),
  containerId: z.string().nullable().optional(),
  originalText: z.string().optional(),
});
const imageElement = z.looseObject({
  ...baseElement,
  type: z.literal("image"),
  fileId: z.string().max(200).nullable(),
  status: z.string().optional(),
});

export const sceneElementSchema = z.discriminatedUnion("type", [shapeElement, linearElement, textElement, imageElement], {
  error: (issue) =>
    issue.code === "invalid_union" ? `element type must be one of: ${ELEMENT_TYPES.join(", ")}.` : undefined,
});

/** Only what restores the view; the rest of Excalidraw's app state is per-session UI. */
export const sceneAppStateSchema = z
  .object({
    viewBackgroundColor: z.string().max(100).optional(),
    scrollX: num.optional(),
    scrollY: num.optional(),
    zoom: z.object({ value: num }).optional(),
    gridSize: z.number().nullable().optional(),
    gridModeEnabled: z.boolean().optional(),
    theme: z.enum(["light", "dark"]).optional(),
  })
  .strip();

const DATA_URL = /^data:(image\/(?:png|jpeg|gif|webp));base64,[A-Za-z0-9+/=]+$/;

export const sceneFileSchema = z
  .looseObject({
    id: z.string().min(1).max(200),
    mimeType: z.enum(IMAGE_MIME_TYPES, { error: `image type must be one of: ${IMAGE_MIME_TYPES.join(", ")}.` }),
    dataURL: z.string().regex(DATA_URL, "dataURL must be a base64 data: URL of a PNG, JPEG, GIF or WebP image."),
    created: z.number(),
  })
  .superRefine((f, ctx) => {
    // Base64 carries 3 bytes in 4 characters.
    const bytes = Math.floor(((f.dataURL.length - f.dataURL.indexOf(",") - 1) * 3) / 4);
    if (bytes > MAX_IMAGE_BYTES) {
      ctx.addIssue({
        code: "custom",
        message: `An image is ${formatBytes(bytes)}; each image may be at most ${formatBytes(MAX_IMAGE_BYTES)}.`,
        params: { tooLarge: true },
      });
    }
  });

/**
 * Excalidraw renders an "iframe" element's `customData.generationData.html`
 * (or its error message) as a live document with scripts allowed. Mockline
 * generates nothing, so that data can only be planted: it is dropped.
 */
export function withoutGeneratedHtml<T extends { type: string; customData?: unknown }>(el: T): T {
  if (el.customData === null || typeof el.customData !== "object" || !("generationData" in el.customData)) return el;
  const { generationData: _dropped, ...customData } = el.customData as Record<string, unknown>;
  return { ...el, customData };
}

export const sceneSchema = z.object({
  type: z.literal("excalidraw").optional(),
  elements: z
    .array(sceneElementSchema, { error: "elements must be a list of Excalidraw elements." })
    .max(MAX_ELEMENTS, `A sketch may have at most ${MAX_ELEMENTS.toLocaleString("en")} elements.`)
    .transform((els) => els.map(withoutGeneratedHtml)),
  appState: sceneAppStateSchema.optional().default({}),
  files: z.record(z.string(), sceneFileSchema).optional().default({}),
});

export type Scene = z.output<typeof sceneSchema>;
export type SceneInput = z.input<typeof sceneSchema>;

export const sketchSaveSchema = z.object({
  revision: revisionSchema,
  scene: sceneSchema,
  previewSvg: z.string().max(MAX_PREVIEW_BYTES, `The preview may be at most ${MAX_PREVIEW_BYTES / 1024} KB.`).nullable().optional(),
});

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** True when a zod failure is only about size, which the route turns into 413 rather than 400. */
export function isSizeIssue(error: z.ZodError): boolean {
  return error.issues.some(
    (i) => (i.code === "custom" && (i.params as { tooLarge?: boolean } | undefined)?.tooLarge) || (i.code === "too_big" && i.path.at(-1) === "elements"),
  );
}

/** The byte size of a scene as stored (its JSON). */
export function sceneBytes(scene: unknown): number {
  return new TextEncoder().encode(JSON.stringify(scene)).length;
}

export const SCENE_LIMIT_MESSAGE = `A sketch may be at most ${formatBytes(MAX_SCENE_BYTES)} (images count too).`;

