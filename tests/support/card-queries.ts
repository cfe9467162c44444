/** Reads Adaptive Card JSON the way a person scans it: every text shown, every input, every button. */
type Json = Record<string, unknown>;

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node !== null && typeof node === "object") {
    visit(node as Json);
    Object.values(node as Json).forEach((v) => walk(v, visit));
  }
}

/** All visible text of a card (TextBlock text, fact titles and values, button titles), joined. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  walk(card, (n) => {
    for (const key of ["text", "title", "value", "label"]) if (typeof n[key] === "string") parts.push(n[key]);
  });
  return parts.join("\n");
}

/** The ids of the card's inputs, in order. */
export function inputIds(card: unknown): string[] {
  const ids: string[] = [];
  walk(card, (n) => {
    if (typeof n["type"] === "string" && n["type"].startsWith("Input.") && typeof n["id"] === "string")
      ids.push(n["id"]);
  });
  return ids;
}

/** The Action.Execute buttons of a card. */
export function executeActions(card: unknown): Array<{ title: string; verb: string; data: Json }> {
  const actions: Array<{ title: string; verb: string; data: Json }> = [];
  walk(card, (n) => {
    if (n["type"] === "Action.Execute") {
      actions.push({ title: String(n["title"]), verb: String(n["verb"]), data: (n["data"] ?? {}) as Json });
    }
  });
  return actions;
}
