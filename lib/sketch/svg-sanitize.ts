/**
 * Re-serialises an SVG preview through an allow-list, so a stored preview is
 * inert markup: no script, no event handlers, no foreignObject, no link or
 * resource that leaves the document. Unknown elements are dropped with their
 * content; unknown attributes are dropped. It rebuilds the markup rather than
 * deleting bad parts, so a trick the rules did not foresee is lost, not kept.
 * The preview route adds a CSP that forbids script as a second wall.
 */

const ELEMENTS = new Set(
  [
    "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textpath", "image", "style",
    "clippath", "mask", "pattern", "marker", "lineargradient", "radialgradient", "stop", "filter",
    "fegaussianblur", "feoffset", "feblend", "fecolormatrix", "femerge", "femergenode", "feflood", "fecomposite",
  ],
);

/** Elements whose whole subtree is thrown away. */
const DROP_WITH_CONTENT = new Set(["script", "foreignobject", "iframe", "object", "embed", "audio", "video", "animate", "set", "animatetransform", "animatemotion", "handler", "listener"]);

const ATTRIBUTES = new Set(
  [
    "xmlns", "xmlns:xlink", "version", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
    "d", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
    "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity", "font-family", "font-size",
    "font-weight", "font-style", "text-anchor", "dominant-baseline", "alignment-baseline", "direction", "letter-spacing",
    "style", "class", "id", "clip-path", "clip-rule", "mask", "filter", "dx", "dy", "offset", "stop-color", "stop-opacity",
    "gradientunits", "gradienttransform", "patternunits", "patterncontentunits", "patterntransform", "preserveaspectratio",
    "markerwidth", "markerheight", "refx", "refy", "orient", "markerunits", "marker-start", "marker-mid", "marker-end",
    "href", "xlink:href", "in", "in2", "stddeviation", "result", "mode", "values", "type", "operator", "flood-color",
    "flood-opacity", "maskunits", "maskcontentunits", "clippathunits", "filterunits", "xml:space", "lengthadjust",
    "textlength", "visibility", "display",
  ],
);

const SAFE_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/i;

function escapeAttr(v: string): string {
  return v.replace(/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeText(v: string): string {
  return v.replace(/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** CSS may not load anything or run anything: drop @import, url() other than raster data URLs, and old IE expressions. */
function safeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, "")
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (m, _q, u: string) => (/^data:(image\/(png|jpeg|gif|webp)|font\/[\w-]+|application\/font-woff2?);base64,/i.test(u.trim()) ? m : "none"))
    .replace(/expression\s*\(/gi, "(")
    .replace(/javascript:/gi, "");
}

function safeAttr(tag: string, name: string, value: string): string | null {
  const n = name.toLowerCase();
  if (!ATTRIBUTES.has(n) || n.startsWith("on")) return null;
  const decoded = value.replace(/&#(x?)([0-9a-f]+);?/gi, (_m, hex: string, d: string) => String.fromCharCode(parseInt(d, hex ? 16 : 10)));
  const compact = decoded.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
  if (n === "href" || n === "xlink:href") {
    if (tag === "image") return SAFE_IMAGE.test(decoded.trim()) ? decoded.trim() : null;
    // <use> and gradients may only point inside this document.
    return /^#[\w.-]+$/.test(decoded.trim()) ? decoded.trim() : null;
  }
  if (compact.includes("javascript:") || compact.includes("vbscript:") || compact.includes("data:text")) return null;
  if (n === "style") return safeCss(decoded);
  if (/url\(/i.test(decoded) && !/^url\(\s*['"]?#[\w.-]+['"]?\s*\)$/i.test(decoded.trim())) return null;
  return decoded;
}

const TAG = /^<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function sanitizeSvg(input: string): string {
  let out = "";
  let i = 0;
  let dropDepth = 0;
  const stack: string[] = [];
  let inStyle = false;
  while (i < input.length) {
    const lt = input.indexOf("<", i);
    const text = input.slice(i, lt < 0 ? input.length : lt);
    if (text && dropDepth === 0 && stack.length) out += inStyle ? escapeText(safeCss(text)) : escapeText(text);
    if (lt < 0) break;
    i = lt;
    const rest = input.slice(i);
    if (rest.startsWith("<!--")) {
      const end = input.indexOf("-->", i + 4);
      i = end < 0 ? input.length : end + 3;
      continue;
    }
    if (rest.startsWith("<![CDATA[")) {
      const end = input.indexOf("]]>", i + 9);
      const body = input.slice(i + 9, end < 0 ? input.length : end);
      if (dropDepth === 0 && stack.length) out += inStyle ? escapeText(safeCss(body)) : escapeText(body);
      i = end < 0 ? input.length : end + 3;
      continue;
    }
    if (rest.startsWith("<?") || rest.startsWith("<!")) {
      // Processing instructions and doctypes (which could declare entities) are dropped.
      const end = input.indexOf(">", i);
      i = end < 0 ? input.length : end + 1;
      continue;
    }
    const m = TAG.exec(rest);
    if (!m) {
      i += 1;
      if (dropDepth === 0 && stack.length) out += "&lt;";
      continue;
    }
    i += m[0].length;
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    const selfClosing = m[4] === "/";
    if (closing) {
      if (dropDepth > 0) {
        if (DROP_WITH_CONTENT.has(name) || !ELEMENTS.has(name)) dropDepth -= 1;
        continue;
      }
      const idx = stack.map((t) => t.toLowerCase()).lastIndexOf(name);
      if (idx < 0) continue;
      while (stack.length > idx) {
        const top = stack.pop()!;
        out += `</${top}>`;
        if (top.toLowerCase() === "style") inStyle = false;
      }
      continue;
    }
    if (dropDepth > 0 || DROP_WITH_CONTENT.has(name) || !ELEMENTS.has(name)) {
      if (!selfClosing) dropDepth += 1;
      continue;
    }
    if (stack.length === 0 && name !== "svg") {
      if (!selfClosing) dropDepth += 1;
      continue;
    }
    let attrs = "";
    for (const a of m[3]!.matchAll(ATTR)) {
      const value = a[2] ?? a[3] ?? a[4] ?? "";
      const safe = safeAttr(name, a[1]!, value);
      if (safe !== null) attrs += ` ${a[1]!.toLowerCase() === "viewbox" ? "viewBox" : a[1]}="${escapeAttr(safe)}"`;
    }
    const tagName = m[2]!;
    if (selfClosing) {
      out += `<${tagName}${attrs}/>`;
    } else {
      out += `<${tagName}${attrs}>`;
      stack.push(tagName);
      if (name === "style") inStyle = true;
    }
  }
  while (stack.length) out += `</${stack.pop()}>`;
  return out;
}
