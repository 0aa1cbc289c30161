"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { CharacterCount, Placeholder } from "@tiptap/extensions";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import type { RichDoc } from "@/lib/rich-text";

interface ToolbarButton {
  label: string;
  shortcut: string;
  /** What the button shows; the accessible name (label) contains any letters or digits shown. */
  text: ReactNode;
  run: (e: Editor) => void;
  active: (e: Editor) => boolean;
}

function NumberedListIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
      <path d="M1.5 1.5h1v3M1.5 4.5h2M1 8.5h2l-2 2.5h2" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M5.5 3h7.5M5.5 7h7.5M5.5 11h7.5" strokeLinecap="round" />
    </svg>
  );
}

const BUTTONS: ToolbarButton[] = [
  { label: "Bold", shortcut: "Ctrl+B", text: "B", run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
  { label: "Italic", shortcut: "Ctrl+I", text: "I", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
  { label: "Heading H2", shortcut: "Ctrl+Alt+2", text: "H2", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive("heading", { level: 2 }) },
  { label: "Subheading H3", shortcut: "Ctrl+Alt+3", text: "H3", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive("heading", { level: 3 }) },
  { label: "Bullet list", shortcut: "Ctrl+Shift+8", text: "•", run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive("bulletList") },
  { label: "Numbered list", shortcut: "Ctrl+Shift+7", text: <NumberedListIcon />, run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive("orderedList") },
  { label: "Inline code", shortcut: "Ctrl+E", text: "</>", run: (e) => e.chain().focus().toggleCode().run(), active: (e) => e.isActive("code") },
  { label: "Code block", shortcut: "Ctrl+Alt+C", text: "{ }", run: (e) => e.chain().focus().toggleCodeBlock().run(), active: (e) => e.isActive("codeBlock") },
  { label: "Quote", shortcut: "Ctrl+Shift+B", text: "❝", run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive("blockquote") },
];

function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const active = useEditorState({ editor, selector: ({ editor: e }) => BUTTONS.map((b) => b.active(e)) });
  return (
    <div role="toolbar" aria-label="Formatting" className="editor-toolbar">
      {BUTTONS.map((b, i) => (
        <button
          key={b.label}
          type="button"
          className="btn btn-ghost btn-small"
          aria-label={b.label}
          title={`${b.label} (${b.shortcut})`}
          aria-pressed={active?.[i] ?? false}
          disabled={disabled}
          onMouseDown={(ev) => ev.preventDefault()}
          onClick={() => b.run(editor)}
        >
          <span aria-hidden="true">{b.text}</span>
        </button>
      ))}
    </div>
  );
}

/**
 * Built once: useEditor compares options on every render and reconfigures the
 * whole editor when the extension objects are new ones.
 */
const EXTENSIONS = [
  StarterKit.configure({ link: false, heading: { levels: [2, 3] } }),
  CharacterCount,
  Placeholder.configure({ placeholder: "Type your answer. Think aloud: structure first, then detail." }),
];

/**
 * The rich-text answer box. Emits editor JSON on every change; the caller
 * decides when to save. Becomes read-only when `editable` turns false
 * (time-up), keeping whatever was typed on screen.
 */
export function AnswerEditor({
  initial,
  editable,
  label,
  onChange,
  onBlur,
  restored,
}: {
  initial: RichDoc | null;
  editable: boolean;
  label: string;
  onChange: (doc: RichDoc) => void;
  onBlur?: () => void;
  /** A newer local draft to show instead of `initial`, once known. */
  restored?: RichDoc | null;
}) {
  const editorProps = useMemo(
    () => ({ attributes: { "aria-label": label, "aria-multiline": "true", role: "textbox", class: "prose editor-surface" } }),
    [label],
  );
  // The starting content only: later copies of the saved answer must not reconfigure a live editor.
  const [content] = useState(initial ?? undefined);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: EXTENSIONS,
    content,
    editable,
    editorProps,
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichDoc),
    onBlur: () => onBlur?.(),
  });

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    if (editor && restored) editor.commands.setContent(restored, { emitUpdate: false });
  }, [editor, restored]);

  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? (e.storage as { characterCount?: { words: () => number } }).characterCount?.words() ?? 0 : 0),
  });

  return (
    <div className={`editor ${editable ? "" : "editor-locked"}`}>
      {editor ? <Toolbar editor={editor} disabled={!editable} /> : <div className="editor-toolbar" aria-hidden="true" />}
      {editor ? <EditorContent editor={editor} /> : <div className="prose editor-surface" aria-busy="true">Loading the editor…</div>}
      <div className="editor-footer small muted">
        <span aria-live="off">
          {words ?? 0} word{words === 1 ? "" : "s"}
        </span>
        {!editable ? <span>Read-only</span> : null}
      </div>
    </div>
  );
}
