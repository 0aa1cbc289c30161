import { describe, expect, it } from "vitest";
import { MAX_ELEMENTS, MAX_IMAGE_BYTES, isSizeIssue, sceneSchema, sketchSaveSchema } from "@/lib/sketch/scene";
import { sanitizeSvg } from "@/lib/sketch/svg-sanitize";
import { builtInQuestions, toQuestionRow } from "@/db/seed/bank";
import { diagram } from "@/lib/question-file/diagram";

const rect = (id = "r1") => ({ id, type: "rectangle", x: 0, y: 0, width: 100, height: 50, version: 1, isDeleted: false, customField: 1 });

describe("sceneSchema", () => {
  it("accepts a scene, keeps unknown element fields, and strips per-session app state", () => {
    const scene = sceneSchema.parse({
      elements: [rect(), { ...rect("t"), type: "text", text: "hello" }, { ...rect("a"), type: "arrow", points: [[0, 0], [10, 10]] }],
      appState: { viewBackgroundColor: "#fff", scrollX: 5, zoom: { value: 1.5 }, openMenu: "canvas" },
    });
    expect(scene.elements).toHaveLength(3);
    expect((scene.elements[0] as Record<string, unknown>).customField).toBe(1);
    expect(scene.appState).toEqual({ viewBackgroundColor: "#fff", scrollX: 5, zoom: { value: 1.5 } });
    expect(scene.files).toEqual({});
  });

  it("refuses unknown element types and wrong field types with a readable message", () => {
    const bad = sceneSchema.safeParse({ elements: [{ ...rect(), type: "hexagon" }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/element type must be one of/);
    expect(sceneSchema.safeParse({ elements: [{ ...rect(), x: "12" }] }).success).toBe(false);
    expect(sceneSchema.safeParse({ elements: [{ ...rect(), width: Infinity }] }).success).toBe(false);
    expect(sceneSchema.safeParse({ elements: [{ ...rect(), type: "text" }] }).success).toBe(false);
    expect(sceneSchema.safeParse({ elements: [{ ...rect(), type: "line", points: [[0, "a"]] }] }).success).toBe(false);
    expect(sceneSchema.safeParse({ elements: "nope" }).success).toBe(false);
    expect(sceneSchema.safeParse({}).success).toBe(false);
  });

  it("accepts raster images and refuses SVG or non-data URLs", () => {
    const file = { id: "f", mimeType: "image/png", dataURL: "data:image/png;base64,iVBORw0KGgo=", created: 1 };
    expect(sceneSchema.safeParse({ elements: [], files: { f: file } }).success).toBe(true);
    expect(sceneSchema.safeParse({ elements: [], files: { f: { ...file, mimeType: "image/svg+xml" } } }).success).toBe(false);
    expect(sceneSchema.safeParse({ elements: [], files: { f: { ...file, dataURL: "https://evil.example/x.png" } } }).success).toBe(false);
  });

  it("names the image limit and the element cap, and flags them as size issues", () => {
    const big = "A".repeat(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8);
    const r = sceneSchema.safeParse({ elements: [], files: { f: { id: "f", mimeType: "image/png", dataURL: `data:image/png;base64,${big}`, created: 1 } } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/at most 2 MB/);
    expect(isSizeIssue(r.error!)).toBe(true);
    const many = sceneSchema.safeParse({ elements: Array.from({ length: MAX_ELEMENTS + 1 }, (_, i) => rect(`r${i}`)) });
    expect(many.success).toBe(false);
    expect(many.error!.issues[0]!.message).toMatch(/at most 10,000 elements/);
    expect(isSizeIssue(many.error!)).toBe(true);
  });

  it("requires a positive whole revision in a save", () => {
    expect(sketchSaveSchema.safeParse({ revision: 0, scene: { elements: [] } }).success).toBe(false);
    expect(sketchSaveSchema.safeParse({ revision: 2, scene: { elements: [] }, previewSvg: "<svg/>" }).success).toBe(true);
  });
});

describe("sanitizeSvg", () => {
  it("keeps drawing markup", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g transform="translate(1 1)"><rect x="0" y="0" width="5" height="5" fill="#fff"/><text x="1" y="2">a &amp; b</text></g></svg>';
    expect(sanitizeSvg(svg)).toBe(svg);
  });

  it("removes script, handlers, javascript: links and foreignObject", () => {
    const evil =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><image xlink:href="data:image/png;base64,AAAA"/><script>alert(1)</script>' +
      '<SCRIPT type="text/javascript"><![CDATA[alert(2)]]></SCRIPT><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(3)"/></div></foreignObject>' +
      '<a href="javascript:alert(4)"><rect width="1" height="1"/></a><rect onclick="alert(5)" fill="url(https://evil.example/x)" width="2"/>' +
      '<use href="https://evil.example/s.svg#a"/><image href="data:image/svg+xml;base64,PHN2Zz4=" />' +
      '<rect style="fill: url(https://evil.example/p)" width="3"/><animate attributeName="href" to="javascript:alert(6)"/><rect fill="java&#x73;cript:x"/></svg>';
    const out = sanitizeSvg(evil);
    expect(out).not.toMatch(/script|onload|onerror|onclick|foreignObject|evil\.example|<a |<!DOCTYPE|ENTITY|animate|svg\+xml|alert/i);
    expect(out).toContain('<image xlink:href="data:image/png;base64,AAAA"/>');
    expect(out.startsWith("<svg")).toBe(true);
    // An unclosed dropped element fails closed: what follows it is lost, not kept.
    expect(sanitizeSvg('<svg><foreignObject><img src="x" onerror="alert(1)"></foreignObject><rect/></svg>')).toBe("<svg></svg>");
    expect(out.endsWith("</svg>")).toBe(true);
  });

  it("closes what it opens and ignores stray closers", () => {
    expect(sanitizeSvg('<svg><clipPath id="c"><rect/></g></svg>')).toBe('<svg><clipPath id="c"><rect/></clipPath></svg>');
    expect(sanitizeSvg("<svg><g>")).toBe("<svg><g></g></svg>");
    expect(sanitizeSvg("<div>x</div>")).toBe("");
  });
});

describe("reference diagrams", () => {
  // Reads and validates the whole bank (a few seconds on a cold, busy machine).
  it("every built-in design question has a reference scene that passes validation", () => {
    const design = builtInQuestions().filter((q) => q.kind === "design");
    expect(design.length).toBeGreaterThan(0);
    for (const q of design) {
      const scene = toQuestionRow(q).referenceScene;
      expect(scene, q.slug).toBeDefined();
      const parsed = sceneSchema.safeParse(scene);
      expect(parsed.success, `${q.slug}: ${parsed.error?.message}`).toBe(true);
    }
  }, 30_000);

  it("binds arrow ends to boxes and labels to their containers", () => {
    const s = diagram([{ id: "a", label: "A", col: 0, row: 0 }, { id: "b", label: "B", col: 1, row: 0 }], [{ from: "a", to: "b", label: "calls" }]);
    const arrow = s.elements.find((e) => e.type === "arrow") as unknown as { startBinding: { elementId: string }; endBinding: { elementId: string } };
    expect(arrow.startBinding.elementId).toBe("a");
    expect(arrow.endBinding.elementId).toBe("b");
    const label = s.elements.find((e) => e.type === "text" && (e as { containerId?: string }).containerId === "a");
    expect(label).toBeDefined();
  });
});

describe("pickScene", () => {
  it("keeps live elements, the view fields and only the files in use", async () => {
    const { pickScene, sceneFingerprint } = await import("@/lib/sketch/scene-pick");
    const file = (id: string) => ({ id, mimeType: "image/png", dataURL: "data:image/png;base64,AA==", created: 1, lastRetrieved: 2 });
    const picked = pickScene(
      [rect("a"), { ...rect("b"), isDeleted: true }, { ...rect("i"), type: "image", fileId: "f1" }, { ...rect("j"), type: "image", fileId: "f2", isDeleted: true }],
      { viewBackgroundColor: "#fff", scrollX: 1, scrollY: 2, zoom: { value: 2 }, openMenu: null, selectedElementIds: { a: true } },
      { f1: file("f1"), f2: file("f2") },
    );
    expect(picked.elements.map((e) => e.id)).toEqual(["a", "i"]);
    expect(picked.appState).toEqual({ viewBackgroundColor: "#fff", scrollX: 1, scrollY: 2, zoom: { value: 2 } });
    expect(Object.keys(picked.files ?? {})).toEqual(["f1"]);
    expect(sceneSchema.safeParse(picked).success).toBe(true);
    expect(sceneFingerprint([{ id: "a", version: 2 }], 0)).not.toBe(sceneFingerprint([{ id: "a", version: 3 }], 0));
  });
});
