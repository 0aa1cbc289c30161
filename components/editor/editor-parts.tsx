"use client";

import type { Editor } from "@tiptap/react";
import type { ReactNode } from "react";
import { countWords, docToPlainText } from "@/lib/rich-text/plain-text";
import type { RichDoc } from "@/lib/rich-text/doc";

/*
 * What the answer box's stand-in and the real editor share. Nothing here may
 * import TipTap at run time (types only): the stand-in is on the page before
 * the editor's code is.
 */

export interface ToolbarButton {
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

export const BUTTONS: ToolbarButton[] = [
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

export function ToolbarButtons({ active, disabled, onRun }: { active: readonly boolean[] | null; disabled: boolean; onRun: (index: number) => void }) {
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
          onClick={() => onRun(i)}
        >
          <span aria-hidden="true">{b.text}</span>
        </button>
      ))}
    </div>
  );
}

export const PLACEHOLDER = "Type your answer. Think aloud: structure first, then detail.";

/** Words as the rest of the app counts them (review, history), not the editor's own splitting on spaces. */
export const wordsIn = (doc: RichDoc | null | undefined) => countWords(docToPlainText(doc));

export function Footer({ words, editable }: { words: number; editable: boolean }) {
  return (
    <div className="editor-footer small muted">
      <span aria-live="off">
        {words} word{words === 1 ? "" : "s"}
      </span>
      {!editable ? <span>Read-only</span> : null}
    </div>
  );
}

/** How the editor takes over from its stand-in: where the caret goes, and a toolbar command to run then. */
export interface Takeover {
  /** null: show the editor without taking focus. */
  at: { x: number; y: number } | "end" | null;
  command?: number;
}

export interface AnswerEditorProps {
  initial: RichDoc | null;
  editable: boolean;
  label: string;
  onChange: (doc: RichDoc) => void;
  onBlur?: () => void;
  /** A newer local draft to show instead of `initial`, once known. */
  restored?: RichDoc | null;
  /** Put the caret at the end once `restored` is shown (a change made for the person, such as a phase heading). */
  focusRestored?: boolean;
  /** `initial`, rendered on the server, for the stand-in (see AnswerEditor). */
  preview?: ReactNode;
}
