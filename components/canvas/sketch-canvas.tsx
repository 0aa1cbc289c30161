"use client";

// Loaded only through LazyCanvas: this module and its CSS are the canvas chunk.
import "@excalidraw/excalidraw/index.css";
import { Excalidraw, exportToBlob, exportToSvg } from "@excalidraw/excalidraw";
import type { BinaryFileData, ExcalidrawImperativeAPI, ExcalidrawInitialDataState } from "@excalidraw/excalidraw/types";
import { useTheme } from "next-themes";
import { useEffect, useMemo, useRef, useState } from "react";
import type { SceneInput } from "@/lib/sketch/scene";
import { pickScene, sceneFingerprint } from "@/lib/sketch/scene-pick";
import type { CanvasApi } from "./types";

export interface SketchCanvasProps {
  /** The scene to open with (a promise while it is being fetched). */
  initial: SceneInput | null | Promise<SceneInput | null>;
  readOnly: boolean;
  label: string;
  /** A scene from this device's unsent draft, applied over the initial one when it arrives. */
  restored?: SceneInput | null;
  onChange?: (scene: SceneInput) => void;
  onReady?: (api: CanvasApi) => void;
}

type Loose = Record<string, unknown>;

function toInitialData(scene: SceneInput | null): ExcalidrawInitialDataState | null {
  if (!scene) return null;
  // Excalidraw restores and fills in whatever a stored element lacks.
  return {
    elements: scene.elements as unknown as ExcalidrawInitialDataState["elements"],
    appState: { ...(scene.appState as Loose), viewModeEnabled: undefined } as ExcalidrawInitialDataState["appState"],
    files: (scene.files ?? {}) as unknown as ExcalidrawInitialDataState["files"],
  };
}

export function SketchCanvas({ initial, readOnly, label, restored, onChange, onReady }: SketchCanvasProps) {
  const { resolvedTheme } = useTheme();
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const fingerprint = useRef<string | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const initialData = useMemo(() => Promise.resolve(initial).then(toInitialData), [initial]);

  const current = (a: ExcalidrawImperativeAPI): SceneInput =>
    pickScene(a.getSceneElements() as unknown as Loose[], a.getAppState() as unknown as Loose, a.getFiles() as unknown as Record<string, Loose>);

  useEffect(() => {
    if (!api || !onReady) return;
    const exportScene = () => {
      const s = current(api);
      return {
        elements: s.elements as never,
        appState: { ...(s.appState as Loose), exportBackground: true, exportWithDarkMode: false },
        files: (s.files ?? {}) as never,
      };
    };
    onReady({
      getScene: () => current(api),
      elementCount: () => api.getSceneElements().length,
      showElements: (elements) => api.updateScene({ elements: elements as never }),
      exportSvg: async (opts) => {
        // A preview skips the embedded fonts: they would make every save tens of kilobytes larger.
        const svg = await exportToSvg({ ...exportScene(), exportPadding: 16, ...(opts?.forPreview ? { skipInliningFonts: true as const } : {}) });
        return svg.outerHTML;
      },
      exportPng: () => exportToBlob({ ...exportScene(), mimeType: "image/png", exportPadding: 16 }),
    });
  }, [api, onReady]);

  // The baseline is the scene as loaded; only edits after it count as changes.
  useEffect(() => {
    if (!api) return;
    let live = true;
    void initialData.then(() =>
      window.requestAnimationFrame(() => {
        if (live) fingerprint.current = sceneFingerprint(api.getSceneElementsIncludingDeleted(), Object.keys(api.getFiles()).length);
      }),
    );
    return () => {
      live = false;
    };
  }, [api, initialData]);

  // A newer draft from this device replaces what the server had.
  useEffect(() => {
    if (!api || !restored) return;
    void initialData.then(() => {
      const files = Object.values(restored.files ?? {}) as unknown as BinaryFileData[];
      if (files.length) api.addFiles(files);
      api.updateScene({ elements: restored.elements as never });
    });
  }, [api, restored, initialData]);

  return (
    <div className="sketch-canvas" role="region" aria-label={label} data-readonly={readOnly ? "true" : "false"}>
      <Excalidraw
        initialData={initialData}
        excalidrawAPI={setApi}
        viewModeEnabled={readOnly}
        theme={resolvedTheme === "dark" ? "dark" : "light"}
        UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false, saveAsImage: false } }}
        onChange={(elements, _appState, files) => {
          const fp = sceneFingerprint(elements, Object.keys(files).length);
          // Excalidraw calls this on every pointer move and scroll too; only a changed drawing is an edit.
          if (fingerprint.current === null || fp === fingerprint.current) return;
          fingerprint.current = fp;
          if (api && !readOnly) onChangeRef.current?.(current(api));
        }}
      />
    </div>
  );
}
