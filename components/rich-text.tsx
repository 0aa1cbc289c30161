import StarterKit from "@tiptap/starter-kit";
import { createStaticDocRenderer } from "@/lib/rich-text/static-renderer";
import type { RichDoc } from "@/lib/rich-text/doc";
import { docToPlainText } from "@/lib/rich-text/plain-text";

const renderDoc = createStaticDocRenderer([StarterKit.configure({ link: false })]);

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
}: {
  doc: RichDoc | null | undefined;
  className?: string;
  label?: string;
  /** Only the document's own elements, for a container that styles them (the answer box's stand-in). */
  bare?: boolean;
}) {
  if (!doc) return null;
  let body: React.ReactNode;
  try {
    body = renderDoc(doc);
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
