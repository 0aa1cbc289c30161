/**
 * Guards for untrusted JSON before it reaches a schema or the database.
 * PostgreSQL refuses the NUL character in text and jsonb, refuses unpaired
 * UTF-16 surrogates in jsonb, and runs out of stack on very deep jsonb: each
 * of those would surface as a server error instead of a message.
 */

/** Deeper than any document, scene or form the app sends; far below what the database can parse. */
export const MAX_JSON_DEPTH = 100;

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without
 * parsing (no recursion, so a hostile text cannot exhaust the stack). Stops
 * counting once past `limit`.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

// An unpaired high surrogate, or a low surrogate without its high half, or NUL.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text the database can store: NUL and unpaired surrogates become U+FFFD, as a UTF-8 decoder would show them. */
export function storableText(s: string): string {
  return s.replace(UNSTORABLE, "\ufffd");
}

/**
 * A copy of parsed JSON whose every string and key is storable. Iterative,
 * and `__proto__` keys stay plain data (never an object's prototype).
 */
export function storableJson(value: unknown): unknown {
  const fix = (v: unknown): unknown => (typeof v === "string" ? storableText(v) : v);
  if (value === null || typeof value !== "object") return fix(value);
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [from: unknown, to: unknown][] = [[value, root]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (const [k, v] of Object.entries(from as object)) {
      const out = v !== null && typeof v === "object" ? (Array.isArray(v) ? [] : {}) : fix(v);
      if (out !== null && typeof out === "object") stack.push([v, out]);
      if (Array.isArray(to)) to.push(out);
      else Object.defineProperty(to, storableText(k), { value: out, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}
