/**
 * The slice of the Adaptive Cards 1.5 schema Tandem's cards use, as plain JSON types.
 * The caller wraps a card with botbuilder's CardFactory; nothing here depends on an SDK.
 */

/** Teams renders Adaptive Cards 1.5 in bot messages; every Tandem card declares exactly this version. */
export const CARD_VERSION = "1.5";
export const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

/** The Action.Execute verbs the bot answers; the turn handler dispatches on them through a table. */
export const CARD_VERBS = {
  openQuestionnaire: "questionnaire.open",
  submitQuestionnaire: "questionnaire.submit",
  editQuestionnaire: "questionnaire.edit",
  proposeFirstSession: "firstSession.propose",
  submitCheckIn: "checkIn.submit",
  refreshCheckIn: "checkIn.refresh",
  actionItemDone: "actionItem.done",
  submitAssessment: "assessment.submit",
  editAssessment: "assessment.edit",
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

export type TextColor = "default" | "accent" | "good" | "warning" | "attention";
export type ContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";
type Spacing = "none" | "small" | "default" | "medium" | "large";

interface ElementBase {
  spacing?: Spacing;
  separator?: boolean;
}

export interface TextBlock extends ElementBase {
  type: "TextBlock";
  text: string;
  wrap?: boolean;
  size?: "small" | "default" | "medium" | "large";
  weight?: "lighter" | "default" | "bolder";
  color?: TextColor;
  isSubtle?: boolean;
  /** "heading" is announced as a heading by screen readers (1.5). */
  style?: "default" | "heading";
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet extends ElementBase {
  type: "FactSet";
  facts: Fact[];
}

export interface Container extends ElementBase {
  type: "Container";
  items: CardElement[];
  style?: ContainerStyle;
}

interface InputBase extends ElementBase {
  id: string;
  /** Always set: screen readers announce it, and required inputs must have one. */
  label: string;
  isRequired?: boolean;
  /** Shown by the client when a required input is left empty. */
  errorMessage?: string;
}

export interface TextInput extends InputBase {
  type: "Input.Text";
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
}

export interface Choice {
  title: string;
  value: string;
}

export interface ChoiceSetInput extends InputBase {
  type: "Input.ChoiceSet";
  choices: Choice[];
  /** For a multi-select, the chosen values joined by commas. */
  value?: string;
  style?: "compact" | "expanded";
  isMultiSelect?: boolean;
  placeholder?: string;
  wrap?: boolean;
}

/** A calendar date, sent back as yyyy-mm-dd; `min`/`max` bound the picker (the bot checks again). */
export interface DateInput extends InputBase {
  type: "Input.Date";
  value?: string;
  min?: string;
  max?: string;
}

/** A time of day, sent back as HH:MM. */
export interface TimeInput extends InputBase {
  type: "Input.Time";
  value?: string;
}

export type CardInput = TextInput | ChoiceSetInput;
/** Buttons inside the body, e.g. one "Done" per action item. */
export interface ActionSet extends ElementBase {
  type: "ActionSet";
  actions: CardAction[];
}

export type CardElement = TextBlock | FactSet | Container | CardInput | DateInput | TimeInput | ActionSet;

/** Universal Action: Teams sends an `adaptiveCard/action` invoke with the verb, the data and every input. */
export interface ExecuteAction {
  type: "Action.Execute";
  title: string;
  verb: CardVerb;
  data: Record<string, string>;
  style?: "default" | "positive" | "destructive";
}

/** A link button, e.g. to open a Teams chat with someone. */
export interface OpenUrlAction {
  type: "Action.OpenUrl";
  title: string;
  url: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: CardAction[];
  /** Universal Actions: Teams sends `action` when one of `userIds` opens the card, and shows them the answer. */
  refresh?: { action: ExecuteAction; userIds: string[] };
}

/** The card envelope: schema, version, body and (when there are any) the buttons. */
export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** A button that sends `verb` and `data` (plus the card's inputs) back to the bot. */
export function executeAction(
  title: string,
  verb: CardVerb,
  data: Record<string, string>,
  style: ExecuteAction["style"] = "default",
): ExecuteAction {
  return { type: "Action.Execute", title, verb, data, ...(style === "default" ? {} : { style }) };
}

/** A wrapping text block; wrapping is what Teams users expect from every sentence. */
export function textBlock(text: string, options: Omit<TextBlock, "type" | "text"> = {}): TextBlock {
  return { type: "TextBlock", text, wrap: true, ...options };
}

/** A card's title, announced as a heading. */
export function cardTitle(text: string, color: TextColor = "default"): TextBlock {
  return textBlock(text, {
    style: "heading",
    size: "medium",
    weight: "bolder",
    ...(color === "default" ? {} : { color }),
  });
}

/**
 * An instant written with the card's DATE/TIME functions joined by `joiner` ("at"), so that Teams shows it in the reader's own
 * locale and time zone. Undefined when `iso` is not a date. The functions accept no milliseconds.
 */
export function localDateTime(iso: string, joiner: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const instant = new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
  if (!/^\d{4}-/.test(instant)) return undefined;
  return `{{DATE(${instant}, SHORT)}} ${joiner} {{TIME(${instant})}}`;
}

/**
 * Text someone typed (a display name, a department, a motivation) made safe to show in a TextBlock or a
 * Fact, which Teams renders as markdown: emphasis and link characters are escaped, `{{` cannot start a
 * DATE/TIME function, and line breaks become spaces (so only the start could begin a list: it is escaped too).
 */
export function plainText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]~]/g, "\\$&")
    .replace(/^[-+#>]/, "\\$&")
    .replace(/^(\d+)\./, "$1\\.")
    .replace(/\{\{/g, "{\u200b{")
    .replace(/\}\}/g, "}\u200b}");
}
