import fs from "node:fs";
import path from "node:path";

/**
 * The app's attack surface, read from the source at test time: every page,
 * every route handler with the HTTP methods it exports, and every exported
 * server action. The access and hostile-input specs compare their tables with
 * this, so a new route, page or action without a test entry fails them.
 */

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const APP = path.join(ROOT, "app");

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

/** "app/(app)/interviews/[id]/page.tsx" → "/interviews/[id]" (route groups do not appear in URLs). */
function routeOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function listPages(): string[] {
  return walk(APP)
    .filter((f) => /[/\\]page\.(tsx|ts|jsx|js)$/.test(f))
    .map(routeOf)
    .sort();
}

export function listRouteHandlers(): { route: string; methods: HttpMethod[] }[] {
  return walk(APP)
    .filter((f) => /[/\\]route\.(ts|js)$/.test(f))
    .map((f) => {
      const src = fs.readFileSync(f, "utf8");
      const methods = HTTP_METHODS.filter((m) =>
        new RegExp(`export\\s+(?:async\\s+)?(?:function|const|let|var)\\s+${m}\\b|export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(src),
      );
      return { route: routeOf(f), methods };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Files whose first statement is the "use server" directive, anywhere the app's code lives. */
export function listServerActions(): { file: string; name: string; key: string }[] {
  const files = ["app", "lib", "components", "db"].flatMap((d) => walk(path.join(ROOT, d))).filter((f) => /\.(ts|tsx)$/.test(f));
  const out: { file: string; name: string; key: string }[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f, "utf8");
    const file = path.relative(ROOT, f).split(path.sep).join("/");
    const wholeFile = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(src);
    if (!wholeFile) {
      // Inline actions: a "use server" directive opening a function body. Numbered in source order, as the build numbers them.
      const inline = src.match(/\{\s*["']use server["'];?/g) ?? [];
      inline.forEach((_, i) => out.push({ file, name: `inline-${i + 1}`, key: `${file}#inline-${i + 1}` }));
      continue;
    }
    const names = new Set<string>();
    for (const m of src.matchAll(/export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=\s*async\b)/g)) names.add((m[1] ?? m[2])!);
    // A "use server" file may only export async functions; anything else exported is still reachable, so it counts too.
    for (const m of src.matchAll(/export\s+(?:function|const|let)\s+(\w+)/g)) names.add(m[1]!);
    for (const name of names) out.push({ file, name, key: `${file}#${name}` });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The id Next gives each server action, from the production build's manifest,
 * keyed "file#name" like listServerActions. Calls to an action are POSTs to a
 * page carrying that id in the `Next-Action` header.
 */
export function serverActionIds(): Map<string, string> {
  const manifestPath = path.join(ROOT, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const inline = /^\$\$RSC_SERVER_ACTION_(\d+)$/.exec(entry.exportedName);
    ids.set(`${entry.filename}#${inline ? `inline-${Number(inline[1]) + 1}` : entry.exportedName}`, id);
  }
  return ids;
}
