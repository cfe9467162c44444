/**
 * Checks a card the way Teams will read it: the adaptivecards parser at schema 1.5 (unknown types, bad
 * values, duplicate ids, required inputs without a label), plus what that parser lets through.
 */
import { AdaptiveCard, SerializationContext, ValidationEvent, Versions } from "adaptivecards";

/** Teams recommends keeping a bot message within 80 KB, counted in UTF-16 (format-your-bot-messages). */
export const MAX_CARD_BYTES = 80 * 1024;
const MAX_VERSION = { major: 1, minor: 5 };

/** Human-readable problems with `card`; an empty list means it is valid. */
export function validateAdaptiveCard(card: unknown): string[] {
  if (typeof card !== "object" || card === null || Array.isArray(card))
    return ["The card is not a JSON object."];
  let json: string;
  try {
    json = JSON.stringify(card);
  } catch (error) {
    return [`The card cannot be serialised to JSON: ${String(error)}.`];
  }
  const root = JSON.parse(json) as Record<string, unknown>;
  return [...envelopeProblems(root, json), ...parserProblems(root), ...elementProblems(root)];
}

function envelopeProblems(card: Record<string, unknown>, json: string): string[] {
  const problems: string[] = [];
  if (card.type !== "AdaptiveCard")
    problems.push(`type is ${JSON.stringify(card.type)}, not "AdaptiveCard".`);
  const version = typeof card.version === "string" ? /^(\d+)\.(\d+)$/.exec(card.version) : null;
  if (version === null) {
    problems.push(`version ${JSON.stringify(card.version)} is not a "major.minor" string.`);
  } else {
    const [major, minor] = [Number(version[1]), Number(version[2])];
    if (major > MAX_VERSION.major || (major === MAX_VERSION.major && minor > MAX_VERSION.minor)) {
      problems.push(
        `version ${String(card.version)} is newer than ${MAX_VERSION.major}.${MAX_VERSION.minor}.`,
      );
    }
  }
  const bytes = Buffer.byteLength(json, "utf16le");
  if (bytes >= MAX_CARD_BYTES)
    problems.push(`The card takes ${bytes} bytes in UTF-16, over ${MAX_CARD_BYTES}.`);
  return problems;
}

function parserProblems(json: Record<string, unknown>): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext(Versions.v1_5);
  card.parse(json, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  return events.map((e) => `${ValidationEvent[e.event]}: ${e.message}`);
}

/** Walks every element and action (not action data, which is the bot's own payload). */
function elementProblems(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const inputIds = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const element = node as Record<string, unknown>;
    const type = element.type;
    if (type === "TextBlock" && (typeof element.text !== "string" || element.text.trim() === "")) {
      problems.push("A TextBlock has no text.");
    }
    if (type === "Action.Execute" && (typeof element.verb !== "string" || element.verb.trim() === "")) {
      problems.push(`Action.Execute ${JSON.stringify(element.title)} has no verb.`);
    }
    if (typeof type === "string" && type.startsWith("Input.")) {
      const id = element.id;
      if (typeof id !== "string" || id === "") problems.push(`An ${type} has no id.`);
      else if (inputIds.has(id)) problems.push(`Input id "${id}" is used twice.`);
      else inputIds.add(id);
    }
    for (const [key, value] of Object.entries(element)) {
      if (key !== "data") visit(value);
    }
  };
  visit(card);
  return problems;
}
