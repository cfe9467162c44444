/** The participant's choices being edited: ids of the other side, in order of preference, at most `max`. */

/** Adds `id` last (when there is room and it is not chosen yet). */
export function choose(choices: readonly string[], id: string, max: number): readonly string[] {
  if (choices.includes(id) || choices.length >= max) return choices;
  return [...choices, id];
}

export function unchoose(choices: readonly string[], id: string): readonly string[] {
  return choices.filter((chosen) => chosen !== id);
}

/** Moves `id` one place up (-1) or down (+1); nothing happens at either end. */
export function move(choices: readonly string[], id: string, by: -1 | 1): readonly string[] {
  const from = choices.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= choices.length) return choices;
  const next = [...choices];
  next[from] = choices[to] as string;
  next[to] = id;
  return next;
}

export const sameChoices = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, index) => b[index] === id);
