"use client";

import { useState } from "react";
import type { CanvasApi } from "./types";

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download as PNG or SVG, or copy as an image; says what happened in a live region. */
export function ExportControls({ api, name, label = "Export the sketch" }: { api: CanvasApi | null; name: string; label?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const disabled = !api || busy;

  const run = async (what: string, fn: (a: CanvasApi) => Promise<void>) => {
    if (!api) return;
    if (api.elementCount() === 0) {
      setMessage("Nothing is drawn yet.");
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await fn(api);
    } catch {
      setMessage(`Could not ${what}. Try again, or use another export.`);
    } finally {
      setBusy(false);
    }
  };

  const copy = () =>
    run("copy the image", async (a) => {
      if (!navigator.clipboard?.write || typeof ClipboardItem === "undefined") {
        setMessage("This browser does not let pages copy images. Use Export PNG and paste the file instead.");
        return;
      }
      try {
        // A promise inside the item keeps the click's permission while the PNG renders.
        await navigator.clipboard.write([new ClipboardItem({ "image/png": a.exportPng() })]);
        setMessage("Copied to the clipboard as an image.");
      } catch {
        setMessage("The browser refused to copy (clipboard permission). Use Export PNG instead.");
      }
    });

  return (
    <div className="row sketch-export" role="group" aria-label={label}>
      <button type="button" className="btn btn-small" disabled={disabled} onClick={() => void run("export a PNG", async (a) => download(await a.exportPng(), `${name}.png`))}>
        Export PNG
      </button>
      <button
        type="button"
        className="btn btn-small"
        disabled={disabled}
        onClick={() => void run("export an SVG", async (a) => download(new Blob([await a.exportSvg()], { type: "image/svg+xml" }), `${name}.svg`))}
      >
        Export SVG
      </button>
      <button type="button" className="btn btn-small" disabled={disabled} onClick={() => void copy()}>
        Copy image
      </button>
      <span className="small muted" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}

export function fileNameFor(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "sketch"
  );
}
