/**
 * The check-in card after a session, for each member: held / rescheduled / cancelled, a rating, an optional
 * private comment. It refreshes for each member (Universal Actions), so each sees their own state: the form
 * until they answer, then a summary of THEIR answer only — never another member's comment.
 */
import type { Language } from "../../core/language";
import type { CheckIn } from "../../core/sessions/session";
import { CHECK_IN_COMMENT_MAX_LENGTH, RATING_MAX, RATING_MIN } from "../../core/sessions/check-in-rules";
import { sessionTextsFor, sessionWhen } from "../texts/session-texts";
import {
  adaptiveCard,
  cardTitle,
  CARD_VERBS,
  executeAction,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type Fact,
} from "./adaptive-card";

export interface SessionCheckInCardData {
  readonly waveId: string;
  readonly sessionId: string;
  /** ISO instant of the session's start. */
  readonly start: string;
  /** The reader's IANA zone. */
  readonly timeZone: string;
  /** The members' Teams user ids: the card refreshes for them, each seeing their own state. */
  readonly userIds: readonly string[];
  /** The reader's own check-in on this session's date, when they gave one. */
  readonly answer?: Pick<CheckIn, "outcome" | "rating" | "comment">;
  /** The form again, with what was sent and a warning, after a refused answer. */
  readonly retry?: { readonly values: Readonly<Record<string, string>> };
  readonly language: Language;
}

/** The form, or — once the reader answered — the summary of their own answer. */
export function sessionCheckInCard(data: SessionCheckInCardData): AdaptiveCard {
  const ids = { waveId: data.waveId, sessionId: data.sessionId };
  const card = data.answer === undefined ? form(data) : summary(data, data.answer);
  return {
    ...card,
    refresh: {
      action: executeAction(sessionTextsFor(data.language).send, CARD_VERBS.refreshCheckIn, ids),
      userIds: [...data.userIds],
    },
  };
}

function form(data: SessionCheckInCardData): AdaptiveCard {
  const texts = sessionTextsFor(data.language);
  const values = data.retry?.values ?? {};
  const ratings = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => String(RATING_MIN + i));
  const body: CardElement[] = [
    cardTitle(texts.checkInTitle),
    textBlock(texts.checkInAbout(sessionWhen(data.start, data.timeZone, data.language)), { isSubtle: true }),
    ...(data.retry === undefined ? [] : [textBlock(texts.problem, { color: "attention" })]),
    {
      type: "Input.ChoiceSet",
      id: "outcome",
      label: texts.outcomeLabel,
      isRequired: true,
      errorMessage: texts.problem,
      style: "expanded",
      choices: (["held", "rescheduled", "cancelled"] as const).map((o) => ({
        title: texts.outcomes[o],
        value: o,
      })),
      ...(values["outcome"] !== undefined ? { value: values["outcome"] } : {}),
    },
    {
      type: "Input.ChoiceSet",
      id: "rating",
      label: texts.ratingLabel,
      style: "compact",
      placeholder: texts.ratingHint,
      choices: ratings.map((r) => ({ title: r, value: r })),
      ...(values["rating"] !== undefined ? { value: values["rating"] } : {}),
    },
    {
      type: "Input.Text",
      id: "comment",
      label: texts.commentLabel,
      placeholder: texts.commentHint,
      isMultiline: true,
      maxLength: CHECK_IN_COMMENT_MAX_LENGTH,
      ...(values["comment"] !== undefined ? { value: values["comment"] } : {}),
    },
  ];
  return adaptiveCard(body, [
    executeAction(
      texts.send,
      CARD_VERBS.submitCheckIn,
      { waveId: data.waveId, sessionId: data.sessionId },
      "positive",
    ),
  ]);
}

function summary(data: SessionCheckInCardData, answer: NonNullable<SessionCheckInCardData["answer"]>) {
  const texts = sessionTextsFor(data.language);
  const facts: Fact[] = [{ title: texts.yourAnswer, value: texts.outcomes[answer.outcome] }];
  if (answer.rating !== undefined)
    facts.push({ title: texts.yourRating, value: `${answer.rating}/${RATING_MAX}` });
  if (answer.comment !== undefined && answer.comment !== "")
    facts.push({ title: texts.yourComment, value: plainText(answer.comment) });
  return adaptiveCard([
    cardTitle(texts.checkInSavedTitle, "good"),
    textBlock(texts.checkInAbout(sessionWhen(data.start, data.timeZone, data.language)), { isSubtle: true }),
    { type: "FactSet", facts },
    textBlock(texts.privateNote, { isSubtle: true, size: "small" }),
  ]);
}
