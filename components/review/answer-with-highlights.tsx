import { Mark } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import type { Segment } from "@/lib/judge/highlight";
import { HIT_MARK, MISCONCEPTION_MARK } from "@/lib/review/highlight-doc";
import type { RichDoc } from "@/lib/rich-text/doc";
import { createStaticDocRenderer } from "@/lib/rich-text/static-renderer";
import { HighlightedText } from "./highlighted-text";

/** The judge's highlights, known to the schema only here (they are never stored or accepted from a client). */
const KeyPointHit = Mark.create({
  name: HIT_MARK,
  parseHTML: () => [{ tag: "mark.kp-hit" }],
  renderHTML: () => ["mark", { class: "kp-hit" }, 0],
});

const MisconceptionHit = Mark.create({
  name: MISCONCEPTION_MARK,
  parseHTML: () => [{ tag: "mark.mc-hit" }],
  renderHTML: () => ["mark", { class: "mc-hit" }, 0],
});

const renderDoc = createStaticDocRenderer([StarterKit.configure({ link: false }), KeyPointHit, MisconceptionHit]);

/**
 * The person's answer rendered from its editor JSON through the editor's own
 * schema (React elements, never an HTML string), with the matched words marked.
 * A document the schema rejects falls back to the highlighted plain text.
 */
export function AnswerWithHighlights({ doc, segments }: { doc: RichDoc; segments: Segment[] }) {
  let body: React.ReactNode;
  try {
    body = renderDoc(doc);
  } catch {
    return <HighlightedText segments={segments} label="Your answer" />;
  }
  return (
    <div className="prose" aria-label="Your answer">
      {body}
    </div>
  );
}
