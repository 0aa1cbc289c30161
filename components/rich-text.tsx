import StarterKit from "@tiptap/starter-kit";
import { createStaticDocRenderer } from "@/lib/rich-text/static-renderer";
import type { RichDoc } from "@/lib/rich-text/doc";
import { docToPlainText } from "@/lib/rich-text/plain-text";
import { Lru } from "@/lib/lru";

const renderDoc = createStaticDocRenderer([StarterKit.configure({ link: false })]);

/**
 * Question content (prompts, sample answers, outlines) rendered once per content, not once per request: the same
 * React elements are handed to every page that shows it (elements are immutable, so sharing them is safe). Keyed by
 * the document itself, so an edited question renders afresh and every process agrees.
 */
const rendered = new Lru<React.ReactNode>(300);

function renderShared(doc: RichDoc): React.ReactNode {
  const key = JSON.stringify(doc);
  let body = rendered.get(key);
  if (body === undefined) {
    body = renderDoc(doc);
    rendered.set(key, body);
  }
  return body;
}

/**
 * Renders stored editor JSON on the server through the editor's own schema:
 * React elements, never an HTML string, so no answer can carry a script.
 * A document the schema rejects is shown as its plain text instead of failing the page.
 */
export function RichText({
  doc,
  className = "prose",
  label,
  bare = false,
  shared = false,
}: {
  doc: RichDoc | null | undefined;
  className?: string;
  label?: string;
  /** Only the document's own elements, for a container that styles them (the answer box's stand-in). */
  bare?: boolean;
  /** Question content, the same for everyone: rendered once and reused (never a person's own answer). */
  shared?: boolean;
}) {
  if (!doc) return null;
  let body: React.ReactNode;
  try {
    body = shared ? renderShared(doc) : renderDoc(doc);
  } catch {
    body = docToPlainText(doc)
      .split(/\n{2,}/)
      .map((para, i) => <p key={i}>{para}</p>);
  }
  if (bare) return <>{body}</>;
  return (
    <div className={className} aria-label={label}>
      {body}
    </div>
  );
}
