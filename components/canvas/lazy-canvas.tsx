"use client";

import dynamic from "next/dynamic";
import { ownFontSources } from "@/lib/sketch/font-sources";

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

/**
 * Before Excalidraw's module loads: its fonts come from our own
 * /excalidraw-assets/ (copied there at install time), and the CDN copy it
 * lists after ours for every face is dropped (lib/sketch/font-sources.ts), so
 * the canvas names no other host and the CSP never has to refuse one.
 */
function keepFontsOnOurOrigin() {
  window.EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";
  const Native = window.FontFace as typeof FontFace & { ownSourcesOnly?: true };
  if (Native.ownSourcesOnly) return;
  const origin = window.location.origin;
  const Own = class extends Native {
    static ownSourcesOnly = true as const;
    constructor(family: string, source: string | BufferSource, descriptors?: FontFaceDescriptors) {
      super(family, typeof source === "string" ? ownFontSources(source, origin) : source, descriptors);
    }
  };
  window.FontFace = Own;
}

/** Excalidraw is large and browser-only: loaded on demand, never rendered on the server. */
export const LazyCanvas = dynamic(
  () => {
    keepFontsOnOurOrigin();
    return import("./sketch-canvas").then((m) => m.SketchCanvas);
  },
  {
    ssr: false,
    loading: () => (
      <div className="sketch-loading" role="status">
        Loading the canvas…
      </div>
    ),
  },
);
