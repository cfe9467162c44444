import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

/** The repository root: teamsapp.yml, infra/, env/, manifest/ and aad.manifest.json live there. */
export const ROOT = path.join(__dirname, "..", "..");

export function readText(relative: string): string {
  return readFileSync(path.join(ROOT, relative), "utf8");
}

/** The toolkit's placeholder syntax: ${{NAME}}. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The variables a text reads, each once, sorted. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** KEY=VALUE lines of a toolkit environment file, in order (comments and blank lines skipped). */
export function readEnvFile(relative: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of readText(relative).split(/\r?\n/)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}

/** One action of a teamsapp.yml lifecycle, as far as these tests read it. */
export interface ToolkitAction {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export interface TeamsAppYml {
  version: string;
  environmentFolderPath?: string;
  provision: ToolkitAction[];
  deploy: ToolkitAction[];
  publish: ToolkitAction[];
}

export function readTeamsAppYml(): TeamsAppYml {
  return yaml.load(readText("teamsapp.yml")) as TeamsAppYml;
}

/** A Bicep file's declarations, read with regular expressions (no Bicep compiler can be installed here). */
export interface BicepSource {
  text: string;
  params: string[];
  outputs: string[];
  /** Symbol → "Provider/type@api-version" as written. */
  resources: Map<string, string>;
  /** Module symbol → its path and the parameter names it passes. */
  modules: Map<string, { path: string; params: string[] }>;
}

export function readBicep(relative: string): BicepSource {
  const text = readText(relative);
  const params = [...text.matchAll(/^param\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)].map((m) => m[1]!);
  const outputs = [...text.matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)].map((m) => m[1]!);
  const resources = new Map(
    [...text.matchAll(/^resource\s+([A-Za-z_][A-Za-z0-9_]*)\s+'([^']+)'/gm)].map(
      (m) => [m[1]!, m[2]!] as const,
    ),
  );
  const modules = new Map<string, { path: string; params: string[] }>();
  for (const match of text.matchAll(
    /^module\s+([A-Za-z_][A-Za-z0-9_]*)\s+'([^']+)'\s*=\s*\{([\s\S]*?)^\}/gm,
  )) {
    const block = /params:\s*\{([\s\S]*?)\n {2}\}/.exec(match[3]!)?.[1] ?? "";
    const passed = [...block.matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*):/gm)].map((m) => m[1]!);
    modules.set(match[1]!, { path: match[2]!, params: passed });
  }
  return { text, params, outputs, resources, modules };
}

/** A Bicep text without its comments: a name mentioned only in a comment is not a use. */
export function bicepWithoutComments(text: string): string {
  // Strings first in the alternation, so a "//" inside 'https://…' is kept.
  return text.replace(
    /('(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (_whole, string?: string) => string ?? "",
  );
}
