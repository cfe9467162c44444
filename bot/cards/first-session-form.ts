/** The date-and-time form that proposes a pair's first session: on the introduction, the confirmation and the notice. */
import type { Language } from "../../core/language";
import { FIRST_SESSION_FIELDS, type FirstSessionProblem } from "../../core/matching/first-session";
import type { Wave } from "../../core/wave";
import type { FirstSessionProblemTexts } from "../texts/bot-texts";
import { calendarDay, textsFor } from "../texts/catalogue";
import {
  CARD_VERBS,
  executeAction,
  textBlock,
  type CardElement,
  type Container,
  type ExecuteAction,
} from "./adaptive-card";

/** What the form shows besides the wave: the day it is (no earlier date offered) and a refused submission. */
export interface FirstSessionFormState {
  /** yyyy-mm-dd. */
  readonly today: string;
  /** A refused submission's values, shown again (only well-formed ones are kept). */
  readonly values?: { readonly date: string; readonly time: string };
  readonly problems?: readonly FirstSessionProblem[];
}

export interface FirstSessionFormData {
  readonly pairId: string;
  readonly wave: Pick<Wave, "startDate" | "endDate">;
  readonly state: FirstSessionFormState;
  /** "first": the introduction's "Propose the first session"; "another": the confirmation's and the notice's. */
  readonly variant: "first" | "another";
  readonly language: Language;
}

/** The form's elements (title, inputs, refusals under their input) and the button that sends it. */
export function firstSessionForm(data: FirstSessionFormData): { form: Container; button: ExecuteAction } {
  const { wave, state, language } = data;
  const texts = textsFor(language).firstSession;
  const start = calendarDay(wave.startDate, language);
  const end = calendarDay(wave.endDate, language);
  const problems = state.problems ?? [];
  const say = (problem: FirstSessionProblem): CardElement =>
    textBlock(texts.problems[problemKey(problem)](start, end), {
      color: "attention",
      spacing: "small",
    });
  const about = (field: FirstSessionProblem["field"]) => problems.filter((p) => p.field === field).map(say);
  const earliest = state.today > wave.startDate ? state.today : wave.startDate;
  const bounds = earliest <= wave.endDate ? { min: earliest, max: wave.endDate } : {};
  const date = wellFormed(state.values?.date, /^\d{4}-\d{2}-\d{2}$/);
  const time = wellFormed(state.values?.time, /^\d{2}:\d{2}$/);
  const items: CardElement[] = [
    textBlock(data.variant === "first" ? texts.formTitle : texts.changeTitle, { weight: "bolder" }),
    textBlock(texts.formIntro(start, end), { isSubtle: true, spacing: "none" }),
    ...(problems.length > 0 ? [textBlock(texts.notSent, { color: "attention", weight: "bolder" })] : []),
    ...about("wave"),
    {
      type: "Input.Date",
      id: FIRST_SESSION_FIELDS.date,
      label: texts.date,
      isRequired: true,
      errorMessage: texts.dateRequired,
      ...bounds,
      ...(date === undefined ? {} : { value: date }),
    },
    ...about("date"),
    {
      type: "Input.Time",
      id: FIRST_SESSION_FIELDS.time,
      label: texts.time,
      isRequired: true,
      errorMessage: texts.timeRequired,
      ...(time === undefined ? {} : { value: time }),
    },
    ...about("time"),
  ];
  return {
    form: { type: "Container", items, separator: true, spacing: "medium" },
    button: executeAction(
      data.variant === "first" ? texts.propose : texts.proposeInstead,
      CARD_VERBS.proposeFirstSession,
      { [FIRST_SESSION_FIELDS.pairId]: data.pairId },
      "positive",
    ),
  };
}

/** The catalogue key of a problem ("date-outside-wave"); the mapped type lists exactly these. */
function problemKey(problem: FirstSessionProblem): keyof FirstSessionProblemTexts {
  return `${problem.field}-${problem.reason}` as keyof FirstSessionProblemTexts;
}

function wellFormed(value: string | undefined, shape: RegExp): string | undefined {
  return value !== undefined && shape.test(value) ? value : undefined;
}
