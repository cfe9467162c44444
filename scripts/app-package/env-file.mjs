import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Parses a toolkit environment file (env/.env.<name>): KEY=VALUE lines, # comments, optional quotes.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseEnvFile(text) {
  const values = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (match === null) throw new Error(`line ${index + 1} is not KEY=VALUE: "${line}"`);
    const [, key, rawValue] = match;
    const quoted = /^(["'])(.*)\1$/.exec(rawValue);
    values[key] = quoted ? quoted[2] : rawValue.replace(/\s+#.*$/, "");
  }
  return values;
}

/**
 * The variables of one environment as the toolkit sees them: env/.env.<name>, then env/.env.<name>.user
 * (the git-ignored file with secrets and per-developer values) on top.
 * @param {string} envDir
 * @param {string} name
 * @returns {Record<string, string>}
 */
export function readEnvironment(envDir, name) {
  if (!/^[A-Za-z0-9_-]+$/.test(name))
    throw new Error(`environment name "${name}" must be letters, digits, - or _`);
  const main = path.join(envDir, `.env.${name}`);
  if (!existsSync(main)) throw new Error(`no environment file ${main}`);
  const user = `${main}.user`;
  return {
    ...parseEnvFile(readFileSync(main, "utf8")),
    ...(existsSync(user) ? parseEnvFile(readFileSync(user, "utf8")) : {}),
  };
}
