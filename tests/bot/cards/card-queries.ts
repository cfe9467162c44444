/** Read-only look-ups into card JSON, so tests say what they check rather than how to walk the tree. */
import type {
  AdaptiveCard,
  CardElement,
  CardInput,
  ChoiceSetInput,
  ExecuteAction,
  OpenUrlAction,
  TextBlock,
} from "../../../bot/cards/adaptive-card";

/** Every element of the body, depth first, in reading order. */
export function elements(card: AdaptiveCard): CardElement[] {
  const flatten = (items: readonly CardElement[]): CardElement[] =>
    items.flatMap((e) => (e.type === "Container" ? [e, ...flatten(e.items)] : [e]));
  return flatten(card.body);
}

export function inputs(card: AdaptiveCard): CardInput[] {
  return elements(card).filter(
    (e): e is CardInput => e.type === "Input.Text" || e.type === "Input.ChoiceSet",
  );
}

export function input(card: AdaptiveCard, id: string): CardInput {
  const found = inputs(card).find((i) => i.id === id);
  if (found === undefined) throw new Error(`no input "${id}" in the card`);
  return found;
}

export function choiceSet(card: AdaptiveCard, id: string): ChoiceSetInput {
  const found = input(card, id);
  if (found.type !== "Input.ChoiceSet") throw new Error(`input "${id}" is not a choice set`);
  return found;
}

/** The text blocks placed right after input `id`, up to the next non-text element: its messages. */
export function textsUnder(card: AdaptiveCard, id: string): string[] {
  const all = elements(card);
  const start = all.findIndex((e) => "id" in e && e.id === id);
  if (start < 0) throw new Error(`no input "${id}" in the card`);
  const texts: string[] = [];
  for (const e of all.slice(start + 1)) {
    if (e.type !== "TextBlock") break;
    texts.push(e.text);
  }
  return texts;
}

export function textBlocks(card: AdaptiveCard): TextBlock[] {
  return elements(card).filter((e): e is TextBlock => e.type === "TextBlock");
}

/** All visible text: text blocks and facts, one string per line. */
export function visibleText(card: AdaptiveCard): string {
  return elements(card)
    .flatMap((e) => {
      if (e.type === "TextBlock") return [e.text];
      if (e.type === "FactSet") return e.facts.map((f) => `${f.title}: ${f.value}`);
      return [];
    })
    .join("\n");
}

/** The card's Action.Execute buttons. */
export function actions(card: AdaptiveCard): ExecuteAction[] {
  return (card.actions ?? []).filter((a): a is ExecuteAction => a.type === "Action.Execute");
}

/** The card's link buttons (Action.OpenUrl). */
export function links(card: AdaptiveCard): OpenUrlAction[] {
  return (card.actions ?? []).filter((a): a is OpenUrlAction => a.type === "Action.OpenUrl");
}
