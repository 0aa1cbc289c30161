/**
 * Excalidraw (0.18) lists a public CDN copy after ours for every font face it
 * creates (`url(ours), url(https://esm.sh/…)`), whatever the asset path says.
 * Chromium checks every source against the page's CSP as the face is built,
 * so each one logged a violation (~230 per canvas) and named another host.
 * The canvas keeps only the sources on our own origin.
 */

const SOURCE = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)(?:\s*format\([^)]*\))?(?:\s*tech\([^)]*\))?/g;

/** A font face's `src` list with every source off `origin` dropped (unchanged if nothing would remain). */
export function ownFontSources(src: string, origin: string): string {
  const kept: string[] = [];
  let any = false;
  for (const m of src.matchAll(SOURCE)) {
    any = true;
    const url = m[1] ?? m[2] ?? m[3] ?? "";
    if (sameOrigin(url, origin)) kept.push(m[0]);
  }
  return any && kept.length > 0 ? kept.join(", ") : src;
}

function sameOrigin(url: string, origin: string): boolean {
  if (/^(data|blob):/i.test(url)) return true;
  try {
    return new URL(url, origin).origin === origin;
  } catch {
    return false;
  }
}
