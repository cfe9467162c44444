import { AppManifestUtils } from "@microsoft/app-manifest";
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fillPlaceholders } from "./placeholders.mjs";
import { zipArchive } from "./zip-archive.mjs";

const require = createRequire(import.meta.url);
const SCHEMA_ROOT = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ICON_SIZES = { color: 192, outline: 32 };

/** Thrown when the filled manifest or a localisation file breaks the schema or Teams' package rules. */
export class AppPackageError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`the app package is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "AppPackageError";
    this.problems = problems;
  }
}

/**
 * Reads a schema that @microsoft/app-manifest bundles, by its URL: validation never goes online.
 * @param {string} url
 */
function bundledSchema(url) {
  const { origin, pathname } = new URL(url);
  if (origin !== "https://developer.microsoft.com" || !pathname.startsWith("/json-schemas/")) {
    throw new AppPackageError([`$schema ${url} is not a schema bundled with @microsoft/app-manifest`]);
  }
  try {
    return JSON.parse(readFileSync(path.join(SCHEMA_ROOT, pathname), "utf8"));
  } catch {
    throw new AppPackageError([`$schema ${url} is not bundled with @microsoft/app-manifest (offline)`]);
  }
}

/**
 * Validates a localisation file. Its schema's patterns are not valid Unicode regular expressions (a lone "]"),
 * which @microsoft/app-manifest's validator refuses to compile, so it gets an Ajv without the "u" flag; the
 * schema is draft-04 but uses nothing that differs in later drafts.
 * @param {any} document
 */
function localisationErrors(document) {
  const { $schema: _draft, ...schema } = bundledSchema(document.$schema);
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("uri", (text) => URL.canParse(text));
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`,
  );
}

/** @param {Buffer} png */
function pngSize(png) {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Builds the Teams app package from the manifest folder: fills the placeholders with the environment's
 * values, validates the manifest and each localisation file against the bundled schemas, checks the
 * icons' sizes, and returns the zip (manifest.json, icons and localisation files, all at the root).
 * @param {{ manifestDir: string, values: Record<string, string | undefined> }} input
 * @returns {Promise<{ zip: Buffer, files: string[], manifest: any }>}
 */
export async function buildAppPackage({ manifestDir, values }) {
  const read = (name) => readFileSync(path.join(manifestDir, name));
  const template = JSON.parse(read("manifest.json").toString("utf8"));
  const languageFiles = (template.localizationInfo?.additionalLanguages ?? []).map(
    (language) => language.file,
  );
  if (template.localizationInfo?.defaultLanguageFile)
    languageFiles.push(template.localizationInfo.defaultLanguageFile);
  const texts = Object.fromEntries(
    ["manifest.json", ...languageFiles].map((name) => [name, read(name).toString("utf8")]),
  );
  const filled = fillPlaceholders(texts, values);
  const documents = Object.fromEntries(
    Object.entries(filled).map(([name, text]) => [name, JSON.parse(text)]),
  );
  const manifest = documents["manifest.json"];

  const problems = [];
  const schemaErrors = async (name, document) =>
    (name === "manifest.json"
      ? await AppManifestUtils.validateAgainstSchema(document, bundledSchema(document.$schema))
      : localisationErrors(document)
    ).map((error) => `${name}: ${error}`);
  for (const [name, document] of Object.entries(documents))
    problems.push(...(await schemaErrors(name, document)));
  for (const domain of manifest.validDomains ?? []) {
    if (!/^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/i.test(domain)) {
      problems.push(
        `manifest.json: validDomains entry "${domain}" must be a bare host name (no scheme, port or path)`,
      );
    }
  }
  const icons = {};
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons[kind];
    icons[name] = read(name);
    const actual = pngSize(icons[name]);
    if (actual === undefined) problems.push(`${name}: the ${kind} icon is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(
        `${name}: the ${kind} icon must be ${size}×${size}, not ${actual.width}×${actual.height}`,
      );
    }
  }
  if (problems.length > 0) throw new AppPackageError(problems);

  const entries = [
    ...Object.entries(filled).map(([name, text]) => ({ name, content: Buffer.from(text, "utf8") })),
    ...Object.entries(icons).map(([name, content]) => ({ name, content })),
  ];
  return { zip: zipArchive(entries), files: entries.map((entry) => entry.name), manifest };
}
