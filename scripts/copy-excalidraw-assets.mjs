// Copies Excalidraw's fonts into public/excalidraw-assets/ so the canvas never
// fetches them from a CDN (the app must work offline). Run on install and
// before builds and starts; a no-op when the copy matches the installed version.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function copyExcalidrawAssets(root = ROOT) {
  const pkgDir = path.join(root, "node_modules", "@excalidraw", "excalidraw");
  const source = path.join(pkgDir, "dist", "prod", "fonts");
  if (!fs.existsSync(source)) {
    console.warn("[mockline] @excalidraw/excalidraw is not installed; skipping its assets");
    return false;
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  const target = path.join(root, "public", "excalidraw-assets");
  const marker = path.join(target, ".version");
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8").trim() === version) return true;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  // Excalidraw asks for `${EXCALIDRAW_ASSET_PATH}/fonts/<Family>/<file>.woff2`.
  // Timestamps are kept so the copy never makes an existing build look stale.
  fs.cpSync(source, path.join(target, "fonts"), { recursive: true, preserveTimestamps: true });
  fs.writeFileSync(marker, `${version}\n`);
  const stat = fs.statSync(path.join(pkgDir, "package.json"));
  fs.utimesSync(marker, stat.atime, stat.mtime);
  console.log(`[mockline] copied Excalidraw ${version} fonts to public/excalidraw-assets/`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) copyExcalidrawAssets();
