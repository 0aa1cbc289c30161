import { getAttributesFromExtensions, getSchemaByResolvedExtensions, resolveExtensions, splitExtensions, type Extensions } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { renderJSONContentToReactElement } from "@tiptap/static-renderer/json/react";
import { domOutputSpecToReactElement, mapMarkExtensionToReactNode, mapNodeExtensionToReactNode } from "@tiptap/static-renderer/pm/react";
import { createElement, Fragment, type ReactNode } from "react";

/**
 * A static renderer for stored editor JSON, built once per set of extensions.
 *
 * `renderToReactElement` from @tiptap/static-renderer does the same work but
 * rebuilds the ProseMirror schema and every node and mark mapping on each call
 * (~11 ms for a sample answer, and a review page renders several); this builds
 * them once and only parses the document per call (~0.5 ms). The output is the
 * same React elements — never an HTML string — and a document the schema
 * rejects (unknown node, bad attribute) throws, as it does there.
 */
export function createStaticDocRenderer(extensions: Extensions): (doc: unknown) => ReactNode {
  const resolved = resolveExtensions(extensions);
  const schema = getSchemaByResolvedExtensions(resolved);
  const attributes = getAttributesFromExtensions(resolved);
  const { nodeExtensions, markExtensions } = splitExtensions(resolved);
  // The mappings take ProseMirror nodes and marks (what we pass), not the JSON shapes the types describe —
  // as in the library's own renderToElement.
  type Options = Parameters<typeof renderJSONContentToReactElement>[0];
  const render = renderJSONContentToReactElement({
    nodeMapping: {
      ...Object.fromEntries(
        nodeExtensions
          .filter((e) => e.name !== "doc" && e.name !== "text")
          .map((e) => mapNodeExtensionToReactNode(domOutputSpecToReactElement, e, attributes)),
      ),
      doc: ({ children }: { children?: ReactNode }) => createElement(Fragment, {}, children),
      text: ({ node }: { node: { text?: string } }) => node.text ?? "",
    },
    markMapping: Object.fromEntries(markExtensions.map((m) => mapMarkExtensionToReactNode(domOutputSpecToReactElement, m, attributes))),
  } as unknown as Options);
  return (doc: unknown) => render({ content: Node.fromJSON(schema, doc as Record<string, unknown>) as never });
}
