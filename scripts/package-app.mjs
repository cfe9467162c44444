/**
 * `npm run package -- --env <name>`: builds build/appPackage/appPackage.<name>.zip from manifest/ and the
 * environment's files env/.env.<name> (+ .user). Fails, naming each one, on an unset placeholder, a schema
 * error or a wrong icon size. Options for tests and CI: --env-dir, --manifest-dir, --out-dir.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildAppPackage } from "./app-package/build-app-package.mjs";
import { readEnvironment } from "./app-package/env-file.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const { values: options } = parseArgs({
    options: {
      env: { type: "string" },
      "env-dir": { type: "string", default: path.join(root, "env") },
      "manifest-dir": { type: "string", default: path.join(root, "manifest") },
      "out-dir": { type: "string", default: path.join(root, "build", "appPackage") },
    },
  });
  if (!options.env) throw new Error("usage: npm run package -- --env <name>   (reads env/.env.<name>)");
  const values = readEnvironment(options["env-dir"], options.env);
  const { zip, files } = await buildAppPackage({ manifestDir: options["manifest-dir"], values });
  mkdirSync(options["out-dir"], { recursive: true });
  const out = path.join(options["out-dir"], `appPackage.${options.env}.zip`);
  writeFileSync(out, zip);
  console.log(`${path.relative(process.cwd(), out)}: ${files.join(", ")}`);
}

main().catch((error) => {
  console.error(`package-app: ${error.message}`);
  process.exitCode = 1;
});
