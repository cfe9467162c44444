/**
 * `npm run stage:deploy` (teamsapp.yml deploy): builds build/deploy, the folder zip-deployed to App Service —
 * dist/ (server and tab, from `npm run build`), package.json, package-lock.json and production-only
 * node_modules, so the web app runs `node dist/server/main.js` without building or installing anything.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "build", "deploy");

if (!existsSync(path.join(root, "dist", "server", "main.js"))) {
  console.error("stage-deploy: dist/server/main.js is missing; run `npm run build` first.");
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(path.join(root, "dist"), path.join(out, "dist"), { recursive: true });
for (const file of ["package.json", "package-lock.json"]) cpSync(path.join(root, file), path.join(out, file));
execFileSync("npm", ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"], {
  cwd: out,
  stdio: "inherit",
});
console.log(`stage-deploy: ${path.relative(root, out)} is ready to deploy`);
