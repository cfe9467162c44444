/**
 * Every text of a catalogue by its path ("section.key"), functions called with the first sample whose
 * length matches theirs: what the completeness tests compare across languages.
 */
export function textLeaves(value: unknown, samples: readonly unknown[][], path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const sample = samples.find((args) => args.length === fn.length) ?? [];
    out.set(path, String(fn(...sample)));
  } else if (typeof value === "object" && value !== null)
    for (const [key, child] of Object.entries(value))
      for (const [p, t] of textLeaves(child, samples, `${path}.${key}`)) out.set(p, t);
  return out;
}
