/** The toolkit's placeholder syntax: ${{NAME}}, spaces inside the braces allowed. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Placeholders whose value may be empty: the name suffix is empty in production. */
const MAY_BE_EMPTY = new Set(["APP_NAME_SUFFIX"]);

/** Thrown when placeholders have no value; names every one of them, with the file it came from. */
export class MissingPlaceholderError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`cannot fill the app package's placeholders:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "MissingPlaceholderError";
    this.problems = problems;
  }
}

/**
 * The names of the placeholders in a text, sorted, each once.
 * @param {string} text
 */
export function placeholdersIn(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();
}

/**
 * Fills every ${{NAME}} of several files at once and reports every unset or empty variable together, so one
 * run tells the whole story. Values are JSON-escaped: the files are JSON and a value must not break them.
 * @param {Record<string, string>} files file name → text
 * @param {Record<string, string | undefined>} values
 * @returns {Record<string, string>}
 */
export function fillPlaceholders(files, values) {
  const problems = [];
  const filled = {};
  for (const [file, text] of Object.entries(files)) {
    filled[file] = text.replace(PLACEHOLDER, (whole, name) => {
      const value = values[name];
      if (value === undefined) problems.push(`${name} (used in ${file}) is not set`);
      else if (value === "" && !MAY_BE_EMPTY.has(name)) problems.push(`${name} (used in ${file}) is empty`);
      return value === undefined ? whole : JSON.stringify(value).slice(1, -1);
    });
    if (filled[file].includes("${{")) {
      const malformed = /\$\{\{[^}]*\}?\}?/.exec(filled[file]);
      if (!problems.some((p) => p.includes(`used in ${file}`)))
        problems.push(`malformed placeholder "${malformed?.[0]}" in ${file}`);
    }
  }
  if (problems.length > 0) throw new MissingPlaceholderError([...new Set(problems)]);
  return filled;
}
