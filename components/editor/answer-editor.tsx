"use client";

import { useEffect, useRef, useState, type ClipboardEvent, type ComponentType, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { appendPlainText, docToPlainText } from "@/lib/rich-text/plain-text";
import type { RichDoc } from "@/lib/rich-text/doc";
import { Footer, PLACEHOLDER, ToolbarButtons, wordsIn, type AnswerEditorProps, type Takeover } from "./editor-parts";

type LiveEditorComponent = ComponentType<AnswerEditorProps & { takeover: Takeover }>;

let loadedEditor: LiveEditorComponent | null = null;
let loadingEditor: Promise<LiveEditorComponent> | null = null;

/**
 * The editor's code (TipTap and ProseMirror, about half of the page's script)
 * is fetched once, when first wanted. A failed fetch (offline) is tried again
 * on the next call.
 */
function loadEditor(): Promise<LiveEditorComponent> {
  loadingEditor ??= import("./live-editor").then(
    (m) => (loadedEditor = m.LiveEditor),
    (e: unknown) => {
      loadingEditor = null;
      throw e;
    },
  );
  return loadingEditor;
}

/**
 * Once a person has written on this page, every later answer box opens
 * straight into the editor (moving between questions shows no stand-in).
 */
let editorUsedOnThisPage = false;

function plainParagraphs(doc: RichDoc | null) {
  return docToPlainText(doc)
    .split(/\n+/)
    .map((line, i) => <p key={i}>{line}</p>);
}

/**
 * The rich-text answer box. Emits editor JSON on every change; the caller
 * decides when to save. Becomes read-only when `editable` turns false
 * (time-up), keeping whatever was typed on screen.
 *
 * The page first shows a stand-in: the saved answer as the server rendered it
 * (`preview`), in a box that looks and is labelled like the editor, so the
 * question and the answer are readable and the page answers at once while the
 * heaviest code (the editor's) is not even fetched. It is fetched at the
 * first sign of the person (a touch, click, key or scroll anywhere on the
 * page) or when they reach for the box (pointer over it, focus) and takes over
 * when they click, tap or tab into it or use the toolbar, with the caret where
 * they clicked. Typing never waits for it: until it takes over, the stand-in
 * takes plain text (lines become paragraphs) and hands every change to
 * `onChange` like the editor does, so it is kept and saved the same way, even
 * if the editor's code cannot be fetched (offline).
 */
export function AnswerEditor(props: AnswerEditorProps) {
  const { editable, label, restored } = props;
  // What the box opened with. The caller's copy moves on as saves are confirmed (it includes what was typed
  // here by then); the stand-in keeps its own starting point and adds what was typed to it.
  const [{ initial, preview }] = useState(() => ({ initial: props.initial, preview: props.preview }));
  const [Live, setLive] = useState<LiveEditorComponent | null>(() => (editorUsedOnThisPage ? loadedEditor : null));
  const [takeover, setTakeover] = useState<Takeover | null>(() => (props.preview === undefined || editorUsedOnThisPage ? { at: null } : null));
  const [typed, setTyped] = useState("");
  const typedRef = useRef("");
  const [failed, setFailed] = useState(false);
  const surface = useRef<HTMLDivElement>(null);
  // Where the last touch or click began: a tap focuses the box only when it ends, and a drag to scroll never does.
  const lastPointer = useRef<{ x: number; y: number; t: number } | null>(null);

  // The first sign of a person on the page (a touch, a click, a key, a scroll) fetches the editor's code, so it is
  // usually here before they reach the box; then it takes over inside the tap itself, and a phone opens its keyboard.
  useEffect(() => {
    if (!editable || loadedEditor) return;
    const events = ["pointerdown", "keydown", "scroll", "wheel", "touchstart"] as const;
    const first = () => {
      events.forEach((e) => window.removeEventListener(e, first, true));
      void loadEditor().catch(() => undefined);
    };
    events.forEach((e) => window.addEventListener(e, first, { capture: true, passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, first, true));
  }, [editable]);

  // Wanted and not here yet: wait for it (and after a failure, for the network to return).
  useEffect(() => {
    if (!takeover || Live) return;
    let current = true;
    // The hand-over is rendered and committed in one go (flushSync), with the latest typed text, and the editor
    // takes focus before any further key event can run: no key lands between the stand-in and the editor.
    const attempt = () =>
      loadEditor().then(
        (C) => current && flushSync(() => setLive(() => C)),
        () => current && setFailed(true),
      );
    if (!failed) void attempt();
    const retry = () => {
      setFailed(false);
      void attempt();
    };
    window.addEventListener("online", retry);
    return () => {
      current = false;
      window.removeEventListener("online", retry);
    };
  }, [takeover, Live, failed]);

  // A newer draft from this device must be shown by the editor itself.
  useEffect(() => {
    if (restored && !takeover) setTakeover({ at: null });
  }, [restored, takeover]);

  const open = (t: Takeover) => {
    editorUsedOnThisPage = true;
    if (loadedEditor && !Live) setLive(() => loadedEditor);
    // A request that asks for focus wins over one that did not (a restored draft).
    setTakeover((cur) => (cur && cur.at !== null ? cur : { ...cur, ...t }));
  };

  // What the stand-in holds: the saved answer and, after it, what was typed here.
  const current = typed ? appendPlainText(initial, typed) : initial;
  if (Live && takeover) {
    // Typed text continues where it ends; otherwise the caret goes where the person clicked.
    return <Live {...props} initial={current} takeover={typed && takeover.at !== null ? { ...takeover, at: "end" } : takeover} />;
  }

  const waiting = takeover !== null && editable;
  const type = (next: string) => {
    typedRef.current = next;
    setTyped(next);
    props.onChange(appendPlainText(initial, next));
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (!waiting || ev.ctrlKey || ev.metaKey || ev.altKey || ev.nativeEvent.isComposing) return;
    const t = typedRef.current;
    if (ev.key === "Enter") type(`${t}\n`);
    else if (ev.key === "Backspace") type(t.slice(0, -1));
    else if (ev.key.length === 1) type(t + ev.key);
    else return;
    ev.preventDefault();
  };
  const onPaste = (ev: ClipboardEvent<HTMLDivElement>) => {
    if (!waiting) return;
    ev.preventDefault();
    type(typedRef.current + ev.clipboardData.getData("text/plain").replace(/\r\n?/g, "\n"));
  };
  const prefetch = () => void loadEditor().catch(() => undefined);
  const empty = !typed && docToPlainText(initial).trim() === "";
  return (
    <div className={`editor ${editable ? "" : "editor-locked"}`} onPointerEnter={editable ? prefetch : undefined}>
      <ToolbarButtons
        active={null}
        disabled={!editable}
        onRun={(i) => {
          surface.current?.focus({ preventScroll: true });
          open({ at: "end", command: i });
        }}
      />
      <div
        ref={surface}
        role="textbox"
        aria-label={label}
        aria-multiline="true"
        aria-readonly={editable ? undefined : "true"}
        aria-busy={waiting || undefined}
        tabIndex={0}
        className="prose editor-surface"
        onPointerDown={(ev) => {
          lastPointer.current = { x: ev.clientX, y: ev.clientY, t: Date.now() };
          // A mouse click on a page whose editor is ready opens it at once, with the caret where it landed.
          if (!editable || !loadedEditor || ev.pointerType !== "mouse" || ev.button !== 0) return;
          ev.preventDefault();
          open({ at: { x: ev.clientX, y: ev.clientY } });
        }}
        onFocus={() => {
          if (!editable) return;
          const p = lastPointer.current;
          open({ at: p && Date.now() - p.t < 1000 ? { x: p.x, y: p.y } : "end" });
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        {empty ? (
          <p className="is-editor-empty" data-placeholder={PLACEHOLDER} />
        ) : (
          <>
            {preview ?? plainParagraphs(initial)}
            {typed ? typed.split("\n").map((line, i) => <p key={`typed-${i}`}>{line}</p>) : null}
          </>
        )}
      </div>
      {failed ? (
        <p role="alert" className="small" style={{ margin: "0.3rem 0.8rem" }}>
          The formatting editor could not be loaded; it will try again when the network is back. You can keep typing here: your text is kept and saved.
        </p>
      ) : null}
      <Footer words={wordsIn(current)} editable={editable} />
    </div>
  );
}
