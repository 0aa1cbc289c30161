/**
 * XSS payloads, each numbered: if one ever runs it sets `window.__xss` (or its
 * parent's), opens an alert, or leaves an element with id `xss-N` behind. The
 * corpus covers script tags, event handlers, javascript: and data: URLs,
 * srcdoc iframes, CSS expressions, entity encodings, mutation-XSS shapes and
 * breaking out of the elements the app renders text into (title, textarea).
 */
const raw = [
  (n: number) => `<script>window.__xss=${n}</script>`,
  (n: number) => `<img id="xss-${n}" src="x" onerror="window.__xss=${n}">`,
  (n: number) => `<svg id="xss-${n}" onload="alert(${n})"><circle r="1"/></svg>`,
  (n: number) => `<a id="xss-${n}" href="javascript:window.__xss=${n}">click me</a>`,
  (n: number) => `<iframe id="xss-${n}" srcdoc="<script>parent.__xss=${n}</script>"></iframe>`,
  (n: number) => `<div id="xss-${n}" style="background:url(javascript:window.__xss=${n})">bg</div>`,
  (n: number) => `<div id="xss-${n}" style="width:expression(window.__xss=${n})">ie</div>`,
  (n: number) => `"><img id=xss-${n} src=x onerror=window.__xss=${n}>`,
  (n: number) => `'><svg/onload=alert(${n}) id=xss-${n}>`,
  (n: number) => `&lt;img id=xss-${n} src=x onerror=window.__xss=${n}&gt;`,
  (n: number) => `&#60;script&#62;window.__xss=${n}&#60;/script&#62;`,
  (n: number) => `<math><mtext><table><mglyph><style><img id=xss-${n} src=x onerror=window.__xss=${n}>`,
  (n: number) => `<noscript><p title="</noscript><img id=xss-${n} src=x onerror=window.__xss=${n}>">`,
  (n: number) => `<svg><style><img id=xss-${n} src=x onerror=window.__xss=${n}></style></svg>`,
  (n: number) => `javascript:window.__xss=${n}`,
  (n: number) => `<input id=xss-${n} autofocus onfocus=window.__xss=${n}>`,
  (n: number) => `<details id=xss-${n} open ontoggle=window.__xss=${n}>`,
  (n: number) => `<object id=xss-${n} data="javascript:window.__xss=${n}"></object>`,
  (n: number) => `<embed id=xss-${n} src="data:text/html,<script>parent.__xss=${n}</script>">`,
  (n: number) => `<a id=xss-${n} href="jav&#x09;ascript:alert(${n})">tab</a>`,
  (n: number) => `<form><button id=xss-${n} formaction=javascript:window.__xss=${n}>go</button></form>`,
  (n: number) => `</textarea><img id=xss-${n} src=x onerror=window.__xss=${n}>`,
  (n: number) => `</title><script>window.__xss=${n}</script>`,
  (n: number) => `<video><source id=xss-${n} onerror=window.__xss=${n}></video>`,
  (n: number) => `{{constructor.constructor('window.__xss=${n}')()}}`,
  (n: number) => `\${window.__xss=${n}}<img src=x id=xss-${n} onerror=alert(${n})>`,
];

export const XSS_PAYLOADS: string[] = raw.map((f, i) => f(i + 1));

/** Short payloads for fields with a small limit (a display name has at most 80 characters). */
export const SHORT_PAYLOAD = `<img id=xss-99 src=x onerror=alert(99)>`;

/** Reads, in every frame of a page, whether anything from the corpus ran or left an element behind. */
export const PROBE = () => ({
  xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
  injected: [...document.querySelectorAll("[id^='xss-']")].map((el) => `${el.tagName}#${el.id}`),
});
