/**
 * Bundles the tab (tab/app) into dist/public/tab: main.js (the first paint), chunks/ (code loaded on demand,
 * such as teams-js, the HR pages and their charts), source maps and index.html. Prints each file's size raw and
 * gzipped, and the first paint's total, so a heavier first paint shows up in every build.
 */
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appDir = path.join(root, "tab", "app");
const outDir = path.join(root, "dist", "public", "tab");

/**
 * Rewrites the tab's named imports from Fluent's barrels (@fluentui/react-components, @fluentui/react-icons) into
 * imports from the modules that define them. With code splitting, esbuild gives a file to every chunk whose entry
 * point reaches it through static imports, used or not: one barrel import in main.js would otherwise put every
 * dialog, table and icon the on-demand HR pages use into the participants' first paint.
 */
function fluentDirectImports() {
  const fluent = path.join(root, "node_modules", "@fluentui");
  const owners = new Map();
  const barrel = readFileSync(path.join(fluent, "react-components", "lib", "index.js"), "utf8");
  for (const [, names, from] of barrel.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const spec of names.split(",")) {
      const [imported, exported = imported] = spec.trim().split(/\s+as\s+/);
      if (imported) owners.set(exported, { from, imported });
    }
  }
  const iconModule = (name) => {
    const base = name.replace(/\d*(Regular|Filled|Light|Color)$/, "");
    const file = base
      .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
      .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
      .toLowerCase();
    return existsSync(path.join(fluent, "react-icons", "lib", "atoms", "svg", `${file}.js`))
      ? `@fluentui/react-icons/svg/${file}`
      : undefined;
  };
  const resolveOwner = (pkg, name) =>
    pkg === "react-components"
      ? owners.get(name)
      : iconModule(name) && { from: iconModule(name), imported: name };

  const rewrite = (whole, names, pkg) => {
    const lines = [];
    for (const spec of names
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean)) {
      if (spec.startsWith("type ")) continue; // types vanish at build time
      const [name, local = name] = spec.split(/\s+as\s+/);
      const owner = resolveOwner(pkg, name);
      if (owner === undefined) return whole; // unknown name: keep the barrel import as written
      lines.push(`import { ${owner.imported} as ${local} } from "${owner.from}";`);
    }
    return lines.join(" ");
  };
  return {
    name: "fluent-direct-imports",
    setup(builder) {
      builder.onLoad({ filter: /[\\/]tab[\\/]app[\\/].*\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const contents = source.replace(
          /import\s*\{([^}]*)\}\s*from\s*"@fluentui\/(react-components|react-icons)";/g,
          rewrite,
        );
        return { contents, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    },
  };
}

const started = performance.now();
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

let outputs;
let metafile;
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
    plugins: [fluentDirectImports()],
    logLevel: "warning",
  });
  metafile = result.metafile;
  outputs = Object.keys(metafile.outputs).filter((file) => file.endsWith(".js"));
} catch {
  // esbuild has already printed the errors.
  console.error("tab: build failed");
  process.exit(1);
}
await copyFile(path.join(appDir, "index.html"), path.join(outDir, "index.html"));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = new Map();
for (const file of outputs) {
  const code = await readFile(path.resolve(root, file));
  sizes.set(file, { raw: code.length, gzip: gzipSync(code).length });
  const label = path.relative(root, path.resolve(root, file));
  console.log(`tab: ${label} ${kb(code.length)} raw, ${kb(gzipSync(code).length)} gzip`);
}
// The first paint is main.js plus the shared chunks it imports statically; dynamic imports load later.
const firstPaint = new Set();
const visit = (file) => {
  if (firstPaint.has(file)) return;
  firstPaint.add(file);
  for (const imported of metafile.outputs[file]?.imports ?? []) {
    if (imported.kind === "import-statement") visit(imported.path);
  }
};
visit(outputs.find((file) => path.basename(file) === "main.js"));
const total = [...firstPaint].reduce(
  (sum, file) => ({
    raw: sum.raw + (sizes.get(file)?.raw ?? 0),
    gzip: sum.gzip + (sizes.get(file)?.gzip ?? 0),
  }),
  { raw: 0, gzip: 0 },
);
console.log(`tab: first paint (${firstPaint.size} files) ${kb(total.raw)} raw, ${kb(total.gzip)} gzip`);
console.log(`tab: built in ${Math.round(performance.now() - started)} ms`);
