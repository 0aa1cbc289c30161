"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Placeholder } from "@tiptap/extensions";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useHydrated } from "@/components/hooks/use-hydrated";
import { countWords } from "@/lib/rich-text/plain-text";
import type { RichDoc } from "@/lib/rich-text/doc";
import { BUTTONS, Footer, PLACEHOLDER, ToolbarButtons, wordsIn, type AnswerEditorProps, type Takeover } from "./editor-parts";

function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const active = useEditorState({ editor, selector: ({ editor: e }) => BUTTONS.map((b) => b.active(e)) });
  return <ToolbarButtons active={active} disabled={disabled} onRun={(i) => BUTTONS[i]!.run(editor)} />;
}

/**
 * Built once: useEditor compares options on every render and reconfigures the
 * whole editor when the extension objects are new ones.
 */
const EXTENSIONS = [StarterKit.configure({ link: false, heading: { levels: [2, 3] } }), Placeholder.configure({ placeholder: PLACEHOLDER })];

/** The TipTap editor itself; loaded on demand by AnswerEditor. */
export function LiveEditor({ initial, editable, label, onChange, onBlur, restored, focusRestored, takeover }: AnswerEditorProps & { takeover: Takeover }) {
  // Built in the first render when the page is already running (the usual case: loaded after hydration);
  // after the first paint otherwise, so the server's HTML and the first client render agree.
  const hydrated = useHydrated();
  const [immediatelyRender] = useState(hydrated);
  // The starting content only: later copies of the saved answer must not reconfigure a live editor.
  const [content] = useState(initial ?? undefined);
  const editorProps = useMemo(
    () => ({ attributes: { "aria-label": label, "aria-multiline": "true", role: "textbox", class: "prose editor-surface" } }),
    [label],
  );
  const editor = useEditor({
    immediatelyRender,
    extensions: EXTENSIONS,
    content,
    editable,
    editorProps,
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichDoc),
    onBlur: () => onBlur?.(),
  });

  useEffect(() => {
    // Without an update event: TipTap's default emits one, and its content (the box's starting copy) would be
    // taken for an edit and replace a newer draft restored from this device.
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor || !restored) return;
    editor.commands.setContent(restored, { emitUpdate: false });
    if (focusRestored) {
      editor.commands.focus("end");
      // As below: DOM focus now, so a key pressed right after (say, after "Next phase") lands in the answer.
      editor.view.focus();
    }
    // Only a new `restored` is shown; the flag comes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, restored]);

  // Take over from the stand-in: caret where the person clicked (or at the end), then any toolbar command.
  const pending = useRef<Takeover | null>(takeover);
  useLayoutEffect(() => {
    const t = pending.current;
    if (!editor || !t) return;
    pending.current = null;
    if (t.at !== null) {
      const pos = t.at === "end" ? null : editor.view.posAtCoords({ left: t.at.x, top: t.at.y });
      editor.commands.focus(pos ? pos.pos : "end");
      // TipTap moves the DOM focus in the next animation frame; a key pressed before then would land nowhere.
      editor.view.focus();
    }
    if (t.command !== undefined && editable) BUTTONS[t.command]!.run(editor);
  }, [editor, editable]);

  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? countWords(e.state.doc.textBetween(0, e.state.doc.content.size, "\n", "\n")) : wordsIn(initial)),
  });

  return (
    <div className={`editor ${editable ? "" : "editor-locked"}`}>
      {editor ? <Toolbar editor={editor} disabled={!editable} /> : <div className="editor-toolbar" aria-hidden="true" />}
      {editor ? <EditorContent editor={editor} /> : <div className="prose editor-surface" aria-busy="true">Loading the editor…</div>}
      <Footer words={words ?? 0} editable={editable} />
    </div>
  );
}
