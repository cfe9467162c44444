/** Building blocks shared by the mentee and mentor questionnaire cards: fields, their errors, the submit button. */
import type { FieldError } from "../../core/errors";
import type { Language } from "../../core/language";
import type { Role } from "../../core/participant";
import { themeLabel, type Theme } from "../../core/theme";
import { textsFor } from "../texts/catalogue";
import {
  CARD_VERBS,
  executeAction,
  textBlock,
  type CardElement,
  type CardInput,
  type Choice,
  type ChoiceSetInput,
  type Container,
  type ExecuteAction,
  type TextBlock,
} from "./adaptive-card";
import { NO_THEME, type ScaleWords } from "./questionnaire-fields";

/** What a questionnaire card shows besides the questions: values to pre-fill and errors to point out. */
export interface QuestionnaireFormState {
  /**
   * Input id → raw value, from saved answers or from a refused submission (so nothing typed is lost).
   * Loose on purpose: values that do not fit an input are left out rather than trusted.
   */
  readonly values?: Readonly<Record<string, string>>;
  /** Field names equal input ids (need1, goal, …); "needs"/"skills" concern the whole list. */
  readonly errors?: readonly FieldError[];
}

/** The red box at the top of a refused card: what went wrong, in one list. */
export function errorSummary(errors: readonly FieldError[], language: Language): CardElement[] {
  if (errors.length === 0) return [];
  return [
    {
      type: "Container",
      style: "attention",
      items: [
        textBlock(textsFor(language).form.notSaved(errors.length), {
          weight: "bolder",
          color: "attention",
        }),
        ...errors.map((error) => textBlock(`• ${error.message}`, { spacing: "small" })),
      ],
    },
  ];
}

/** The messages about one field, shown right under it. */
export function fieldErrors(errors: readonly FieldError[], field: string): TextBlock[] {
  return errors
    .filter((error) => error.field === field)
    .map((error) => textBlock(error.message, { color: "attention", spacing: "small" }));
}

/**
 * An input followed by its errors. Its value is `state.values[input.id]`, or `fallback` when no value was
 * given at all, kept only as far as it fits the input (known choices, a text cut at maxLength).
 */
export function field(state: QuestionnaireFormState, input: CardInput, fallback?: string): CardElement[] {
  const given = givenValue(state.values, input.id);
  const raw = given === undefined ? fallback : given;
  const value = raw === undefined ? undefined : fit(input, raw);
  return [
    value === undefined || value === "" ? input : { ...input, value },
    ...fieldErrors(state.errors ?? [], input.id),
  ];
}

function givenValue(values: QuestionnaireFormState["values"], id: string): string | undefined {
  if (values === undefined || !Object.hasOwn(values, id)) return undefined;
  const value: unknown = values[id];
  return typeof value === "string" ? value : undefined;
}

function fit(input: CardInput, value: string): string | undefined {
  if (input.type === "Input.Text")
    return input.maxLength === undefined ? value : value.slice(0, input.maxLength);
  const known = new Set(input.choices.map((choice) => choice.value));
  if (!input.isMultiSelect) return known.has(value) ? value : undefined;
  return [...new Set(value.split(",").map((v) => v.trim()))].filter((v) => known.has(v)).join(",");
}

/** The wave's themes in the reader's language, optionally preceded by a "None" choice that empties a line. */
export function themeChoices(themes: readonly Theme[], language: Language, withNone: boolean): Choice[] {
  const choices = themes.map((theme) => ({ title: themeLabel(theme, language), value: theme.id }));
  return withNone ? [{ title: textsFor(language).form.none, value: NO_THEME }, ...choices] : choices;
}

/** "1 – I'm new to this" … "5 – I'm at ease". */
export function scaleChoices(words: ScaleWords): Choice[] {
  return words.map((word, index) => ({ title: `${index + 1} – ${word}`, value: String(index + 1) }));
}

/** One numbered line of a questionnaire: a theme and its 1–5 score, each followed by its errors. */
export interface ThemeLine {
  readonly line: number;
  readonly themeId: string;
  readonly scoreId: string;
  /** e.g. "Need #1": the line's theme label; optional lines read "Need #2 (optional)". */
  readonly name: string;
  readonly scoreLabel: string;
  readonly words: ScaleWords;
  readonly themes: readonly Theme[];
  /** The reader's language: theme labels and the form's own words. */
  readonly language: Language;
  /** The first line is required; it gets this message when left empty. */
  readonly requiredMessage: string;
}

export function themeLine(state: QuestionnaireFormState, spec: ThemeLine): Container {
  const required = spec.line === 1;
  const texts = textsFor(spec.language).form;
  const theme: ChoiceSetInput = {
    type: "Input.ChoiceSet",
    id: spec.themeId,
    label: required ? spec.name : texts.optional(spec.name),
    style: "compact",
    placeholder: required ? texts.chooseTheme : texts.optional(spec.name),
    choices: themeChoices(spec.themes, spec.language, !required),
    ...(required ? { isRequired: true, errorMessage: spec.requiredMessage } : {}),
  };
  const score: ChoiceSetInput = {
    type: "Input.ChoiceSet",
    id: spec.scoreId,
    label: spec.scoreLabel,
    style: "compact",
    placeholder: texts.chooseScore,
    choices: scaleChoices(spec.words),
  };
  return {
    type: "Container",
    spacing: "medium",
    ...(spec.line > 1 ? { separator: true } : {}),
    items: [...field(state, theme), ...field(state, score)],
  };
}

/** "Send my answers": the card's data says whose questionnaire it is; the service checks it against the clicker. */
export function submitAction(participantId: string, kind: Role, language: Language): ExecuteAction {
  return executeAction(
    textsFor(language).form.send,
    CARD_VERBS.submitQuestionnaire,
    { participantId, kind },
    "positive",
  );
}
