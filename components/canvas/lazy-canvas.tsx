"use client";

import dynamic from "next/dynamic";

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

/**
 * Excalidraw is large and browser-only: loaded on demand, never rendered on
 * the server. Its fonts come from our own /excalidraw-assets/ (copied there at
 * install time), set before the module loads so nothing is fetched from a CDN.
 */
export const LazyCanvas = dynamic(
  () => {
    window.EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";
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
