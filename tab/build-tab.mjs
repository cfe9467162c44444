/**
 * Bundles the "My mentoring" tab (tab/app) into dist/public/tab: main.js (the first paint), chunks/ (code loaded
 * on demand, such as teams-js), source maps and index.html. Prints each file's size raw and gzipped,
 * so a heavier first paint shows up in every build.
 */
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appDir = path.join(root, "tab", "app");
const outDir = path.join(root, "dist", "public", "tab");

const started = performance.now();
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

let outputs;
try {
  const result = await build({
    entryPoints: [path.join(appDir, "main.tsx")],
    outdir: outDir,
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    metafile: true,
    tsconfig: path.join(appDir, "tsconfig.json"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    sourcemap: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "linked",
    logLevel: "warning",
  });
  outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith(".js"));
} catch {
  // esbuild has already printed the errors.
  console.error("tab: build failed");
  process.exit(1);
}
await copyFile(path.join(appDir, "index.html"), path.join(outDir, "index.html"));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const file of outputs) {
  const code = await readFile(path.resolve(root, file));
  const label = path.relative(root, path.resolve(root, file));
  console.log(`tab: ${label} ${kb(code.length)} raw, ${kb(gzipSync(code).length)} gzip`);
}
console.log(`tab: built in ${Math.round(performance.now() - started)} ms`);
